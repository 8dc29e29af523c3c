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
import { sampleArcInto, vec3, type ArcPath } from './arc';
import { strokeHeadingInto, type HandTrack, type Place, type TechniqueGeometry } from './geometry';
import type { HandSide } from './hands/kinematics';
import { createHandPlacement, placeHand, refreshPlacement, type HandPlacement, type HandPlacementInput } from './hands/placement';
import type { HandPoseId } from './poses';
import { MAX_DENT, type HandSpot, type TimelineHand } from './sample';

/** Distance between correction samples along a stroke's path, metres. */
export const CLEARANCE_SPACING = 0.015;

/** A rigid move in the hand's frame: corrected hand = placed hand · (translate `offset`, turn `turn`). */
interface Correction {
  readonly turn: Quaternion;
  readonly offset: Vector3;
  readonly tilt: number;
  readonly lift: number;
}

/** The samples of one route of a track, made as they are needed. */
type Samples = (Correction | undefined)[];

interface TrackSamples {
  path: Samples;
  baseline: Samples;
  start?: Correction;
  end?: Correction;
  previous?: Correction;
}

export interface HandClearance {
  /**
   * Places `hand` as `placeHand` would with the skin's distance field, from precomputed
   * corrections: the hand's pose, contact, heading and press, then the blended correction.
   */
  place(side: HandSide, hand: TimelineHand, out: HandPlacement): HandPlacement;
  /**
   * Makes the samples of every track of `geometry` ahead of time, from the action at
   * `fromAction` on, while `hasTime()` says there is time (call it again later to go on).
   * Returns true once every sample exists. For idle moments: playing never waits for it.
   */
  prepare(geometry: TechniqueGeometry, fromAction: number, hasTime: () => boolean): boolean;
  /** How many correction samples have been made so far (for tests and the benchmark). */
  readonly made: number;
}

/** Number of samples along a path: one every `CLEARANCE_SPACING`, both ends included. */
export const samplesAlong = (path: ArcPath): number => Math.max(2, Math.ceil(path.total / CLEARANCE_SPACING) + 1);

/**
 * @param skin the skin's signed distance (metres, negative inside), e.g. `skinDistance`
 */
export function createHandClearance(skin: (p: Vec3) => number): HandClearance {
  const tracks = new WeakMap<HandTrack, TrackSamples>();
  const free = { left: createHandPlacement('left'), right: createHandPlacement('right') };
  const cleared = { left: createHandPlacement('left'), right: createHandPlacement('right') };
  const point = vec3();
  const normal = vec3();
  const tangent = vec3();
  const heading = vec3();
  const inverse = new Matrix4();
  const move = new Matrix4();
  const scale = new Vector3();
  const turn = new Quaternion();
  const offset = new Vector3();
  let made = 0;

  function samplesOf(track: HandTrack): TrackSamples {
    let s = tracks.get(track);
    if (!s) {
      s = { path: [], baseline: [] };
      tracks.set(track, s);
    }
    return s;
  }

  /** The correction `placeHand` with the skin makes to a hand placed without it. */
  function measure(input: HandPlacementInput): Correction {
    made++;
    const side = input.side;
    const a = placeHand(input, free[side]);
    const b = placeHand({ ...input, skin }, cleared[side]);
    move.copy(inverse.copy(a.hand).invert()).multiply(b.hand);
    const t = new Vector3();
    const q = new Quaternion();
    move.decompose(t, q, scale);
    return { turn: q, offset: t, tilt: b.tilt, lift: b.lift };
  }

  function inputAt(track: HandTrack, pose: HandPoseId, place: Place | null, press: number): HandPlacementInput {
    return {
      side: track.hand,
      pose,
      contact: place ? place.point : point,
      normal: place ? place.normal : normal,
      travel: place ? place.heading : heading,
      press,
    };
  }

  /** How deep the track's hand presses where it works: the deepest dent (support hands hold without pressure). */
  const workPress = (track: HandTrack) => (track.role === 'work' ? MAX_DENT : 0);

  function placeSample(track: HandTrack, route: 'start' | 'end' | 'previous'): Correction {
    const s = samplesOf(track);
    const have = s[route];
    if (have) return have;
    const c =
      route === 'previous' && track.previous
        ? measure(inputAt(track, track.previous.pose, track.previous.place, 0))
        : measure(inputAt(track, track.pose, route === 'end' ? track.end : track.start, workPress(track)));
    s[route] = c;
    return c;
  }

  function routeSample(track: HandTrack, route: 'path' | 'baseline', index: number): Correction {
    const motion = track.motion;
    if (motion.kind !== 'path') return placeSample(track, 'start');
    const list = samplesOf(track)[route];
    const have = list[index];
    if (have) return have;
    const path = route === 'baseline' && motion.baseline ? motion.baseline : motion.path;
    const fraction = index / (samplesAlong(path) - 1);
    sampleArcInto(path, fraction, point, normal, tangent);
    strokeHeadingInto(heading, motion, fraction, normal, tangent); // as the timeline does
    const c = measure(inputAt(track, track.pose, null, workPress(track)));
    list[index] = c;
    return c;
  }

  function apply(out: HandPlacement, a: Correction, b: Correction, u: number): void {
    turn.slerpQuaternions(a.turn, b.turn, u);
    offset.lerpVectors(a.offset, b.offset, u);
    move.compose(offset, turn, scale.set(1, 1, 1));
    out.hand.multiply(move);
    refreshPlacement(out);
    out.tilt = a.tilt + (b.tilt - a.tilt) * u;
    out.lift = a.lift + (b.lift - a.lift) * u;
  }

  function corrections(spot: HandSpot): { a: Correction; b: Correction; u: number } | null {
    const track = spot.track;
    if (!track) return null;
    if (spot.route === 'start' || spot.route === 'end' || spot.route === 'previous') {
      const c = placeSample(track, spot.route);
      return { a: c, b: c, u: 0 };
    }
    const motion = track.motion;
    if (motion.kind !== 'path') {
      const c = placeSample(track, 'start');
      return { a: c, b: c, u: 0 };
    }
    const path = spot.route === 'baseline' && motion.baseline ? motion.baseline : motion.path;
    const last = samplesAlong(path) - 1;
    const x = Math.min(last, Math.max(0, spot.fraction * last));
    const i = Math.min(last - 1, Math.floor(x));
    const before = made;
    const a = routeSample(track, spot.route, i);
    const b = routeSample(track, spot.route, i + 1);
    // Nothing had to be made for this frame: make one neighbour in advance, either way along.
    if (made === before) {
      const list = samplesOf(track)[spot.route];
      if (i + 2 <= last && !list[i + 2]) routeSample(track, spot.route, i + 2);
      else if (i - 1 >= 0 && !list[i - 1]) routeSample(track, spot.route, i - 1);
    }
    return { a, b, u: x - i };
  }

  /** Every sample of every track, as work items, starting at one action and wrapping round. */
  function* everySample(geometry: TechniqueGeometry, fromAction: number): Generator<() => void> {
    const n = geometry.actions.length;
    for (let k = 0; k < n; k++) {
      const action = geometry.actions[(fromAction + k) % n]!;
      for (const track of [action.left, action.right]) {
        if (!track) continue;
        if (track.previous) yield () => placeSample(track, 'previous');
        yield () => placeSample(track, 'start');
        yield () => placeSample(track, 'end');
        const motion = track.motion;
        if (motion.kind !== 'path') continue;
        for (const route of ['path', 'baseline'] as const) {
          const path = route === 'baseline' ? motion.baseline : motion.path;
          if (!path) continue;
          for (let i = 0; i < samplesAlong(path); i++) yield () => routeSample(track, route, i);
        }
      }
    }
  }
  let pending: { geometry: TechniqueGeometry; work: Generator<() => void> } | null = null;
  let done: TechniqueGeometry | null = null;

  return {
    prepare(geometry, fromAction, hasTime) {
      if (done === geometry) return true;
      if (pending?.geometry !== geometry) pending = { geometry, work: everySample(geometry, fromAction) };
      while (hasTime()) {
        const next = pending.work.next();
        if (next.done) {
          done = geometry;
          pending = null;
          return true;
        }
        next.value();
      }
      return false;
    },
    place(side, hand, out) {
      placeHand({ side, pose: hand.pose, contact: hand.contact, normal: hand.normal, travel: hand.heading, press: hand.press - hand.lift }, out);
      const c = corrections(hand.spot);
      if (c) apply(out, c.a, c.b, c.u);
      return out;
    },
    get made() {
      return made;
    },
  };
}
