import type { LaidTechnique } from '../../motion/laid/layTechnique';
import type { MotionSide } from '../../motion/schedule';

/** A drawn copy of a playing phase: its row in the phase table, and whether it is the mirror copy. */
export interface DrawnCopy {
  readonly index: number;
  readonly mirrored: boolean;
}

/**
 * The drawn copies of every stroke phase, by the action's index and the phase's index (the laid
 * technique's phase table), so the playing phase is found without a search: `[action][phase]`.
 * A point has no drawn phases.
 */
export function phaseCopies(laid: LaidTechnique): readonly (readonly (readonly DrawnCopy[])[])[] {
  return laid.actions.map((action) => {
    const count = action.copies[0]?.phases.length ?? 0;
    return Array.from({ length: count }, (_, phase) => action.copies.map((copy) => ({ index: copy.phases[phase]!, mirrored: copy.mirrored })));
  });
}

/**
 * The drawn copies that light up for a playing phase: both copies of a stroke done on both sides
 * at once; only the working side's copy while strokes alternate (the mirror copy is the left side).
 */
export function litCopies(copies: readonly DrawnCopy[] | undefined, side: MotionSide): number[] {
  if (!copies) return [];
  if (side === 'L') return copies.filter((c) => c.mirrored || copies.length === 1).map((c) => c.index);
  if (side === 'R') return copies.filter((c) => !c.mirrored).map((c) => c.index);
  return copies.map((c) => c.index);
}
