/**
 * The placement core: a posed hand put on the skin. `placeHand` lays the pose's contact surface on
 * the point, its pointing along the aim (`aim.ts`), fills the segment frames, contacts and wrist
 * (`frames.ts`) and, given the skin's distance, keeps it clear of the body (`keepClear.ts`).
 */
import { Matrix4, Vector3 } from 'three';
import type { Vec3 } from '../../anatomy/vec';
import { aimInto, type Aim } from './aim';
import { rad } from './dimensions';
import { updateFrames } from './frames';
import type { HandSide, PoseId } from './ids';
import { MAX_LIFT, MAX_TILT, keepClear } from './keepClear';
import { posedHand } from './kinematics';
import { placeSecondaryContact } from './secondaryContact';
import { SEGMENT_COUNT } from './segments';
import { readVec3, type Vec3In } from './vec3In';

export interface HandPlacementInput {
  readonly side: HandSide;
  readonly pose: PoseId;
  /** A point on the skin, world metres. */
  readonly contact: Vec3In;
  /** The skin's outward unit normal there. */
  readonly normal: Vec3In;
  /**
   * The stroke direction in the skin's tangent plane (it is projected onto it). For presses and
   * holds, the way the hand should reach. Keep it steady through a stroke: the hand turns with it.
   */
  readonly travel: Vec3In;
  /** Metres the contact surface is pushed into the skin along -normal, 0 .. about 0.008. */
  readonly press?: number;
  /**
   * Lay the pose's pointing axis along or against `travel`; or 'headward': whichever of the two
   * points toward the head (fingers up the neck or the back); or 'forward': across the skin
   * away from the giver, ignoring `travel` (fingers over the top of a shoulder while the hand
   * slides toward the neck); or 'reach': turned about the normal so the forearm runs toward the
   * giver's shoulder on that side, ignoring `travel` (holds, grips, presses); or 'auto': 'reach'
   * where the skin faces up (the neck and the tops of the shoulders: skin normal more than 30°
   * above the horizontal), 'headward' on the head (above `HEAD_REGION_Y`), and the pose's
   * `backAim` on the back. Default: the pose's own `aim`.
   */
  readonly aim?: Aim;
  /** Extra turn of the hand about the outward normal, radians, right-handed. */
  readonly twist?: number;
  /**
   * The skin's signed distance (metres, negative inside), e.g. `skinDistance` from
   * `src/anatomy/skin/`. When given, the hand tilts about its contact point, by at most
   * `maxTilt`, so its non-contact surface stays outside the body (about 30 distance queries a
   * hand, a few more where it has to turn).
   */
  readonly skin?: (p: Vec3) => number;
  /** Most the hand may tilt to clear the body, radians (default: the pose's `maxTilt`, else `MAX_TILT`, 8°). */
  readonly maxTilt?: number;
  /** Most the hand may lift off its contact point to clear the body, metres (default `MAX_LIFT`). */
  readonly maxLift?: number;
  /** How hard the hand works now, 0..1 (`HandPlacement.work`; default 0). */
  readonly work?: number;
  /**
   * With `skin`: let the fingers of a pose with `fingerFit` settle onto the body (default true).
   * False for a hand in the air, whose fingers keep the pose's own shape.
   */
  readonly fitFingers?: boolean;
}

/**
 * A placed hand, in world metres. One object can be reused frame after frame: `placeHand(input,
 * out)` overwrites it and allocates nothing. Read its fields; do not keep references to them
 * across calls if you reuse it.
 */
export interface HandPlacement {
  side: HandSide;
  pose: PoseId;
  /** Hand-local -> world: a rotation and the wrist position. */
  readonly hand: Matrix4;
  /** World frame of each segment, `SEGMENT_IDS` order (rigid, for round cones with `SEGMENT_SHAPES`). */
  readonly segments: Matrix4[];
  /** Where the contact surface ends up: the input contact minus normal × press. */
  readonly contact: Vector3;
  /** The contact surface's outward normal in world: the opposite of the skin normal. */
  readonly contactNormal: Vector3;
  /** Second contact (the C-grip's finger pads), world; valid when `hasSecondary`. */
  readonly secondaryContact: Vector3;
  readonly secondaryNormal: Vector3;
  hasSecondary: boolean;
  /** Wrist joint centre, world. */
  readonly wrist: Vector3;
  /** Unit direction from the wrist toward the elbow, world. */
  readonly forearm: Vector3;
  /** Wrist deviation chosen to bring the forearm toward the giver, radians (+ moves it radially in the hand's local +X). */
  wristDeviation: number;
  /** How far `skin` clearance tilted the contact normal away from the skin's, radians (0 without). */
  tilt: number;
  /**
   * How far `skin` clearance lifted the hand off the requested contact along the normal, metres
   * (0 without): where the pose cannot reach the point, e.g. a palm whose edges ride the ridges
   * either side of the spine.
   */
  lift: number;
  /**
   * Extra flexion of each finger (`FINGERS` order), radians, that `skin` clearance gave it to
   * rest on the body (poses with `fingerFit`; 0 elsewhere): positive curls, negative opens. Then
   * the thumb's (`THUMB_CURL`, poses with `thumbFit`): positive turns it toward the palm's side.
   */
  readonly curl: number[];
  /**
   * How hard the hand works now, 0..1: 0 while it rests, supports, waits or moves between places;
   * stronger under pressure than in a light glide. The renderer lights its working part by it.
   */
  work: number;
}

export function createHandPlacement(side: HandSide = 'right', pose: PoseId = 'palmStroke'): HandPlacement {
  return {
    side,
    pose,
    hand: new Matrix4(),
    segments: Array.from({ length: SEGMENT_COUNT }, () => new Matrix4()),
    contact: new Vector3(),
    contactNormal: new Vector3(),
    secondaryContact: new Vector3(),
    secondaryNormal: new Vector3(),
    hasSecondary: false,
    wrist: new Vector3(),
    forearm: new Vector3(0, -1, 0),
    wristDeviation: 0,
    tilt: 0,
    lift: 0,
    curl: [0, 0, 0, 0, 0],
    work: 0,
  };
}

const _normal = new Vector3();
const _pressed = new Vector3();
const _aim = new Vector3();
const _twistAxis = new Vector3();
// The rotation's two bases: the pose's (contact normal, pointing, their cross) and the world's.
const _localNormal = new Vector3();
const _localPointing = new Vector3();
const _localAcross = new Vector3();
const _intoSkin = new Vector3();
const _worldAcross = new Vector3();
const _local = new Matrix4();
const _world = new Matrix4();
const _contactOffset = new Vector3();

/**
 * Places a posed hand on the skin: the pose's contact surface sits at `contact - normal * press`
 * with its normal facing into the skin, its pointing axis follows `travel` (or its reverse), and
 * the wrist deviates, within its range, to bring the forearm round toward the giver.
 */
export function placeHand(input: HandPlacementInput, out: HandPlacement = createHandPlacement()): HandPlacement {
  const posed = posedHand(input.pose, input.side);
  readVec3(input.normal, _normal).normalize();
  const press = input.press ?? 0;
  readVec3(input.contact, _pressed).addScaledVector(_normal, -press);

  aimInto(_aim, posed, input, _normal, _pressed);
  const twist = input.twist ?? 0;
  if (twist !== 0) {
    _twistAxis.crossVectors(_normal, _aim);
    _aim.multiplyScalar(Math.cos(twist)).addScaledVector(_twistAxis, Math.sin(twist));
  }

  // Rotation taking the local basis (contact normal, pointing, their cross) to the world basis
  // (into the skin, aim, their cross).
  _localNormal.copy(posed.contact.normal);
  _localPointing.copy(posed.pointing).addScaledVector(_localNormal, -posed.pointing.dot(_localNormal)).normalize();
  _localAcross.crossVectors(_localNormal, _localPointing);
  _intoSkin.copy(_normal).negate();
  _worldAcross.crossVectors(_intoSkin, _aim);
  _local.makeBasis(_localNormal, _localPointing, _localAcross);
  _world.makeBasis(_intoSkin, _aim, _worldAcross);
  out.hand.multiplyMatrices(_world, _local.transpose()); // a pure rotation so far
  out.hand.setPosition(_pressed.sub(_contactOffset.copy(posed.contact.point).applyMatrix4(out.hand)));

  out.side = input.side;
  out.pose = input.pose;
  out.work = input.work ?? 0;
  out.curl.fill(0);
  updateFrames(out, posed);
  out.tilt = 0;
  out.lift = 0;
  if (input.skin) keepClear(out, posed, input.skin, _normal, press, input.maxTilt ?? (posed.pose.maxTilt !== undefined ? rad(posed.pose.maxTilt) : MAX_TILT), input.maxLift ?? MAX_LIFT, input.fitFingers ?? true);
  return out;
}

/**
 * Recomputes the derived fields of `out` (segments, contacts, wrist, forearm) after its `hand`
 * matrix or its `curl` was changed from outside, e.g. by a clearance correction.
 */
export function refreshPlacement(out: HandPlacement): HandPlacement {
  updateFrames(out, posedHand(out.pose, out.side));
  return out;
}

/**
 * A hand in its pose with no body: hand-local frame placed by `matrix` (default identity), forearm
 * straight. For previews, screenshots and tests.
 */
export function localPlacement(side: HandSide, pose: PoseId, matrix?: Matrix4, out: HandPlacement = createHandPlacement(side, pose)): HandPlacement {
  const posed = posedHand(pose, side);
  if (matrix) out.hand.copy(matrix);
  else out.hand.identity();
  for (let i = 0; i < SEGMENT_COUNT; i++) out.segments[i]!.multiplyMatrices(out.hand, posed.segments[i]!);
  out.side = side;
  out.pose = pose;
  out.contact.copy(posed.contact.point).applyMatrix4(out.hand);
  out.contactNormal.copy(posed.contact.normal).transformDirection(out.hand);
  placeSecondaryContact(out, posed, false);
  out.wrist.setFromMatrixPosition(out.hand);
  out.forearm.copy(posed.forearm).transformDirection(out.hand);
  out.wristDeviation = 0;
  out.tilt = 0;
  out.lift = 0;
  out.curl.fill(0);
  out.work = 0;
  return out;
}
