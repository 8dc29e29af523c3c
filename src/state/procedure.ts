import { segmentAt, type ScheduleStep, type Segment, type SegmentKind } from '../motion/schedule';
import { SCHEDULE } from '../motion/techniqueSchedule';
import { useAppStore } from './store';

/**
 * The timeline as the DOM reads it: the procedure's length and steps for the transport, and what
 * happens at the published time for the phase banner. The shell's controls read the timeline
 * through here, not from `motion/` (the layer table: the UI knows state and technique).
 */
export const PROCEDURE: { readonly duration: number; readonly steps: readonly ScheduleStep[] } = SCHEDULE;

export type { SegmentKind };

/** The segment at the published time: re-renders only when `time` is published (a few times a second). */
export function useCurrentSegment(): Segment {
  const time = useAppStore((s) => s.time);
  return segmentAt(SCHEDULE, time);
}
