/** Extra curl of a placed hand's fingers and thumb (`HandPlacement.curl`), applied to its segment frames. */
import { Matrix4 } from 'three';
import { FINGERS } from './dimensions';
import { curledFinger, opposedThumb, type PosedHand } from './kinematics';
import type { HandPlacement } from './placement';
import { SEGMENT_COUNT, boneIndex, nailIndex } from './segments';

/** Index of the thumb in `HandPlacement.curl` and `FINGER_FRAMES`, after the four fingers. */
export const THUMB_CURL = FINGERS.length;
/**
 * Segment indices of each finger (`FINGERS` order), then of the thumb: its three bones, then its
 * nail (as `curledFinger` and `opposedThumb` write them).
 */
export const FINGER_FRAMES: readonly (readonly number[])[] = [...FINGERS, 'thumb' as const].map((f) => [boneIndex(f, 0), boneIndex(f, 1), boneIndex(f, 2), nailIndex(f)]);
/** The digit (index into `FINGER_FRAMES`) a segment belongs to, or -1. */
export const FINGER_OF: readonly number[] = Array.from({ length: SEGMENT_COUNT }, (_, i) => FINGER_FRAMES.findIndex((frames) => frames.includes(i)));

const _curledFrames = [new Matrix4(), new Matrix4(), new Matrix4(), new Matrix4()] as const;

/** Moves finger `k`'s bones and nail (the thumb's for `THUMB_CURL`) in `out.segments` to its curl `out.curl[k]`. */
export function curlFinger(out: HandPlacement, posed: PosedHand, k: number): void {
  if (k === THUMB_CURL) opposedThumb(posed, out.curl[k]!, _curledFrames);
  else curledFinger(posed, k, out.curl[k]!, _curledFrames);
  const frames = FINGER_FRAMES[k]!;
  for (let j = 0; j < frames.length; j++) out.segments[frames[j]!]!.multiplyMatrices(out.hand, _curledFrames[j]!);
}
