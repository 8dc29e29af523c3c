/**
 * Hands that never pass through the body, at the price of a table lookup per frame.
 *
 * A rigid pose put square to the skin at one point can dip into it further along (fingertips on a
 * round shoulder, a sleeve on the upper back). `placeHand` with the skin's distance field turns
 * and lifts the hand clear, but it probes a few hundred points of the hand several times: far too
 * slow for every frame on a phone. The correction it finds depends only on where the hand is on
 * its track, so it is worked out at sample places along each track (every `CLEARANCE_SPACING` of
 * a stroke's path, and at the track's fixed places), kept as a rigid move in the hand's own frame,
 * and blended between the two samples either side of the hand.
 *
 * Samples are made when first needed (a stroke's first pass, or a seek) and kept; `place` then
 * prepares at most one more sample ahead per hand and call, so the work is spread over frames.
 * A sample depends only on its place, never on when it was made: seeking to t gives exactly what
 * playing to t gives.
 */
import { Matrix4, Quaternion, Vector3 } from 'three';
import type { Vec3 } from '../anatomy/vec';
import { vec3, type ArcPath, type MutableVec3 } from './arc';
import type { HandTrack } from './laid/handTracks';
import type { LaidTechnique } from './laid/layTechnique';
import { aimDirectionInto } from './hands/aim';
import type { HandSide, PoseId } from './hands/ids';
import { MAX_LIFT } from './hands/keepClear';
import { createHandPlacement, placeHand, refreshPlacement, type HandPlacement, type HandPlacementInput } from './hands/placement';
import { HOVER_LIFT, MAX_DENT, SETTLE_LIFT, createTimelineHand, handAtInto, transitPose, transitRouteFraction, type HandSpot, type TimelineHand } from './sample';
import { carryWithNormalInto, turnAboutNormalInto } from './turn';

/**
 * The press the corrections are made at, metres: the dent at moderate pressure (0.5), the deepest
 * the technique data asks for (`PRESSURE.moderate`). Fingers that rest on the skin are fitted at
 * this depth, sinking with the hand as the skin dents, so they still touch as it lets go (those of
 * a back of the hand, fitted at half of it, sink or rise by at most 1.5 mm); a deeper press would sink the whole hand that much further (the walk in
 * `tests/unit/motion/clearance.test.ts` holds every part outside the skin as the data stands).
 */
export const SAMPLED_PRESS = 0.5 * MAX_DENT;

/** Below this height off the skin a hand moving between actions lets its fingers settle onto it, metres [EST]. */
const FIT_BELOW_LIFT = 0.006;

/** Distance between correction samples along a stroke's path, metres. */
export const CLEARANCE_SPACING = 0.01;

/**
 * Most a hand moving between actions may rise further to clear the body, metres: it is in the
 * air anyway, and a grip's hooked fingers still round a shoulder need more than `MAX_LIFT`.
 */
export const TRANSIT_MAX_LIFT = MAX_LIFT + SETTLE_LIFT;

/** A rigid move in the hand's frame: corrected hand = placed hand · (translate `offset`, turn `turn`). */
interface Correction {
  readonly turn: Quaternion;
  readonly offset: Vector3;
  readonly tilt: number;
  readonly lift: number;
  /** The fingers' fit to the skin (`HandPlacement.curl`), blended like the rest. */
  readonly curl: readonly number[];
}

/** The samples of one route of a track, made as they are needed. */
type Samples = (Correction | undefined)[];

interface TrackSamples {
  path: Samples;
  baseline: Samples;
  transit: Samples;
  start?: Correction;
  end?: Correction;
}

type Route = 'path' | 'baseline' | 'transit';

export interface HandClearance {
  /**
   * Places `hand` as `placeHand` would with the skin's distance field, from precomputed
   * corrections: the hand's pose, contact, heading and press, then the blended correction.
   */
  place(side: HandSide, hand: TimelineHand, out: HandPlacement): HandPlacement;
  /**
   * Makes the samples of every hand track of `laid` ahead of time, from the action at
   * `fromAction` on, while `hasTime()` says there is time (call it again later to go on).
   * Returns true once every sample exists. For idle moments: playing never waits for it.
   */
  prepare(laid: LaidTechnique, fromAction: number, hasTime: () => boolean): boolean;
  /** How many correction samples have been made so far (for tests and the benchmark). */
  readonly made: number;
}

/**
 * What `placeHand` needs to pose a timeline hand: its normal as it is, its steady heading as the
 * travel, its press, and its contact lifted `lift` along `rise` (a lifted hand sits off the skin).
 */
export function timelineHandInput(side: HandSide, hand: TimelineHand): HandPlacementInput {
  const contact = liftedInto(vec3(), hand.contact, hand.rise, hand.lift);
  return { side, pose: hand.pose, contact, normal: hand.normal, travel: hand.heading, press: hand.press, work: handWork(hand) };
}

/**
 * How hard a timeline hand works, 0..1 (`HandPlacement.work`, what its working part glows by): a
 * soft base while it glides on the skin, rising with the pressure to 1 at moderate pressure; 0
 * while it supports, waits or moves between places, and fading as it lifts off at a turn's edge.
 */
export function handWork(hand: TimelineHand): number {
  if (hand.state !== 'work') return 0;
  const pressure = hand.press / MAX_DENT;
  const down = Math.max(0, 1 - hand.lift / HOVER_LIFT);
  return Math.min(1, WORK_GLIDE + WORK_PER_PRESSURE * pressure) * down;
}
/** The glow of a hand that glides without pressure, and its rise per unit of relative pressure [guidance]. */
const WORK_GLIDE = 0.3;
const WORK_PER_PRESSURE = 1.4;

/** `point` moved `lift` metres along the unit direction `rise`. */
function liftedInto(out: MutableVec3, point: Vec3, rise: Vec3, lift: number): MutableVec3 {
  for (let i = 0; i < 3; i++) out[i] = point[i]! + rise[i]! * lift;
  return out;
}

/**
 * What the clearance places for a timeline hand, both where it samples a correction and where it
 * applies one: `timelineHandInput`, except that between actions the hand points where
 * `transitPointingInto` turns it (aim 'along').
 */
function clearanceInput(side: HandSide, hand: TimelineHand): HandPlacementInput {
  const input = timelineHandInput(side, hand);
  const { track, route, fraction } = hand.spot;
  if (route !== 'transit' || !track) return input;
  return { ...input, travel: transitPointingInto(_pointing, track, transitRouteFraction(track, fraction), hand.normal), aim: 'along' };
}
const _pointing = vec3();

/** Each end's pointing (its aim applied) and skin normal, per track, for `transitPointingInto`. */
const transitEnds = new WeakMap<HandTrack, { readonly from: Vec3; readonly fromNormal: Vec3; readonly next: Vec3; readonly nextNormal: Vec3 }>();
const _carriedFrom = vec3();
const _carriedNext = vec3();

/**
 * Moving between actions, where the hand points: from where it pointed at the last place to
 * where it will point at the next, turned steadily about the skin normal. Placed with this as
 * its travel and aim 'along', it never turns round mid-air, even when the two places aim it by
 * different rules (a hand that pointed 'against' its stroke and will 'reach' for the giver).
 * @param along how far along the move's route (`transitRouteFraction`)
 */
function transitPointingInto(out: MutableVec3, track: HandTrack, along: number, normal: Vec3): MutableVec3 {
  let ends = transitEnds.get(track);
  if (!ends) {
    const last = track.previous;
    const start = track.start;
    const next = aimDirectionInto(vec3(), { side: track.hand, pose: track.pose, contact: start.point, normal: start.normal, travel: start.heading, press: 0 });
    const from = last
      ? aimDirectionInto(vec3(), { side: track.hand, pose: last.pose, contact: last.place.point, normal: last.place.normal, travel: last.place.heading })
      : next;
    ends = { from, fromNormal: last ? last.place.normal : start.normal, next, nextNormal: start.normal };
    transitEnds.set(track, ends);
  }
  // Each end's pointing carried with the skin normal to here (the move's normal turns steadily,
  // from the head's front round to the back of the neck, say), then the one turned into the other.
  carryWithNormalInto(_carriedFrom, ends.from, ends.fromNormal, normal);
  carryWithNormalInto(_carriedNext, ends.next, ends.nextNormal, normal);
  turnAboutNormalInto(out, _carriedFrom, _carriedNext, normal, along);
  return out;
}

/** Number of samples along a path: one every `CLEARANCE_SPACING`, both ends included. */
export const samplesAlong = (path: ArcPath): number => Math.max(2, Math.ceil(path.total / CLEARANCE_SPACING) + 1);

/**
 * Number of samples on a track's move between actions: the hand also rises `SETTLE_LIFT` and
 * comes down again, so a move in place (a hand that changes its pose where it is) still gets one
 * sample every `CLEARANCE_SPACING` of the way it goes.
 */
export const transitSamples = (transit: ArcPath): number => Math.max(2, Math.ceil((transit.total + 2 * SETTLE_LIFT) / CLEARANCE_SPACING) + 1);

const samplesOn = (route: Route, path: ArcPath): number => (route === 'transit' ? transitSamples(path) : samplesAlong(path));

/**
 * @param skin the skin's signed distance (metres, negative inside), e.g. `skinDistance`
 */
export function createHandClearance(skin: (p: Vec3) => number): HandClearance {
  const tracks = new WeakMap<HandTrack, TrackSamples>();
  const free = { left: createHandPlacement('left'), right: createHandPlacement('right') };
  const cleared = { left: createHandPlacement('left'), right: createHandPlacement('right') };
  const sampled = createTimelineHand();
  const inverse = new Matrix4();
  const move = new Matrix4();
  const scale = new Vector3();
  const turn = new Quaternion();
  const offset = new Vector3();
  let made = 0;

  function samplesOf(track: HandTrack): TrackSamples {
    let s = tracks.get(track);
    if (!s) {
      s = { path: [], baseline: [], transit: [] };
      tracks.set(track, s);
    }
    return s;
  }

  /** The correction `placeHand` with the skin makes to a hand placed without it. */
  function measure(input: HandPlacementInput, maxLift = MAX_LIFT): Correction {
    made++;
    const side = input.side;
    const a = placeHand(input, free[side]);
    const b = placeHand({ ...input, skin, maxLift }, cleared[side]);
    move.copy(inverse.copy(a.hand).invert()).multiply(b.hand);
    const t = new Vector3();
    const q = new Quaternion();
    move.decompose(t, q, scale);
    return { turn: q, offset: t, tilt: b.tilt, lift: b.lift, curl: [...b.curl] };
  }

  /** How deep the track's hand presses where it works (support hands hold without pressure). */
  const workPress = (track: HandTrack) => (track.role === 'work' ? SAMPLED_PRESS : 0);

  /** The correction for the hand the timeline shows at `route` and `fraction` of `track`, pressing `press`. */
  function measureAt(track: HandTrack, route: HandSpot['route'], fraction: number, press: number, maxLift?: number): Correction {
    handAtInto(sampled, track, route, fraction);
    sampled.press = press;
    // A hand in the air between actions keeps its pose's fingers; near the skin they settle onto it.
    const input = clearanceInput(track.hand, sampled);
    return measure(sampled.lift > FIT_BELOW_LIFT ? { ...input, fitFingers: false } : input, maxLift);
  }

  function placeSample(track: HandTrack, route: 'start' | 'end'): Correction {
    const s = samplesOf(track);
    const have = s[route];
    if (have) return have;
    const c = measureAt(track, route, 0, workPress(track));
    s[route] = c;
    return c;
  }

  /** The path a route runs along; null where the track has none (the hand then uses its start place). */
  function routePath(track: HandTrack, route: Route): ArcPath | null {
    if (route === 'transit') return track.transit;
    const motion = track.motion;
    if (motion.kind !== 'path') return null;
    return route === 'baseline' ? motion.baseline : motion.path;
  }

  function routeSample(track: HandTrack, route: Route, index: number): Correction {
    const path = routePath(track, route);
    if (!path) return placeSample(track, 'start');
    const list = samplesOf(track)[route];
    const have = list[index];
    if (have) return have;
    const fraction = index / (samplesOn(route, path) - 1);
    // Between actions the hand is off the skin and presses nothing; it may rise further to clear the body.
    const c = route === 'transit' ? measureAt(track, route, fraction, 0, TRANSIT_MAX_LIFT) : measureAt(track, route, fraction, workPress(track));
    list[index] = c;
    return c;
  }

  function apply(out: HandPlacement, a: Correction, b: Correction, u: number): void {
    turn.slerpQuaternions(a.turn, b.turn, u);
    offset.lerpVectors(a.offset, b.offset, u);
    move.compose(offset, turn, scale.set(1, 1, 1));
    out.hand.multiply(move);
    for (let k = 0; k < out.curl.length; k++) out.curl[k] = a.curl[k]! + (b.curl[k]! - a.curl[k]!) * u;
    refreshPlacement(out);
    out.tilt = a.tilt + (b.tilt - a.tilt) * u;
    out.lift = a.lift + (b.lift - a.lift) * u;
  }

  function corrections(spot: HandSpot, pose: PoseId): { a: Correction; b: Correction; u: number } | null {
    const track = spot.track;
    if (!track) return null;
    const route = spot.route;
    const path = route === 'start' || route === 'end' ? null : routePath(track, route);
    if (!path || route === 'start' || route === 'end') {
      const c = placeSample(track, route === 'end' ? 'end' : 'start');
      return { a: c, b: c, u: 0 };
    }
    const last = samplesOn(route, path) - 1;
    const x = Math.min(last, Math.max(0, spot.fraction * last));
    const i = Math.min(last - 1, Math.floor(x));
    const before = made;
    let a = routeSample(track, route, i);
    let b = routeSample(track, route, i + 1);
    // Across the change of pose mid-move, blend only corrections made for the pose now shown.
    if (route === 'transit') {
      if (transitPose(track, i / last) !== pose) a = b;
      else if (transitPose(track, (i + 1) / last) !== pose) b = a;
    }
    // Nothing had to be made for this frame: make one neighbour in advance, either way along.
    if (made === before) {
      const list = samplesOf(track)[route];
      if (i + 2 <= last && !list[i + 2]) routeSample(track, route, i + 2);
      else if (i - 1 >= 0 && !list[i - 1]) routeSample(track, route, i - 1);
    }
    return { a, b, u: x - i };
  }

  /** Every sample of every track, as work items, starting at one action and wrapping round. */
  function* everySample(laid: LaidTechnique, fromAction: number): Generator<() => void> {
    const n = laid.actions.length;
    for (let k = 0; k < n; k++) {
      const action = laid.actions[(fromAction + k) % n]!;
      for (const track of [action.left, action.right]) {
        if (!track) continue;
        yield () => placeSample(track, 'start');
        yield () => placeSample(track, 'end');
        for (const route of ['transit', 'path', 'baseline'] as const) {
          const path = routePath(track, route);
          if (!path) continue;
          for (let i = 0; i < samplesOn(route, path); i++) yield () => routeSample(track, route, i);
        }
      }
    }
  }
  let pending: { laid: LaidTechnique; work: Generator<() => void> } | null = null;
  let done: LaidTechnique | null = null;

  return {
    prepare(laid, fromAction, hasTime) {
      if (done === laid) return true;
      if (pending?.laid !== laid) pending = { laid, work: everySample(laid, fromAction) };
      while (hasTime()) {
        const next = pending.work.next();
        if (next.done) {
          done = laid;
          pending = null;
          return true;
        }
        next.value();
      }
      return false;
    },
    place(side, hand, out) {
      placeHand(clearanceInput(side, hand), out);
      const c = corrections(hand.spot, hand.pose);
      if (c) apply(out, c.a, c.b, c.u);
      return out;
    },
    get made() {
      return made;
    },
  };
}
