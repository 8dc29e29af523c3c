import type { SegmentKind } from '../../state/procedure';

/** The word for each phase, as the live region and the big phase banner say it. */
export const PHASE_WORD_KEYS = {
  pressure: 'playback.phasePressure',
  glide: 'playback.phaseGlide',
  settle: 'playback.phaseSettle',
  press: 'playback.phasePress',
  hold: 'playback.phaseHold',
  release: 'playback.phaseRelease',
} as const satisfies Record<SegmentKind, string>;

/** Phases in which the hand presses: shown with the pressure style. */
export const PRESSING: ReadonlySet<SegmentKind> = new Set(['pressure', 'press', 'hold']);

/** Formats seconds as m:ss. */
export const clockTime = (seconds: number): string => {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
