/**
 * Every time and relative pressure the app uses, in one place to tune. All are guidance chosen
 * for a clear demonstration: the sources give no speeds, hold times or forces (`technique.md`).
 */
import type { PressTiming } from './types';

/** Relative pressure 0..1. 'glide' keeps the hand in contact without pressing. */
export const PRESSURE = {
  glide: 0.1,
  light: 0.3,
  moderate: 0.5,
  firm: 0.7,
} as const;

/** Seconds for each phase of one repetition of a stroke. */
export const STROKE_SECONDS = {
  neck: { pressure: 2.5, glide: 1.5 },
  shoulders: { pressure: 2.5, glide: 1.5 },
  scapulaCircle: { pressure: 1.5, glide: 1.5 },
  backCircles: { pressure: 8, glide: 3 },
  backHeart: { pressure: 3, glide: 2 },
  backLove: { glide: 3 },
} as const;

/** Seconds to press into a point, hold it and let go. */
export const PRESS_SECONDS: PressTiming = { press: 1, hold: 3, release: 1 };
/** The C-grip squeezes a broad muscle, so it builds up and releases more slowly. */
export const GRIP_SECONDS: PressTiming = { press: 1.5, hold: 3, release: 1.5 };
