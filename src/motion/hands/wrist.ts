/** Wrist deviation: a placed hand's forearm swung, within the wrist's range, toward the giver. */
import { Vector3 } from 'three';
import { HAND, WRIST_DEVIATION, rad } from './dimensions';
import { towardGiver } from './giver';
import { forearmFrame, type PosedHand } from './kinematics';
import type { HandPlacement } from './placement';
import { segmentIndex } from './segments';

const FOREARM = segmentIndex('forearm');

const _palmNormal = new Vector3();
const _forearm = new Vector3();
const _across = new Vector3();
const _sideways = new Vector3();
const _toGiver = new Vector3();
const _stubOrigin = new Vector3();

/**
 * Rotates the forearm about the palm's normal toward the giver's shoulder, clamped to the wrist's
 * range (radial 20°, ulnar 30°), and rebuilds the forearm segment along it: writes
 * `out.wristDeviation`, `out.forearm` and the forearm's segment frame from `out.hand` and `out.wrist`.
 */
export function deviateWrist(out: HandPlacement, posed: PosedHand): void {
  _palmNormal.set(0, 0, 1).transformDirection(out.hand);
  _forearm.copy(posed.forearm).transformDirection(out.hand);
  const along = _forearm.dot(_palmNormal);
  _across.copy(_forearm).addScaledVector(_palmNormal, -along);
  _sideways.crossVectors(_palmNormal, _across);
  towardGiver(out.side, out.wrist, _toGiver);
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
  // The stub's axis sits a little toward the back of the hand (HAND.wrist.dorsal).
  _stubOrigin.copy(out.wrist).addScaledVector(_palmNormal, -HAND.wrist.dorsal);
  forearmFrame(out.forearm, _palmNormal, _stubOrigin, out.segments[FOREARM]);
}
