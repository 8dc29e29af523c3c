/**
 * The pacing plan: the lesson's demonstration timeline (`SCHEDULE`, about 4 minutes, every stroke
 * 5 times) stretched to a real session of 5 to 20 minutes (15 by default: seeds 002 and 004).
 *
 * Every step and every movement gets the same share of the session as it has of the lesson, so
 * the split follows the data [the app's guidance: the sources give only the total]. Within a
 * movement, a stretch of more than about `TARGET_TEMPO` is not made by slowing each stroke
 * further but by doing the movement's round (its count from the data: 5 strokes, or one press)
 * again: at 15 minutes each stroke is done at about half the demonstration's pace, twice 5 times.
 * The hands' settle before a movement is stretched by the whole factor.
 *
 * Pure: no React, no clock. Times are seconds from the start of the session.
 */
import type { Schedule, Segment, SegmentKind } from '../../motion/schedule';
import type { StepId } from '../../technique/ids';
import type { Text } from '../../technique/types';

export const MIN_MINUTES = 5;
export const MAX_MINUTES = 20;
/** Seeds 002 and 004: about 15 minutes, once or twice a day. */
export const DEFAULT_MINUTES = 15;
/**
 * How much slower than the demonstration a stroke is done at most before the round is repeated
 * instead [guidance]; the tempo of a movement is then the stretch over its rounds.
 */
export const TARGET_TEMPO = 1.75;

export interface PlanSegment {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly duration: number;
  /** The lesson segment this one does (its phase, side, repetition, texts). */
  readonly lesson: Segment;
  readonly kind: SegmentKind;
  readonly stepId: StepId;
  readonly actionId: string;
  /** Index of the movement in `Plan.actions`. */
  readonly actionOrdinal: number;
  /** 1-based round of the movement; 0 while settling. */
  readonly round: number;
  /** 1-based count in the round (the data's repetition); 0 while settling. */
  readonly count: number;
  /** Counts in a round (the data's repetitions). */
  readonly counts: number;
  readonly phaseText: Text;
  /** How many times slower than the lesson this segment runs (its duration over the lesson's). */
  readonly tempo: number;
}

export interface PlanAction {
  readonly ordinal: number;
  readonly actionId: string;
  readonly stepId: StepId;
  readonly kind: 'stroke' | 'press';
  readonly start: number;
  readonly end: number;
  readonly rounds: number;
  /** Counts per round (the data's repetitions; 1 for a press point). */
  readonly counts: number;
  readonly tempo: number;
  readonly firstSegment: number;
  readonly segmentCount: number;
}

export interface PlanStep {
  readonly stepId: StepId;
  readonly start: number;
  readonly end: number;
}

export interface Plan {
  /** Seconds in all: exactly the minutes chosen. */
  readonly duration: number;
  /** The session over the lesson. */
  readonly factor: number;
  readonly segments: readonly PlanSegment[];
  readonly actions: readonly PlanAction[];
  readonly steps: readonly PlanStep[];
}

export const clampMinutes = (minutes: number): number =>
  Number.isFinite(minutes) ? Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, Math.round(minutes))) : DEFAULT_MINUTES;

/** Rounds of a movement stretched by `factor`: at least one, each at a tempo near `TARGET_TEMPO`. */
export const roundsFor = (factor: number): number => Math.max(1, Math.round(factor / TARGET_TEMPO));

/** The plan for a session of `minutes` (clamped to 5..20) over the lesson's `schedule`. */
export function makePlan(schedule: Schedule, minutes: number): Plan {
  const duration = clampMinutes(minutes) * 60;
  const factor = duration / schedule.duration;
  const rounds = roundsFor(factor);
  const tempo = factor / rounds;
  const segments: PlanSegment[] = [];
  const actions: PlanAction[] = [];
  let t = 0;
  const push = (lesson: Segment, length: number, round: number, ordinal: number) => {
    segments.push({
      index: segments.length,
      start: t,
      end: t + length,
      duration: length,
      lesson,
      kind: lesson.phase.kind,
      stepId: lesson.stepId,
      actionId: lesson.actionId,
      actionOrdinal: ordinal,
      round,
      count: round === 0 ? 0 : lesson.repetition,
      counts: lesson.repetitions,
      phaseText: lesson.phase.text,
      tempo: length / lesson.duration,
    });
    t += length;
  };
  for (const action of schedule.actions) {
    const start = t;
    const firstSegment = segments.length;
    const lessonSegments = schedule.segments.slice(action.firstSegment, action.firstSegment + action.segmentCount);
    const [settle, ...movement] = lessonSegments;
    if (!settle) continue;
    push(settle, settle.duration * factor, 0, actions.length);
    for (let round = 1; round <= rounds; round++) {
      for (const segment of movement) push(segment, segment.duration * tempo, round, actions.length);
    }
    actions.push({
      ordinal: actions.length,
      actionId: action.actionId,
      stepId: action.stepId,
      kind: action.kind,
      start,
      end: t,
      rounds,
      counts: action.repetitions,
      tempo,
      firstSegment,
      segmentCount: segments.length - firstSegment,
    });
  }
  const steps = schedule.steps.map((step) => {
    const own = actions.filter((a) => a.stepId === step.stepId);
    return { stepId: step.stepId, start: own[0]?.start ?? 0, end: own[own.length - 1]?.end ?? 0 };
  });
  return { duration, factor, segments, actions, steps };
}

/** Index of the segment at `t` (a boundary belongs to the segment it starts; the end to the last). */
export function planSegmentAt(plan: Plan, t: number): number {
  const { segments } = plan;
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= t) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The step the segment at `t` belongs to. */
export function planStepAt(plan: Plan, t: number): PlanStep {
  const segment = plan.segments[planSegmentAt(plan, t)]!;
  return plan.steps.find((s) => s.stepId === segment.stepId) ?? plan.steps[0]!;
}
