import { curlFinger } from './curl';
import type { PosedHand } from './kinematics';
import type { HandPlacement } from './placement';
import { placeSecondaryContact } from './secondaryContact';
import { SEGMENT_COUNT } from './segments';
import { deviateWrist } from './wrist';

/**
 * Fills every derived field of `out` (segment frames, contacts, wrist, forearm) from `out.hand`
 * and `out.curl`.
 */
export function updateFrames(out: HandPlacement, posed: PosedHand): void {
  for (let i = 0; i < SEGMENT_COUNT; i++) out.segments[i]!.multiplyMatrices(out.hand, posed.segments[i]!);
  let curled = false;
  for (let k = 0; k < out.curl.length; k++) {
    if (out.curl[k] === 0) continue;
    curlFinger(out, posed, k);
    curled = true;
  }
  out.contact.copy(posed.contact.point).applyMatrix4(out.hand);
  out.contactNormal.copy(posed.contact.normal).transformDirection(out.hand);
  placeSecondaryContact(out, posed, curled);
  out.wrist.setFromMatrixPosition(out.hand);
  deviateWrist(out, posed);
}
