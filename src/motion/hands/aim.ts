/**
 * Which way a placed hand points in the skin's tangent plane: along or against its travel, toward
 * the head, away from the giver, or turned so the forearm reaches for the giver's shoulder.
 */
import { Vector3 } from 'three';
import { LANDMARKS } from '../../anatomy/landmarks';
import { TRUNK_UP } from '../../anatomy/spine';
import { add, scale, type Vec3 } from '../../anatomy/vec';
import type { MutableVec3 } from '../arc';
import { towardGiver } from './giver';
import type { HandSide } from './ids';
import { posedHand, type PosedHand } from './kinematics';
import type { HandPlacementInput } from './placement';
import type { HandPose } from './poses';
import { readVec3 } from './vec3In';

export type Aim = 'along' | 'against' | 'headward' | 'forward' | 'over' | 'reach' | 'auto';

/**
 * A point above the back of the head: "toward the head" from any contact on the neck, shoulders
 * or back [EST: 10 cm up the trunk from the occiput].
 */
export const HEADWARD_TARGET: Vec3 = add(LANDMARKS.occiput.skin, scale(TRUNK_UP, 0.1));

/** How far out 'over' turns the fingers from straight forward (tan 31°), and how far up: where the skin faces back (the base of the neck) they point mostly up it [EST]. */
const OVER_OUT = 0.6;
const OVER_UP = 2;

/** 'auto' reaches straight for the giver where the skin normal's y exceeds sin 30°. */
const AUTO_REACH_ABOVE = 0.5;
/** Contacts higher than this are on the head (mastoid, occiput): 3 cm above C7's skin [EST]. */
export const HEAD_REGION_Y = LANDMARKS.C7.skin[1] + 0.03;
/**
 * Contacts higher than this, below the head, are on the shoulder girdle (the tops of the
 * shoulders and the base of the neck): level with T2's skin [EST]. A pose with a `topAim` keeps it
 * here even where the skin faces back, so a hand stroking toward the neck does not turn round.
 */
export const SHOULDER_REGION_Y = LANDMARKS.T2.skin[1];

// reachDirection
const _contactNormal = new Vector3();
const _pointing = new Vector3();
const _across = new Vector3();
const _toGiver = new Vector3();
const _normalCrossGiver = new Vector3();
// aimDirectionInto
const _normal = new Vector3();
const _at = new Vector3();
const _aim = new Vector3();

/**
 * The aim direction (unit, in the tangent plane of `normal`) that `placeHand` gives the pose's
 * pointing, written into `target`.
 * @param normal outward skin normal (unit)
 * @param at the contact point, pressed in
 */
export function aimInto(target: Vector3, posed: PosedHand, input: HandPlacementInput, normal: Vector3, at: Vector3): Vector3 {
  readVec3(input.travel, target).addScaledVector(normal, -target.dot(normal));
  if (target.lengthSq() < 1e-10) target.set(0, 1, 0).addScaledVector(normal, -normal.y);
  if (target.lengthSq() < 1e-10) target.set(0, 0, -1).addScaledVector(normal, normal.z);
  target.normalize();
  const aim = settleAim(posed.pose, input.aim ?? posed.pose.aim, normal, at, target);
  if (aim === 'reach') reachDirection(posed, input.side, normal, at, target);
  else if (aim === 'forward' || aim === 'over') {
    // 'over': forward and a little out from the midline on the hand's own side, as fingers drape
    // over the top of a shoulder; where the skin faces back (the base of the neck), up and out.
    // (Up only where the skin faces back: on the sloping top of a shoulder it would turn them in.)
    if (aim === 'over') target.set(input.side === 'right' ? OVER_OUT : -OVER_OUT, OVER_UP * Math.min(1, Math.max(0, (0.6 - normal.y) / 0.4)), -1);
    else target.set(0, 0, -1);
    target.addScaledVector(normal, -target.dot(normal));
    if (target.lengthSq() < 1e-10) target.set(0, 1, 0).addScaledVector(normal, -normal.y);
    target.normalize();
  } else if (aim === 'against') target.negate();
  return target;
}

/**
 * Where a hand placed with `input` points, in the tangent plane of its normal (unit): its travel
 * with the pose's aim applied ('against' reversed, 'reach' toward the giver, ...). The same hand
 * placed with this as its travel and aim 'along' points the same way.
 */
export function aimDirectionInto(out: MutableVec3, input: HandPlacementInput): MutableVec3 {
  const posed = posedHand(input.pose, input.side);
  readVec3(input.normal, _normal).normalize();
  readVec3(input.contact, _at).addScaledVector(_normal, -(input.press ?? 0));
  aimInto(_aim, posed, input, _normal, _at);
  out[0] = _aim.x;
  out[1] = _aim.y;
  out[2] = _aim.z;
  return out;
}

/**
 * What an aim comes to at a place: 'auto' and 'headward' decided there, from the skin normal, the
 * contact point and the travel direction (unit, in the tangent plane).
 */
function settleAim(pose: HandPose, aim: Aim, normal: Vector3, at: Vector3, travel: Vector3): Exclude<Aim, 'auto' | 'headward'> {
  let resolved = aim;
  if (resolved === 'auto') {
    const top = normal.y > AUTO_REACH_ABOVE || (pose.topAim !== undefined && at.y > SHOULDER_REGION_Y && at.y <= HEAD_REGION_Y);
    resolved = top ? (pose.topAim ?? 'reach') : at.y > HEAD_REGION_Y ? (pose.headAim ?? 'headward') : (pose.backAim ?? 'headward');
  }
  if (resolved !== 'headward') return resolved;
  const h = HEADWARD_TARGET;
  return travel.x * (h[0] - at.x) + travel.y * (h[1] - at.y) + travel.z * (h[2] - at.z) < 0 ? 'against' : 'along';
}

/**
 * 'reach': the aim direction (in the tangent plane of the skin normal) for which the placed
 * forearm points most nearly at the giver's shoulder, written into `target`. With the pose's
 * contact normal fixed into the skin, the only freedom is a turn about the normal; the forearm's
 * component across the normal turns with it, so the best turn lines that component up with the
 * giver's direction.
 */
function reachDirection(posed: PosedHand, side: HandSide, normal: Vector3, at: Vector3, target: Vector3): void {
  // Express the forearm in the basis (contact normal, in-plane pointing, their cross).
  _contactNormal.copy(posed.contact.normal);
  _pointing.copy(posed.pointing).addScaledVector(_contactNormal, -posed.pointing.dot(_contactNormal)).normalize();
  _across.crossVectors(_contactNormal, _pointing);
  const fb = posed.forearm.dot(_pointing);
  const fc = posed.forearm.dot(_across);
  towardGiver(side, at, _toGiver).addScaledVector(normal, -_toGiver.dot(normal));
  if (_toGiver.lengthSq() < 1e-10 || fb * fb + fc * fc < 1e-10) {
    target.set(0, 1, 0).addScaledVector(normal, -normal.y).normalize();
    return;
  }
  _toGiver.normalize();
  // World basis: A = -n, B = t, C = A × B. With B = t the forearm's in-plane part is
  // fb·t - fc·(n × t); for it to lie along g, t ∝ fb·g + fc·(n × g).
  _normalCrossGiver.crossVectors(normal, _toGiver);
  target.copy(_toGiver).multiplyScalar(fb).addScaledVector(_normalCrossGiver, fc).normalize();
}
