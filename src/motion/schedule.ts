/**
 * The whole procedure as one timeline: every step, action, repetition and phase laid end to end
 * as contiguous timed segments (`shared/design.md`: technique data -> timeline -> scene and UI).
 *
 * Order: steps in data order; in each step, actions in data order; each action starts with a
 * short 'settle' segment (the hands move to where the action begins, no pressure), then
 *   stroke   repetition 1..N, each doing the stroke's phases in data order;
 *            'alternate' does the original (right) side then the mirror (left) side per repetition,
 *            'together' and 'none' do all hands at once;
 *   press    press, hold, release.
 * Every stroke phase and press timing takes its seconds from the data; only the settle segments
 * are the timeline's own (`SETTLE_SECONDS`, guidance).
 *
 * Pure: no React, no three.js, no clock. Lookups are binary searches over sorted start times.
 */
import type { Side } from '../anatomy/landmarkIds';
import type { Anchor, PathSpec } from '../anatomy/paths';
import { clamp } from '../anatomy/scalar';
import type { StepId } from '../technique/ids';
import type { Action, Phase, PressPoint, Repetitions, Stroke, Technique, Text } from '../technique/types';

/**
 * How many times each stroke is shown, of the source's "5-6 times" (`Repetitions`). The lower
 * bound: every count shown is one the source allows, and the demonstration stays short enough to
 * watch whole (about 4 minutes); the step text still says "5-6" to the learner.
 */
export const REPETITION_BOUND: keyof Repetitions = 'min';

/**
 * Seconds for the hands to move into place before an action, with no pressure [guidance: the
 * sources give no timing]. The first action of a step gets the longer intro, so a learner who
 * jumps to a step sees where the hands start before anything moves.
 */
export const SETTLE_SECONDS = { stepIntro: 1.5, betweenActions: 1 } as const;

/**
 * Half-width, in seconds, of the smooth pressure change where two phases of the same hand meet
 * (centred on the boundary), and half the length of a one-sided rise/fall at the start or end of
 * an action or a turn of an alternating stroke. Capped at a quarter of the phase [guidance].
 */
export const PRESSURE_RAMP_SECONDS = 0.25;

/** Largest slope of the eased path progress (3 keeps the cubic monotonic). */
const MAX_SLOPE = 3;

/** The side of the mother that an action works on now: both at once, one, or the midline (null). */
export type MotionSide = Side | 'both' | null;

export type SegmentKind = 'settle' | 'pressure' | 'glide' | 'press' | 'hold' | 'release';

/** Settle segments are the timeline's own, so their words live here (with the data's languages). */
export const SETTLE_TEXT: Text = { id: 'Letakkan tangan di titik awal gerakan', en: 'Place the hands at the starting point of the movement' };
const PRESS_TEXT: Readonly<Record<'press' | 'hold' | 'release', Text>> = {
  press: { id: 'Tekan perlahan', en: 'Press in gently' },
  hold: { id: 'Tahan', en: 'Hold' },
  release: { id: 'Lepaskan perlahan', en: 'Release slowly' },
};

/**
 * A smooth pressure change inside a segment, in seconds from the segment's start: between `start`
 * and `end` the pressure moves between the segment's `pressure` and `other` (smoothstep).
 * `start` may be negative or `end` beyond the segment when the change is centred on its edge.
 */
export interface PressureRamp {
  readonly other: number;
  readonly start: number;
  readonly end: number;
}

export interface SegmentPhase {
  readonly kind: SegmentKind;
  /** Index in the stroke's `phases`; 0 press, 1 hold, 2 release; -1 for a settle segment. */
  readonly index: number;
  readonly text: Text;
}

export interface Segment {
  readonly index: number;
  readonly start: number;
  readonly duration: number;
  /** `start + duration`; equal to the next segment's `start` (contiguous). */
  readonly end: number;
  readonly stepId: StepId;
  readonly stepIndex: number;
  readonly actionId: string;
  /** The action's index within its step. */
  readonly actionIndex: number;
  /** The action's index in `Schedule.actions` (the whole procedure). */
  readonly actionOrdinal: number;
  readonly actionKind: Action['kind'];
  /** 1-based; 0 while settling before the first repetition. */
  readonly repetition: number;
  /** Repetitions in this action (1 for a press point). */
  readonly repetitions: number;
  readonly side: MotionSide;
  readonly phase: SegmentPhase;
  /** Path fractions for stroke phases (`to < from` runs backward); 0 otherwise. */
  readonly from: number;
  readonly to: number;
  readonly route: 'path' | 'baseline';
  /**
   * Slopes of the eased path progress at the start and end, relative to constant speed:
   * 0 where the hand turns round or starts/stops, matched speeds where it runs on smoothly.
   */
  readonly slopeIn: number;
  readonly slopeOut: number;
  /** Relative pressure 0..1 the segment holds between its ramps. */
  readonly pressure: number;
  readonly rampIn: PressureRamp | null;
  readonly rampOut: PressureRamp | null;
  /** Alternating stroke: the working hand comes down at the start / lifts at the end (the turn passes to the other hand). */
  readonly handIn: boolean;
  readonly handOut: boolean;
}

export interface ScheduleAction {
  readonly ordinal: number;
  readonly stepId: StepId;
  readonly stepIndex: number;
  readonly actionId: string;
  readonly actionIndex: number;
  readonly kind: Action['kind'];
  /** Start of its settle segment: where "previous/next action" and the scrub bar's ticks land. */
  readonly start: number;
  /** Where the movement itself starts (after settling): the start of a looped action. */
  readonly loopStart: number;
  readonly end: number;
  readonly firstSegment: number;
  readonly segmentCount: number;
  readonly repetitions: number;
}

export interface ScheduleStep {
  readonly stepId: StepId;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly firstAction: number;
  readonly actionCount: number;
}

export interface Schedule {
  /** Seconds for the whole procedure at speed 1. */
  readonly duration: number;
  readonly segments: readonly Segment[];
  readonly actions: readonly ScheduleAction[];
  readonly steps: readonly ScheduleStep[];
}

function anchorsOf(path: PathSpec): readonly Anchor[] {
  return path.kind === 'line' || path.kind === 'circles' ? path.waypoints : [path.centre];
}

function anchorSide(anchor: Anchor): Side | null {
  if ('clock' in anchor) return anchor.clock.side;
  if (anchor.landmark.startsWith('L.')) return 'L';
  if (anchor.landmark.startsWith('R.')) return 'R';
  return null;
}

/** The side named by the anchors as written: one side, or null (midline or both). */
export function sideOfAnchors(anchors: readonly Anchor[]): Side | null {
  let side: Side | null = null;
  for (const anchor of anchors) {
    const s = anchorSide(anchor);
    if (s === null) continue;
    if (side !== null && s !== side) return null;
    side = s;
  }
  return side;
}

export const otherSide = (side: Side): Side => (side === 'L' ? 'R' : 'L');

/** The side an action's data is written for (mirrored items are written for the right side). */
export function writtenSide(action: Action): Side | null {
  return sideOfAnchors(action.kind === 'stroke' ? anchorsOf(action.path) : [action.anchor]);
}

/** The order of the turns of an 'alternate' stroke: the side written, then its mirror. */
export function alternateOrder(stroke: Stroke): readonly [Side, Side] {
  const first = writtenSide(stroke) ?? 'R';
  return [first, otherSide(first)];
}

/** A path whose end meets its start, so a phase ending at 1 runs on into one starting at 0. */
export function isClosedPath(path: PathSpec): boolean {
  return path.kind === 'circle' || (path.kind === 'heart' && path.part === 'whole');
}

export function repetitionsShown(stroke: Stroke): number {
  return Math.max(1, Math.round(stroke.repetitions[REPETITION_BOUND]));
}

/** A segment before timing, ramps and easing are filled in. */
interface Draft {
  readonly action: Action;
  readonly stepId: StepId;
  readonly stepIndex: number;
  readonly actionIndex: number;
  readonly actionOrdinal: number;
  readonly repetition: number;
  readonly repetitions: number;
  readonly side: MotionSide;
  readonly phase: SegmentPhase;
  readonly duration: number;
  readonly from: number;
  readonly to: number;
  readonly route: 'path' | 'baseline';
  readonly pressure: number;
}

function strokeDrafts(stroke: Stroke, base: Omit<Draft, 'repetition' | 'repetitions' | 'side' | 'phase' | 'duration' | 'from' | 'to' | 'route' | 'pressure'>): Draft[] {
  const repetitions = repetitionsShown(stroke);
  const turns: readonly MotionSide[] =
    stroke.mirror === 'alternate' ? alternateOrder(stroke) : [stroke.mirror === 'together' ? 'both' : writtenSide(stroke)];
  const drafts: Draft[] = [];
  for (let repetition = 1; repetition <= repetitions; repetition++) {
    for (const side of turns) {
      stroke.phases.forEach((phase: Phase, index) => {
        drafts.push({
          ...base,
          repetition,
          repetitions,
          side,
          phase: { kind: phase.kind, index, text: phase.text },
          duration: phase.seconds,
          from: phase.from,
          to: phase.to,
          route: phase.route ?? 'path',
          pressure: phase.pressure,
        });
      });
    }
  }
  return drafts;
}

function pressDrafts(point: PressPoint, base: Omit<Draft, 'repetition' | 'repetitions' | 'side' | 'phase' | 'duration' | 'from' | 'to' | 'route' | 'pressure'>): Draft[] {
  const side: MotionSide = point.mirror === 'together' ? 'both' : writtenSide(point);
  return (['press', 'hold', 'release'] as const).map((kind, index) => ({
    ...base,
    repetition: 1,
    repetitions: 1,
    side,
    phase: { kind, index, text: PRESS_TEXT[kind] },
    duration: point.timing[kind],
    from: 0,
    to: 0,
    route: 'path' as const,
    pressure: point.pressure,
  }));
}

const isStrokePhase = (d: Draft): boolean => d.phase.kind === 'pressure' || d.phase.kind === 'glide';

/** Two consecutive stroke phases of the same hand(s). */
const sameHands = (a: Draft, b: Draft): boolean => a.action === b.action && isStrokePhase(a) && isStrokePhase(b) && a.side === b.side;

/** The hand runs on from `a` into `b` without turning round (so it should not slow down between them). */
function runsOn(a: Draft, b: Draft): boolean {
  if (!sameHands(a, b) || a.route !== b.route) return false;
  const da = Math.sign(a.to - a.from);
  const db = Math.sign(b.to - b.from);
  if (da === 0 || da !== db) return false;
  if (a.to === b.from) return true;
  // Across the seam of a closed loop: ...-> 1 then 0 ->... (or backward 0 then 1).
  const stroke = a.action as Stroke;
  return isClosedPath(stroke.path) && a.route === 'path' && ((a.to === 1 && b.from === 0) || (a.to === 0 && b.from === 1));
}

/** Path fractions per second. */
const pathSpeed = (d: Draft): number => Math.abs(d.to - d.from) / d.duration;

/**
 * Builds the timeline of a technique. Throws if a duration is not a positive finite number
 * (the schema checks this too; the timeline must never have a zero-length or NaN segment).
 */
export function buildSchedule(technique: Technique): Schedule {
  const drafts: Draft[] = [];
  let ordinal = 0;
  technique.steps.forEach((step, stepIndex) => {
    step.actions.forEach((action, actionIndex) => {
      const base = { action, stepId: step.id, stepIndex, actionIndex, actionOrdinal: ordinal };
      const body = action.kind === 'stroke' ? strokeDrafts(action, base) : pressDrafts(action, base);
      const first = body[0];
      if (!first) throw new RangeError(`motion: action "${action.id}" has no phases`);
      drafts.push({
        ...base,
        repetition: 0,
        repetitions: first.repetitions,
        side: first.side,
        phase: { kind: 'settle', index: -1, text: SETTLE_TEXT },
        duration: actionIndex === 0 ? SETTLE_SECONDS.stepIntro : SETTLE_SECONDS.betweenActions,
        from: first.from,
        to: first.from,
        route: first.route,
        pressure: 0,
      });
      drafts.push(...body);
      ordinal++;
    });
  });

  const segments: Segment[] = [];
  let start = 0;
  drafts.forEach((d, index) => {
    if (!(d.duration > 0) || !Number.isFinite(d.duration)) {
      throw new RangeError(`motion: "${d.action.id}" ${d.phase.kind} has duration ${d.duration}; it must be a positive number of seconds`);
    }
    const prev = drafts[index - 1];
    const next = drafts[index + 1];
    segments.push({
      index,
      start,
      duration: d.duration,
      end: start + d.duration,
      stepId: d.stepId,
      stepIndex: d.stepIndex,
      actionId: d.action.id,
      actionIndex: d.actionIndex,
      actionOrdinal: d.actionOrdinal,
      actionKind: d.action.kind,
      repetition: d.repetition,
      repetitions: d.repetitions,
      side: d.side,
      phase: d.phase,
      from: d.from,
      to: d.to,
      route: d.route,
      ...slopes(d, prev, next),
      pressure: d.pressure,
      ...ramps(d, prev, next),
      handIn: isStrokePhase(d) && !!prev && prev.action === d.action && isStrokePhase(prev) && prev.side !== d.side,
      handOut: isStrokePhase(d) && !!next && next.action === d.action && isStrokePhase(next) && next.side !== d.side,
    });
    start += d.duration;
  });

  const actions: ScheduleAction[] = [];
  for (const segment of segments) {
    const current = actions[actions.length - 1];
    if (current && current.ordinal === segment.actionOrdinal) {
      actions[actions.length - 1] = { ...current, end: segment.end, segmentCount: current.segmentCount + 1 };
      continue;
    }
    actions.push({
      ordinal: segment.actionOrdinal,
      stepId: segment.stepId,
      stepIndex: segment.stepIndex,
      actionId: segment.actionId,
      actionIndex: segment.actionIndex,
      kind: segment.actionKind,
      start: segment.start,
      // The first segment is always the settle; the movement begins with the second.
      loopStart: segment.end,
      end: segment.end,
      firstSegment: segment.index,
      segmentCount: 1,
      repetitions: segment.repetitions,
    });
  }

  const steps: ScheduleStep[] = [];
  for (const action of actions) {
    const current = steps[steps.length - 1];
    if (current && current.index === action.stepIndex) {
      steps[steps.length - 1] = { ...current, end: action.end, actionCount: current.actionCount + 1 };
      continue;
    }
    steps.push({ stepId: action.stepId, index: action.stepIndex, start: action.start, end: action.end, firstAction: action.ordinal, actionCount: 1 });
  }

  return { duration: start, segments, actions, steps };
}

function slopes(d: Draft, prev: Draft | undefined, next: Draft | undefined): { slopeIn: number; slopeOut: number } {
  if (!isStrokePhase(d) || d.from === d.to) return { slopeIn: 0, slopeOut: 0 };
  // At a smooth join both sides run at the mean of their speeds, so the speed is continuous.
  const own = pathSpeed(d);
  const matched = (other: Draft) => clamp((own + pathSpeed(other)) / 2 / own, 0, MAX_SLOPE);
  return {
    slopeIn: prev && runsOn(prev, d) ? matched(prev) : 0,
    slopeOut: next && runsOn(d, next) ? matched(next) : 0,
  };
}

function ramps(d: Draft, prev: Draft | undefined, next: Draft | undefined): { rampIn: PressureRamp | null; rampOut: PressureRamp | null } {
  const kind = d.phase.kind;
  if (kind === 'settle') return { rampIn: null, rampOut: null };
  if (kind === 'press') return { rampIn: { other: 0, start: 0, end: d.duration }, rampOut: null };
  if (kind === 'hold') return { rampIn: null, rampOut: null };
  if (kind === 'release') return { rampIn: null, rampOut: { other: 0, start: 0, end: d.duration } };
  const oneSided = Math.min(2 * PRESSURE_RAMP_SECONDS, d.duration / 4);
  const centred = (other: Draft) => Math.min(PRESSURE_RAMP_SECONDS, d.duration / 4, other.duration / 4);
  const rampIn: PressureRamp =
    prev && sameHands(prev, d)
      ? { other: prev.pressure, start: -centred(prev), end: centred(prev) }
      : { other: 0, start: 0, end: oneSided };
  const rampOut: PressureRamp =
    next && sameHands(d, next)
      ? { other: next.pressure, start: d.duration - centred(next), end: d.duration + centred(next) }
      : { other: 0, start: d.duration - oneSided, end: d.duration };
  return { rampIn, rampOut };
}

// ---- Lookups ---------------------------------------------------------------------------------

/** Index of the last item whose start is <= t (0 if none). */
function lastStartingBy(items: readonly { readonly start: number }[], t: number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (items[mid]!.start <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** `t` clamped to the procedure; NaN counts as 0. */
export function clampTime(schedule: Schedule, t: number): number {
  return Number.isNaN(t) ? 0 : clamp(t, 0, schedule.duration);
}

/** The segment playing at `t` (a boundary belongs to the segment it starts; the end to the last). */
export function segmentIndexAt(schedule: Schedule, t: number): number {
  return lastStartingBy(schedule.segments, clampTime(schedule, t));
}

export function segmentAt(schedule: Schedule, t: number): Segment {
  return schedule.segments[segmentIndexAt(schedule, t)]!;
}

export function actionAt(schedule: Schedule, t: number): ScheduleAction {
  return schedule.actions[lastStartingBy(schedule.actions, clampTime(schedule, t))]!;
}

export function stepAt(schedule: Schedule, t: number): ScheduleStep {
  return schedule.steps[lastStartingBy(schedule.steps, clampTime(schedule, t))]!;
}

export function stepStart(schedule: Schedule, stepId: StepId): number {
  const step = schedule.steps.find((s) => s.stepId === stepId);
  if (!step) throw new RangeError(`motion: no step "${stepId}" in the schedule`);
  return step.start;
}

export function actionStart(schedule: Schedule, actionId: string): number {
  const action = schedule.actions.find((a) => a.actionId === actionId);
  if (!action) throw new RangeError(`motion: no action "${actionId}" in the schedule`);
  return action.start;
}

/**
 * "Previous" restarts the current item if more than this many seconds of it have played, and
 * goes to the one before otherwise (as media players do), so a double press steps back.
 */
export const PREVIOUS_RESTART_SECONDS = 1;
/** Times closer than this to a start count as being on it. */
const ON_START = 1e-6;

function nextStart(items: readonly { readonly start: number }[], schedule: Schedule, t: number): number {
  const i = lastStartingBy(items, clampTime(schedule, t) + ON_START);
  return items[i + 1]?.start ?? schedule.duration;
}

function previousStart(items: readonly { readonly start: number }[], schedule: Schedule, t: number): number {
  const time = clampTime(schedule, t);
  const i = lastStartingBy(items, time + ON_START);
  const current = items[i]!;
  if (time - current.start > PREVIOUS_RESTART_SECONDS) return current.start;
  return items[i - 1]?.start ?? current.start;
}

/** Start of the next action after `t`, or the end of the procedure after the last. */
export const nextActionStart = (schedule: Schedule, t: number): number => nextStart(schedule.actions, schedule, t);
/** Start of the current action, or of the previous one near its start (`PREVIOUS_RESTART_SECONDS`). */
export const previousActionStart = (schedule: Schedule, t: number): number => previousStart(schedule.actions, schedule, t);
export const nextStepStart = (schedule: Schedule, t: number): number => nextStart(schedule.steps, schedule, t);
export const previousStepStart = (schedule: Schedule, t: number): number => previousStart(schedule.steps, schedule, t);

/**
 * The playhead after `dt` seconds of real time at `speed`. Pure: the same (t, dt, speed) gives
 * the same result, so the frame loop and a test step identically. Stops at the end of the
 * procedure; with `loopAction`, wraps from the end of the current action back to where its
 * movement starts (`loopStart`, after the settle), so a stroke repeats without the hands re-settling.
 * A negative or non-finite step leaves `t` where it is.
 */
export function advance(t: number, dt: number, speed: number, schedule: Schedule, loopAction: boolean): number {
  const time = clampTime(schedule, t);
  const step = dt * speed;
  if (!(step > 0) || !Number.isFinite(step)) return time;
  const next = time + step;
  if (loopAction) {
    const action = actionAt(schedule, time);
    const span = action.end - action.loopStart;
    if (next >= action.end && span > 0) {
      const wrapped = action.loopStart + ((next - action.loopStart) % span);
      return wrapped < action.end ? wrapped : action.loopStart;
    }
  }
  return Math.min(next, schedule.duration);
}
