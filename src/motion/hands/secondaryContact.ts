/** A pose's second contact (the C-grip's finger pads), placed with the hand and its curled fingers. */
import { Vector3 } from 'three';
import type { PosedHand } from './kinematics';
import type { HandPlacement } from './placement';
import { segmentIndex } from './segments';

/** The secondary contact held in the frames of the segments it lies on, so it follows curled fingers. */
interface HeldContact {
  readonly frames: readonly number[];
  readonly points: readonly Vector3[];
  readonly normals: readonly Vector3[];
}
const heldContacts = new WeakMap<PosedHand, HeldContact>();

const _held = new Vector3();

/**
 * Writes `out.hasSecondary`, `out.secondaryContact` and `out.secondaryNormal` from `out.hand`, or,
 * when `curled` and the pose holds that contact on its digits, from their curled segment frames.
 */
export function placeSecondaryContact(out: HandPlacement, posed: PosedHand, curled: boolean): void {
  out.hasSecondary = posed.secondary !== null;
  if (!posed.secondary) return;
  if (curled && heldSecondary(posed).frames.length > 0) secondaryOnCurledFingers(out, posed);
  else {
    out.secondaryContact.copy(posed.secondary.point).applyMatrix4(out.hand);
    out.secondaryNormal.copy(posed.secondary.normal).transformDirection(out.hand);
  }
}

function heldSecondary(posed: PosedHand): HeldContact {
  let hit = heldContacts.get(posed);
  if (!hit) {
    const spec = posed.pose.secondaryContact;
    const frames = spec?.on === 'digits' ? spec.segments.map(segmentIndex) : [];
    const secondary = posed.secondary!;
    const local = (i: number) => posed.segments[i]!.clone().invert();
    hit = {
      frames,
      points: frames.map((i) => secondary.point.clone().applyMatrix4(local(i))),
      normals: frames.map((i) => secondary.normal.clone().transformDirection(local(i))),
    };
    heldContacts.set(posed, hit);
  }
  return hit;
}

/** The secondary contact of a pose that holds it on its digits, following their curl. */
function secondaryOnCurledFingers(out: HandPlacement, posed: PosedHand): void {
  const held = heldSecondary(posed);
  out.secondaryContact.set(0, 0, 0);
  out.secondaryNormal.set(0, 0, 0);
  for (let j = 0; j < held.frames.length; j++) {
    const frame = out.segments[held.frames[j]!]!;
    out.secondaryContact.add(_held.copy(held.points[j]!).applyMatrix4(frame));
    out.secondaryNormal.add(_held.copy(held.normals[j]!).transformDirection(frame));
  }
  out.secondaryContact.divideScalar(held.frames.length);
  out.secondaryNormal.normalize();
}
