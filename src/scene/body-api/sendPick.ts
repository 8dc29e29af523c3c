import { SKIN_SURFACE } from '../../anatomy/skin/skinSurface';
import type { Vec3 } from '../../anatomy/vec';
import type { BodyPick } from '../../state/slices/bodySlice';
import { useAppStore } from '../../state/store';
import type { StepId } from '../../technique/ids';
import { nearestPlace } from './nearestPlace';

/** A press that moved further than this (pixels) was a drag of the camera, not a tap. */
export const DRAG_PX = 6;

/** Hands a pick to the open mode, which decides what it means (open details, grade an answer...). */
export function sendPick(pick: BodyPick): void {
  useAppStore.getState().onBodyPick?.(pick);
}

/**
 * A tap on the skin itself: the place, and the named place nearest to it along the skin; in the
 * overview, also the step whose shaded region it fell in.
 */
export function pickOnSkin(point: Vec3, step?: StepId): void {
  const nearest = nearestPlace(point, useAppStore.getState().namedPlaces, SKIN_SURFACE);
  sendPick({ via: 'tap', point, target: null, nearest, ...(step ? { step } : {}) });
}

/** A step's number on its region in the overview, picked. */
export function pickStep(via: BodyPick['via'], step: StepId): void {
  sendPick({ via, point: null, target: null, nearest: null, step });
}

/** A line, a marker or a label picked directly. */
export function pickTarget(via: BodyPick['via'], target: { actionId: string; stepId: StepId }, point: Vec3 | null = null): void {
  sendPick({ via, point, target, nearest: null });
}
