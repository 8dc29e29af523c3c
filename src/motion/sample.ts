/**
 * What happens at time t: the step, action, repetition and phase, the pressure, and where each of
 * the giver's hands is, how it is shaped and how deep it presses.
 *
 * `sampleTimeline` is a pure function of t (given the schedule and the laid technique): seeking to t gives
 * exactly what playing up to t gives, whatever the frame rate, speed changes or scrubbing before.
 * Nothing is carried from one call to the next except the storage of the optional `out` object,
 * which is fully overwritten.
 *
 * Cheap enough for every frame on a low-end phone: two binary searches per hand (segment, path
 * point), a handful of vector operations, no allocation when `out` is reused.
 */
import { clamp01, smoothstep } from '../anatomy/scalar';
import { TRUNK_UP } from '../anatomy/spine';
import type { Vec3 } from '../anatomy/vec';
import type { StepId } from '../technique/ids';
import type { Action, HandRole, Text } from '../technique/types';
import { copyInto, normalizeInto, sampleArcInto, tangentialInto, vec3, type MutableVec3 } from './arc';
import { hermite01 } from './ease';
import { strokeHeadingInto, type HandTrack, type Place } from './laid/handTracks';
import type { LaidTechnique } from './laid/layTechnique';
import type { PoseId } from './hands/ids';
import { HAND_POSES } from './hands/poses';
import { clampTime, segmentIndexAt, type MotionSide, type PressureRamp, type Schedule, type Segment, type SegmentKind } from './schedule';
import { turnAboutNormalInto } from './turn';

/**
 * How far, in metres, the hand sinks into the skin at relative pressure 1 [guidance: the sources
 * give no force; a visible dent for the demonstration, not a clinical figure].
 */
export const MAX_DENT = 0.006;
/** Height a waiting hand hovers over its place in an alternating stroke (metres) [guidance]. */
export const HOVER_LIFT = 0.02;
/** Extra height at the middle of a hand's move between actions (metres) [guidance]. */
export const SETTLE_LIFT = 0.04;

/**
 * 'work'    strokes, presses or grips now;
 * 'support' holds the head or rests on a shoulder, without pressure;
 * 'wait'    hovers over its place while the other hand takes its turn (alternating stroke);
 * 'settle'  moves into place before an action.
 */
export type HandState = 'work' | 'support' | 'wait' | 'settle';

/**
 * Where on its track a hand is, so per-place work (the body-clearance corrections in
 * `clearance.ts`) can be keyed to it: along the stroke's path, its circles' return line or the
 * move from the previous action at a fraction, or at the track's start or end place.
 */
export interface HandSpot {
  track: HandTrack | null;
  route: 'path' | 'baseline' | 'transit' | 'start' | 'end';
  /** 0..1 along `path`, `baseline` or `transit`; 0 for the places. */
  fraction: number;
}

/**
 * One hand at one moment. To pose it with `placeHand` (`src/motion/hands/`): `contact` and
 * `normal` as they are, `heading` as its `travel` (it wants a direction that stays steady through
 * a stroke), `contact + rise × lift` as its `contact` (a lifted hand sits `lift` metres off the
 * skin) and `press` as its `press`.
 */
export interface TimelineHand {
  pose: PoseId;
  role: HandRole;
  state: HandState;
  /**
   * Point on the skin under the hand's contact area; while moving between actions, a point of the
   * route, which runs in the air where the straight line between the two places does.
   */
  readonly contact: MutableVec3;
  /** Outward unit skin normal there. */
  readonly normal: MutableVec3;
  /**
   * Unit, in the tangent plane: the direction of motion (it reverses on a return glide and turns
   * round a circle). For a hold, a support or a press: toward the head.
   */
  readonly travel: MutableVec3;
  /**
   * Unit, in the tangent plane: the direction the hand steadily faces during the action (the
   * stroke's pressure direction for lines, headward for circles and hearts drawn in place). Use it
   * to orient the hand so it does not spin round a circle or turn about on every return.
   */
  readonly heading: MutableVec3;
  /** Metres into the skin: pressure x `MAX_DENT` while working, else 0. */
  press: number;
  /** Metres off the skin along `rise` (0 in contact): hovering or moving between places. */
  lift: number;
  /** Unit: the way `lift` takes the hand off the skin: the normal, or up for a pose hooked over a ridge. */
  readonly rise: MutableVec3;
  /** The place is the app's own estimate, not named by the data (the support sites). */
  guidance: boolean;
  readonly spot: HandSpot;
}

export interface PhaseSample {
  kind: SegmentKind;
  /** Index in the stroke's phases; 0/1/2 for press/hold/release; -1 while settling. */
  index: number;
  /** 0..1 through the phase, linear in time. */
  progress: number;
  text: Text;
}

export interface TimelineSample {
  /** The time sampled, clamped to [0, duration]. */
  t: number;
  segmentIndex: number;
  stepId: StepId;
  stepIndex: number;
  actionId: string;
  actionIndex: number;
  actionKind: Action['kind'];
  /** 1-based; 0 while settling before the first repetition. */
  repetition: number;
  repetitions: number;
  side: MotionSide;
  readonly phase: PhaseSample;
  /** Relative pressure 0..1 of the working hand(s), with smooth ramps at phase edges. */
  pressure: number;
  /** The giver's hands; null when a hand is free in this action. */
  left: TimelineHand | null;
  right: TimelineHand | null;
}

/** The hand objects a reused sample writes into (kept off the sample so results compare cleanly). */
const handStorage = new WeakMap<TimelineSample, { left: TimelineHand; right: TimelineHand }>();

/** A hand to write into (`handAtInto`). */
export function createTimelineHand(): TimelineHand {
  return {
    pose: 'palmStroke',
    role: 'strokes',
    state: 'work',
    contact: vec3(),
    normal: vec3(),
    travel: vec3(),
    heading: vec3(),
    press: 0,
    lift: 0,
    rise: vec3(),
    guidance: false,
    spot: { track: null, route: 'start', fraction: 0 },
  };
}

/** A sample to reuse across frames: `sampleTimeline(schedule, laid, t, sample)`. */
export function createTimelineSample(): TimelineSample {
  const sample: TimelineSample = {
    t: 0,
    segmentIndex: 0,
    stepId: 'neck',
    stepIndex: 0,
    actionId: '',
    actionIndex: 0,
    actionKind: 'stroke',
    repetition: 0,
    repetitions: 1,
    side: null,
    phase: { kind: 'settle', index: -1, progress: 0, text: { id: '', en: '' } },
    pressure: 0,
    left: null,
    right: null,
  };
  handStorage.set(sample, { left: createTimelineHand(), right: createTimelineHand() });
  return sample;
}

function rampValue(level: number, ramp: PressureRamp, tau: number, rising: boolean): number {
  const u = ramp.end > ramp.start ? smoothstep(ramp.start, ramp.end, tau) : 1;
  return rising ? ramp.other + (level - ramp.other) * u : level + (ramp.other - level) * u;
}

/**
 * Relative pressure at `tau` seconds into a segment: the segment's level, eased from the previous
 * level at the start and toward the next at the end. Continuous across every boundary.
 */
export function segmentPressure(segment: Segment, tau: number): number {
  const { rampIn, rampOut, pressure } = segment;
  if (rampIn && tau < rampIn.end) return rampValue(pressure, rampIn, tau, true);
  if (rampOut && tau > rampOut.start) return rampValue(pressure, rampOut, tau, false);
  return pressure;
}

/** 0 at a turn's edges and 1 once the working hand is down (alternating strokes), over the pressure ramps. */
function contactEnvelope(segment: Segment, tau: number): number {
  let e = 1;
  if (segment.handIn && segment.rampIn) e = Math.min(e, smoothstep(segment.rampIn.start, segment.rampIn.end, tau));
  if (segment.handOut && segment.rampOut) e = Math.min(e, smoothstep(0, 1, (segment.rampOut.end - tau) / (segment.rampOut.end - segment.rampOut.start)));
  return e;
}

function setSpot(h: TimelineHand, track: HandTrack, route: HandSpot['route'], fraction = 0): void {
  h.spot.track = track;
  h.spot.route = route;
  h.spot.fraction = fraction;
}

function putPlace(h: TimelineHand, place: Place): void {
  copyInto(h.contact, place.point);
  copyInto(h.normal, place.normal);
  copyInto(h.travel, place.travel);
  copyInto(h.heading, place.heading);
}

function settleHand(h: TimelineHand, track: HandTrack, progress: number): void {
  const e = smoothstep(0, 1, progress);
  if (!track.transit || !track.previous) {
    // First use of this hand: it comes down onto its place.
    handAtInto(h, track, 'start', 0);
    h.lift = (track.startsWaiting ? HOVER_LIFT : 0) + SETTLE_LIFT * (1 - e);
    return;
  }
  handAtInto(h, track, 'transit', e);
}

/** The route's direction where `handAtInto` samples it. */
const _tangent = vec3();

/**
 * Puts `h` where the timeline has a hand at a spot of its track, written into its pose, spot,
 * contact, normal, travel, heading, lift and rise (not its press, state or role): at the track's
 * start or end place, `fraction` of the way along the stroke's path or its return line, or
 * `fraction` (eased time) of the way through the move from the previous action, off the skin.
 * Off the move it rests on the skin (lift 0). The clearance (`clearance.ts`) asks this for the
 * places it samples, so its corrections are made for exactly the hands the timeline shows.
 * @param travelSign +1 or -1: the way along the path the hand moves now (0: it does not; its
 *   travel is then its heading)
 */
export function handAtInto(h: TimelineHand, track: HandTrack, route: HandSpot['route'], fraction: number, travelSign = 1): TimelineHand {
  const motion = track.motion;
  const transit = track.transit;
  if (route === 'transit' && transit && track.previous) {
    h.pose = transitPose(track, fraction);
    setSpot(h, track, 'transit', fraction);
    const along = transitRouteFraction(track, fraction);
    sampleArcInto(transit, along, h.contact, h.normal, _tangent);
    if (transit.total < 1e-4 || !tangentialInto(h.travel, _tangent, h.normal)) copyInto(h.travel, track.start.travel);
    transitHeadingInto(h.heading, track, along, h.normal);
    h.lift = transitLift(track, fraction);
    transitRiseInto(h.rise, track, along, h.normal);
    return h;
  }
  h.pose = track.pose;
  h.lift = 0;
  if ((route === 'path' || route === 'baseline') && motion.kind === 'path') {
    const baseline = route === 'baseline' ? motion.baseline : null;
    setSpot(h, track, baseline ? 'baseline' : 'path', fraction);
    sampleArcInto(baseline ?? motion.path, fraction, h.contact, h.normal, _tangent);
    strokeHeadingInto(h.heading, motion, fraction, h.normal, _tangent);
    _tangent[0] *= travelSign;
    _tangent[1] *= travelSign;
    _tangent[2] *= travelSign;
    if (travelSign === 0 || !tangentialInto(h.travel, _tangent, h.normal)) copyInto(h.travel, h.heading);
  } else {
    // A hand that holds still (a fixed motion) is at its start place, which is its motion's place.
    putPlace(h, route === 'end' ? track.end : track.start);
    setSpot(h, track, route === 'end' ? 'end' : 'start');
  }
  copyInto(h.rise, riseOf(h.pose, h.normal));
  return h;
}

/**
 * Part of a move between actions that a pose hooked over a ridge (`HandPose.liftOff` 'up') spends
 * rising straight off it where it leaves, or coming straight down onto it where it arrives: 3 cm
 * of `transitLift`, enough to clear the top of the trapezius [EST: fitted to the C-grip].
 */
export const HOOK_RISE = 0.3;

/**
 * How far along its route (0..1) a hand is `e` of the way through its move between actions: in
 * step with `e`, except that a hooked pose travels only once it is off its ridge (its route, normal
 * and heading held while it rises or lands, then eased into and out of the travel).
 */
export function transitRouteFraction(track: HandTrack, e: number): number {
  const leave = track.previous && HAND_POSES[track.previous.pose].liftOff === 'up' ? HOOK_RISE : 0;
  const arrive = HAND_POSES[track.pose].liftOff === 'up' ? HOOK_RISE : 0;
  return hermite01((e - leave) / (1 - leave - arrive), leave > 0 ? 0 : 1, arrive > 0 ? 0 : 1);
}

/** The way a pose lifts off the skin where its outward normal is `normal` (`HandPose.liftOff`). */
const riseOf = (pose: PoseId, normal: Vec3): Vec3 => (HAND_POSES[pose].liftOff === 'up' ? TRUNK_UP : normal);

/**
 * The way a hand lifts `along` its route between actions (`transitRouteFraction`): the last
 * pose's way turned into the next's, so a grip comes off its ridge upward and a flat hand off the
 * skin along the normal, with no jump where the pose changes at the top of the arc.
 */
export function transitRiseInto(out: MutableVec3, track: HandTrack, along: number, normal: Vec3): MutableVec3 {
  const from = riseOf(track.previous?.pose ?? track.pose, normal);
  const to = riseOf(track.pose, normal);
  for (let i = 0; i < 3; i++) out[i] = from[i]! + (to[i]! - from[i]!) * along;
  return Math.hypot(out[0], out[1], out[2]) < 1e-9 ? copyInto(out, normal) : normalizeInto(out);
}

/**
 * The pose `e` (0..1) of the way along a hand's move between actions. It changes shape at the top
 * of the arc, off the skin: the old pose leaves the last place and the new one arrives at the
 * next, so neither is dragged through the body.
 */
export function transitPose(track: HandTrack, e: number): PoseId {
  return e < 0.5 && track.previous ? track.previous.pose : track.pose;
}

/** How high the hand is off the skin `e` of the way along its move between actions (metres). */
export function transitLift(track: HandTrack, e: number): number {
  const startLift = track.previous?.waiting ? HOVER_LIFT : 0;
  const endLift = track.startsWaiting ? HOVER_LIFT : 0;
  return startLift + (endLift - startLift) * e + SETTLE_LIFT * Math.sin(Math.PI * e);
}

/**
 * The heading `e` of the way along the move's route: the last place's turned steadily, about the
 * skin normal, into the next place's (never through zero, as a straight blend of opposite
 * headings would).
 */
export function transitHeadingInto(out: MutableVec3, track: HandTrack, e: number, normal: Vec3): void {
  turnAboutNormalInto(out, track.previous?.place.heading ?? track.start.heading, track.start.heading, normal, e);
}

function strokeHand(h: TimelineHand, track: HandTrack, segment: Segment, progress: number): void {
  const fraction = segment.from + (segment.to - segment.from) * hermite01(progress, segment.slopeIn, segment.slopeOut);
  handAtInto(h, track, segment.route === 'baseline' ? 'baseline' : 'path', fraction, Math.sign(segment.to - segment.from));
}

function sampleHand(
  h: TimelineHand,
  track: HandTrack,
  segment: Segment,
  tau: number,
  progress: number,
  pressure: number,
): TimelineHand {
  h.role = track.use.role;
  h.guidance = track.guidance;
  h.press = 0;
  if (segment.phase.kind === 'settle') {
    h.state = 'settle';
    settleHand(h, track, progress);
    return h;
  }
  actHand(h, track, segment, tau, progress, pressure);
  return h;
}

/** A hand during its action's movement: it supports, waits for its turn or works. */
function actHand(h: TimelineHand, track: HandTrack, segment: Segment, tau: number, progress: number, pressure: number): void {
  if (track.role === 'support') {
    h.state = 'support';
    handAtInto(h, track, 'start', 0);
    return;
  }
  if (track.turnSide !== null && segment.side !== track.turnSide) {
    // The other hand's turn: hover where this hand's own turn begins or ended.
    h.state = 'wait';
    const atStart = segment.repetition === 1 && track.startsWaiting;
    handAtInto(h, track, atStart ? 'start' : 'end', 0);
    h.lift = HOVER_LIFT;
    return;
  }
  h.state = 'work';
  if (segment.phase.kind === 'pressure' || segment.phase.kind === 'glide') strokeHand(h, track, segment, progress);
  else handAtInto(h, track, 'start', 0);
  h.press = pressure * MAX_DENT;
  if (segment.handIn || segment.handOut) h.lift = HOVER_LIFT * (1 - contactEnvelope(segment, tau));
}

/**
 * Samples the timeline at `t` seconds (clamped to [0, duration]).
 * @param schedule from `buildSchedule(technique)`
 * @param laid from `layTechnique(technique, landmarks, surface)` for the same technique (its hand tracks)
 * @param t seconds since the start of the procedure
 * @param out a sample from `createTimelineSample()` to overwrite (no allocation); a fresh one if omitted
 */
export function sampleTimeline(schedule: Schedule, laid: LaidTechnique, t: number, out: TimelineSample = createTimelineSample()): TimelineSample {
  const time = clampTime(schedule, t);
  const index = segmentIndexAt(schedule, time);
  const segment = schedule.segments[index]!;
  const action = laid.actions[segment.actionOrdinal];
  if (!action || action.actionId !== segment.actionId) {
    throw new RangeError(`motion: the laid technique does not match the schedule at action "${segment.actionId}"`);
  }
  const tau = time - segment.start;
  const progress = clamp01(tau / segment.duration);
  const pressure = clamp01(segmentPressure(segment, tau));

  out.t = time;
  out.segmentIndex = index;
  out.stepId = segment.stepId;
  out.stepIndex = segment.stepIndex;
  out.actionId = segment.actionId;
  out.actionIndex = segment.actionIndex;
  out.actionKind = segment.actionKind;
  out.repetition = segment.repetition;
  out.repetitions = segment.repetitions;
  out.side = segment.side;
  out.phase.kind = segment.phase.kind;
  out.phase.index = segment.phase.index;
  out.phase.progress = progress;
  out.phase.text = segment.phase.text;
  out.pressure = pressure;

  let storage = handStorage.get(out);
  if (!storage) {
    storage = { left: createTimelineHand(), right: createTimelineHand() };
    handStorage.set(out, storage);
  }
  out.left = action.left ? sampleHand(storage.left, action.left, segment, tau, progress, pressure) : null;
  out.right = action.right ? sampleHand(storage.right, action.right, segment, tau, progress, pressure) : null;
  return out;
}
