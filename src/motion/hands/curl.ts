/** Extra curl of a placed hand's fingers (`HandPlacement.curl`), applied to its segment frames. */
import { Matrix4 } from 'three';
import { FINGERS } from './dimensions';
import { curledFinger, type PosedHand } from './kinematics';
import type { HandPlacement } from './placement';
import { SEGMENT_COUNT, boneIndex, nailIndex } from './segments';

/** Segment indices of each finger (`FINGERS` order): its three bones, then its nail (as `curledFinger` writes them). */
export const FINGER_FRAMES: readonly (readonly number[])[] = FINGERS.map((f) => [boneIndex(f, 0), boneIndex(f, 1), boneIndex(f, 2), nailIndex(f)]);
/** The finger (index into `FINGERS`) a segment belongs to, or -1. */
export const FINGER_OF: readonly number[] = Array.from({ length: SEGMENT_COUNT }, (_, i) => FINGER_FRAMES.findIndex((frames) => frames.includes(i)));

const _curledFrames = [new Matrix4(), new Matrix4(), new Matrix4(), new Matrix4()] as const;

/** Moves finger `k`'s bones and nail in `out.segments` to its curl `out.curl[k]`. */
export function curlFinger(out: HandPlacement, posed: PosedHand, k: number): void {
  curledFinger(posed, k, out.curl[k]!, _curledFrames);
  const frames = FINGER_FRAMES[k]!;
  for (let j = 0; j < frames.length; j++) out.segments[frames[j]!]!.multiplyMatrices(out.hand, _curledFrames[j]!);
}
