/** The wrist: a placed hand's forearm bent and swung, within the wrist's range, toward the giver. */
import { Vector3 } from 'three';
import { HAND, WRIST_DEVIATION, WRIST_FLEXION, rad } from './dimensions';
import { towardGiver } from './giver';
import { forearmFrame, type PosedHand } from './kinematics';
import type { HandPlacement } from './placement';
import { segmentIndex } from './segments';

const FOREARM = segmentIndex('forearm');

const _palmNormal = new Vector3();
const _distal = new Vector3();
const _forearm = new Vector3();
const _across = new Vector3();
const _sideways = new Vector3();
const _toGiver = new Vector3();
const _stubOrigin = new Vector3();

/**
 * The wrist extension within reach of the pose's own `e0` that best faces the giver: the forearm
 * at extension e meets the giver's direction by cos(e)·a + sin(e)·b, greatest at atan2(b, a);
 * where that lies outside the range, the better of its two ends.
 */
function bestExtension(e0: number, a: number, b: number): number {
  const lo = Math.max(e0 - rad(WRIST_FLEXION.less), -rad(WRIST_FLEXION.flexion));
  const hi = Math.min(e0 + rad(WRIST_FLEXION.more), rad(WRIST_FLEXION.extension));
  const best = Math.atan2(b, a);
  if (best >= lo && best <= hi) return best;
  const score = (e: number) => Math.cos(e) * a + Math.sin(e) * b;
  return score(lo) >= score(hi) ? lo : hi;
}

/**
 * Turns the forearm toward the giver's shoulder: first it bends the wrist (extension or flexion)
 * within `WRIST_FLEXION` of the pose's own angle, then rotates it about the palm's normal, clamped
 * to the wrist's range (radial 20°, ulnar 30°), and rebuilds the forearm segment along it: writes
 * `out.wristDeviation`, `out.forearm` and the forearm's segment frame from `out.hand` and
 * `out.wrist`. A palm flat on the back of the neck then has its forearm reach back to the giver,
 * not along the skin.
 */
export function deviateWrist(out: HandPlacement, posed: PosedHand): void {
  _palmNormal.set(0, 0, 1).transformDirection(out.hand);
  _distal.set(0, 1, 0).transformDirection(out.hand);
  towardGiver(out.side, out.wrist, _toGiver);
  // The forearm at extension e runs along -cos(e)·distal - sin(e)·palmar; the best e faces the giver.
  const e = bestExtension(rad(posed.pose.wristExtension), -_toGiver.dot(_distal), -_toGiver.dot(_palmNormal));
  _forearm.copy(_distal).multiplyScalar(-Math.cos(e)).addScaledVector(_palmNormal, -Math.sin(e));
  const along = _forearm.dot(_palmNormal);
  _across.copy(_forearm).addScaledVector(_palmNormal, -along);
  _sideways.crossVectors(_palmNormal, _across);
  let delta = Math.atan2(_toGiver.dot(_sideways), _toGiver.dot(_across));
  // +delta swings the forearm toward local +X: the radial side of a right hand (ulnar deviation),
  // the ulnar side of a left one (radial deviation).
  const toPlusX = rad(out.side === 'right' ? WRIST_DEVIATION.ulnar : WRIST_DEVIATION.radial);
  const toMinusX = rad(out.side === 'right' ? WRIST_DEVIATION.radial : WRIST_DEVIATION.ulnar);
  delta = Math.min(toPlusX, Math.max(-toMinusX, delta));
  out.wristDeviation = delta;
  out.forearm
    .copy(_palmNormal)
    .multiplyScalar(along)
    .addScaledVector(_across, Math.cos(delta))
    .addScaledVector(_sideways, Math.sin(delta))
    .normalize();
  // The forearm's axis sits a little toward the back of the hand (HAND.forearm.dorsal).
  _stubOrigin.copy(out.wrist).addScaledVector(_palmNormal, -HAND.forearm.dorsal);
  forearmFrame(out.forearm, _palmNormal, _stubOrigin, out.segments[FOREARM]);
}
