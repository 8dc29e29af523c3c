import type { MotionSide } from '../../motion/schedule';
import type { TechniqueOverlay } from '../lesson/overlayGeometry';

/** Drawn-phase indices per "action#phase", so the playing phase is found without a search. */
export function indexDrawnPhases(overlay: TechniqueOverlay): ReadonlyMap<string, readonly { index: number; mirrored: boolean }[]> {
  const map = new Map<string, { index: number; mirrored: boolean }[]>();
  overlay.phases.forEach((p, index) => {
    const key = `${p.actionId}#${p.phaseIndex}`;
    map.set(key, [...(map.get(key) ?? []), { index, mirrored: p.mirrored }]);
  });
  return map;
}

/**
 * The drawn copies that light up for a playing phase: both copies of a stroke done on both sides
 * at once; only the working side's copy while strokes alternate (the mirror copy is the left side).
 */
export function litCopies(
  copies: readonly { index: number; mirrored: boolean }[] | undefined,
  side: MotionSide,
): number[] {
  if (!copies) return [];
  if (side === 'L') return copies.filter((c) => c.mirrored || copies.length === 1).map((c) => c.index);
  if (side === 'R') return copies.filter((c) => !c.mirrored).map((c) => c.index);
  return copies.map((c) => c.index);
}
