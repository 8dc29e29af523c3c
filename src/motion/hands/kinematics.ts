import { Matrix4, Vector3 } from 'three';
import { FINGERS, HAND, rad, type DigitId } from './dimensions';
import { PALM_CENTRE, palmEnvelope } from './palm';
import type { HandSide, PoseId } from './ids';
import { HAND_POSES, type ContactSpec, type HandPose } from './poses';
import { SEGMENT_COUNT, SEGMENT_SHAPES, boneIndex, nailIndex, segmentIndex } from './segments';

/**
 * Forward kinematics: a pose's joint angles -> a rigid frame for every segment, in the hand-local
 * frame (`dimensions.ts`: wrist origin, +Y distal, +Z palmar, +X radial for a right hand).
 *
 * Joint rotations, right hand: finger and thumb flexion turn about the bone's local +X (so +Y
 * turns toward +Z, the pad); splay turns about +Z. A left hand is the right hand mirrored across
 * x = 0. Mirrored frames stay proper rotations (M -> S·M·S with S = diag(-1, 1, 1)): the local X
 * axis of a left-hand segment points to the hand's ulnar side, which the round-cone shapes, being
 * symmetric across X, do not notice.
 */

export interface ContactFrame {
  /** The point of the hand that touches the skin. */
  readonly point: Vector3;
  /** Unit normal pointing out of the hand's contact surface (into the skin once placed). */
  readonly normal: Vector3;
}

/** A hand in a pose, in its own local frame. Treat every field as read-only. */
export interface PosedHand {
  readonly side: HandSide;
  readonly pose: HandPose;
  /** Rigid frame of each segment (`SEGMENT_IDS` order): origin at its proximal joint, +Y along it. */
  readonly segments: readonly Matrix4[];
  readonly contact: ContactFrame;
  readonly secondary: ContactFrame | null;
  /** Unit hand-local direction that `placeHand` lays along the aim direction. */
  readonly pointing: Vector3;
  /** Unit hand-local direction from the wrist toward the elbow, before any wrist deviation. */
  readonly forearm: Vector3;
}

const X = new Vector3(1, 0, 0);
const Y = new Vector3(0, 1, 0);
const Z = new Vector3(0, 0, 1);
const rotX = (deg: number) => new Matrix4().makeRotationAxis(X, rad(deg));
const rotY = (deg: number) => new Matrix4().makeRotationAxis(Y, rad(deg));
const rotZ = (deg: number) => new Matrix4().makeRotationAxis(Z, rad(deg));
const along = (length: number) => new Matrix4().makeTranslation(0, length, 0);
const at = (p: readonly [number, number, number]) => new Matrix4().makeTranslation(p[0], p[1], p[2]);
const chain = (...ms: Matrix4[]): Matrix4 => ms.reduce((acc, m) => acc.multiply(m), new Matrix4());

/** The frame from the wrist toward the elbow: +Y up the forearm, +Z kept on the palm side, origin at `origin`. */
export function forearmFrame(direction: Vector3, palmar: Vector3, origin: Vector3, out = new Matrix4()): Matrix4 {
  const y = direction;
  const z = FRAME_Z.copy(palmar).addScaledVector(y, -palmar.dot(y)).normalize();
  const x = FRAME_X.crossVectors(y, z);
  return out.makeBasis(x, y, z).setPosition(origin);
}
const FRAME_Z = new Vector3();
const FRAME_X = new Vector3();

function rightHandSegments(pose: HandPose): Matrix4[] {
  const frames: Matrix4[] = Array.from({ length: SEGMENT_COUNT }, () => new Matrix4());
  const e = rad(pose.wristExtension);
  const forearm = new Vector3(0, -Math.cos(e), -Math.sin(e));
  forearmFrame(forearm, Z, new Vector3(0, 0, -HAND.forearm.dorsal), frames[segmentIndex('forearm')]);

  const t = HAND.thumb;
  const th = pose.thumb;
  const thumb0 = chain(at(t.cmc), rotZ(-th.radial), rotX(th.palmar), rotY(th.roll));
  const thumb1 = chain(thumb0.clone(), along(t.bones[0].length), rotX(th.mcp));
  const thumb2 = chain(thumb1.clone(), along(t.bones[1].length), rotX(th.ip));
  frames[boneIndex('thumb', 0)]!.copy(thumb0);
  frames[boneIndex('thumb', 1)]!.copy(thumb1);
  frames[boneIndex('thumb', 2)]!.copy(thumb2);

  for (const f of FINGERS) {
    const size = HAND.fingers[f];
    const flex = pose.fingers[f];
    const [p0, p1] = size.phalanges;
    const f0 = chain(at(size.mcp), rotZ(-(size.splay + (flex.spread ?? 0))), rotX(flex.mcp));
    const f1 = chain(f0.clone(), along(p0.length), rotX(flex.pip));
    const f2 = chain(f1.clone(), along(p1.length), rotX(flex.dip));
    frames[boneIndex(f, 0)]!.copy(f0);
    frames[boneIndex(f, 1)]!.copy(f1);
    frames[boneIndex(f, 2)]!.copy(f2);
  }

  // Nails ride on the back (-Z) of each distal bone, a little short of the tip.
  const n = HAND.nail;
  for (const digit of ['thumb', ...FINGERS] as const satisfies readonly DigitId[]) {
    const distal = boneIndex(digit, 2);
    const shape = SEGMENT_SHAPES[distal]!;
    const y = shape.length - n.fromTip;
    const r = shape.r0 + ((shape.r1 - shape.r0) * y) / shape.length;
    frames[nailIndex(digit)]!.copy(frames[distal]!).multiply(new Matrix4().makeTranslation(0, y, -(r - n.sink)));
  }
  return frames;
}

/**
 * A point on the surface of segment `index` at fraction `t` of its axis, on its pad or back,
 * turned `towardTip` degrees from there toward the segment's far end.
 */
function segmentSurface(frames: readonly Matrix4[], index: number, t: number, face: 'pad' | 'back', towardTip: number): ContactFrame {
  const s = SEGMENT_SHAPES[index]!;
  const side = face === 'pad' ? 1 : -1;
  const r = s.r0 + (s.r1 - s.r0) * t;
  // The round cone's side leans toward its thin end by asin((r0 - r1) / length); past that the
  // surface is the end sphere's, whose normal can turn all the way to the tip.
  const lean = Math.asin((s.r0 - s.r1) / s.length);
  const angle = Math.max(lean, rad(towardTip));
  const localNormal = new Vector3(0, Math.sin(angle), side * Math.cos(angle));
  const localPoint = new Vector3(0, t * s.length, 0).addScaledVector(localNormal, r).multiply(new Vector3(1, 1, s.depthScale));
  const m = frames[index]!;
  return {
    point: localPoint.applyMatrix4(m),
    normal: localNormal.transformDirection(m),
  };
}

function contactOf(spec: ContactSpec, frames: readonly Matrix4[]): ContactFrame {
  if (spec.on === 'palm') {
    // A flat skin touches the envelope of the face (its eminences), square to the palm plane.
    const [x, y] = spec.at ?? PALM_CENTRE;
    const sign = spec.face === 'palmar' ? 1 : -1;
    const point = new Vector3(x, y, sign * (palmEnvelope(spec.face, x, y) + (spec.standoff ?? 0)));
    // Rolled onto the little-finger side (-X of a right hand): the normal leans that way.
    const roll = rad(spec.roll ?? 0);
    return { point, normal: new Vector3(-Math.sin(roll), 0, sign * Math.cos(roll)) };
  }
  const points = spec.segments.map((id) => segmentSurface(frames, segmentIndex(id), spec.along, spec.face, spec.towardTip ?? 0));
  const normal = points.reduce((acc, p) => acc.add(p.normal), new Vector3()).normalize();
  const mean = points.reduce((acc, p) => acc.add(p.point), new Vector3()).divideScalar(points.length);
  // Touch at the point that stands out furthest along the shared normal.
  const reach = Math.max(...points.map((p) => p.point.clone().sub(mean).dot(normal)));
  const point = mean.addScaledVector(normal, reach);
  if (!spec.lean) return { point, normal };
  // Lean: the normal turns toward the palm's, and the touching point rolls round the digit with it.
  const s = SEGMENT_SHAPES[segmentIndex(spec.segments[0]!)]!;
  const r = s.r0 + (s.r1 - s.r0) * spec.along;
  const axis = new Vector3().crossVectors(normal, Z);
  const angle = Math.min(rad(spec.lean), normal.angleTo(Z));
  if (axis.lengthSq() < 1e-12 || angle <= 0) return { point, normal };
  const leaned = normal.clone().applyAxisAngle(axis.normalize(), angle);
  return { point: point.addScaledVector(leaned.clone().sub(normal), r), normal: leaned };
}

const MIRROR = new Matrix4().makeScale(-1, 1, 1);
const mirrorFrame = (m: Matrix4): Matrix4 => new Matrix4().multiplyMatrices(MIRROR, m).multiply(MIRROR);
const mirrorVector = (v: Vector3): Vector3 => new Vector3(-v.x, v.y, v.z);
const mirrorContact = (c: ContactFrame): ContactFrame => ({ point: mirrorVector(c.point), normal: mirrorVector(c.normal) });

/** Forward kinematics of `pose` for one hand, in the hand-local frame. Not cached: see `posedHand`. */
export function solvePose(pose: HandPose, side: HandSide = 'right'): PosedHand {
  const frames = rightHandSegments(pose);
  const contact = contactOf(pose.contact, frames);
  const secondary = pose.secondaryContact ? contactOf(pose.secondaryContact, frames) : null;
  const pointing =
    pose.pointing === 'fingers'
      ? new Vector3(0, 1, 0)
      : pose.pointing === 'dorsum'
        ? new Vector3(0, 0, -1)
        : pose.pointing === 'ulnar'
          ? new Vector3(-1, 0, 0)
          : new Vector3().setFromMatrixColumn(frames[boneIndex('thumb', 2)]!, 1).normalize();
  // Positive turns toward the thumb (+X): about -Z, as seen from the back of a right hand.
  if (pose.pointingTurn) pointing.applyAxisAngle(Z, -rad(pose.pointingTurn));
  const forearm = new Vector3().setFromMatrixColumn(frames[segmentIndex('forearm')]!, 1).normalize();
  if (side === 'right') return { side, pose, segments: frames, contact, secondary, pointing, forearm };
  return {
    side,
    pose,
    segments: frames.map(mirrorFrame),
    contact: mirrorContact(contact),
    secondary: secondary ? mirrorContact(secondary) : null,
    pointing: mirrorVector(pointing),
    forearm: mirrorVector(forearm),
  };
}

/**
 * A finger's extra flexion is shared among its joints as in a natural curl: the knuckle and the
 * middle joint alike, the end joint following the middle one by about two thirds.
 */
const CURL_SHARE = [1, 1, 2 / 3] as const;

/** A finger's chain in a posed hand: each bone's frame relative to the one before, and the nail's to the end bone. */
type FingerChain = readonly [Matrix4, Matrix4, Matrix4];
const chains = new WeakMap<PosedHand, readonly FingerChain[]>();

function fingerChains(posed: PosedHand): readonly FingerChain[] {
  let hit = chains.get(posed);
  if (!hit) {
    const relative = (from: number, to: number) => posed.segments[from]!.clone().invert().multiply(posed.segments[to]!);
    hit = FINGERS.map((f) => [relative(boneIndex(f, 0), boneIndex(f, 1)), relative(boneIndex(f, 1), boneIndex(f, 2)), relative(boneIndex(f, 2), nailIndex(f))] as const);
    chains.set(posed, hit);
  }
  return hit;
}
const curlTurn = new Matrix4();

/**
 * Hand-local frames of finger `finger` (index into `FINGERS`) with `extra` radians more flexion
 * than its pose gives it (negative opens it), written into `out`: its three bones, then its nail.
 * Flexion turns about each bone's own +X, which mirroring leaves alone, so one rule serves both hands.
 */
export function curledFinger(posed: PosedHand, finger: number, extra: number, out: readonly [Matrix4, Matrix4, Matrix4, Matrix4]): void {
  const [toMiddle, toEnd, toNail] = fingerChains(posed)[finger]!;
  out[0].multiplyMatrices(posed.segments[boneIndex(FINGERS[finger]!, 0)]!, curlTurn.makeRotationX(extra * CURL_SHARE[0]));
  out[1].multiplyMatrices(out[0], toMiddle).multiply(curlTurn.makeRotationX(extra * CURL_SHARE[1]));
  out[2].multiplyMatrices(out[1], toEnd).multiply(curlTurn.makeRotationX(extra * CURL_SHARE[2]));
  out[3].multiplyMatrices(out[2], toNail);
}

const _thumbTurn = new Matrix4();
const _toBase = new Matrix4();
const _fromBase = new Matrix4();

/**
 * Hand-local frames of the thumb turned `extra` radians toward the palm's side about the hand's
 * length (the +Y axis) through its base joint, written into `out`: its three bones, then its nail.
 * A thumb spread out beside the hand (the nape grip's "L") swings down toward what the palm
 * holds, closing the grip; mirrored for a left hand, so positive closes either.
 */
export function opposedThumb(posed: PosedHand, extra: number, out: readonly [Matrix4, Matrix4, Matrix4, Matrix4]): void {
  const base = posed.segments[boneIndex('thumb', 0)]!;
  _toBase.makeTranslation(-base.elements[12]!, -base.elements[13]!, -base.elements[14]!);
  _fromBase.makeTranslation(base.elements[12]!, base.elements[13]!, base.elements[14]!);
  // A right thumb lies toward +X: turning it about +Y by a negative angle raises it toward +Z, the palm's side.
  _thumbTurn.makeRotationY(posed.side === 'right' ? -extra : extra).premultiply(_fromBase).multiply(_toBase);
  for (let j = 0; j < 3; j++) out[j]!.multiplyMatrices(_thumbTurn, posed.segments[boneIndex('thumb', j as 0 | 1 | 2)]!);
  out[3].multiplyMatrices(_thumbTurn, posed.segments[nailIndex('thumb')]!);
}

const cache = new Map<string, PosedHand>();

/** Forward kinematics of a library pose, computed once per side and pose and then shared. */
export function posedHand(pose: PoseId, side: HandSide): PosedHand {
  const key = `${side}:${pose}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = solvePose(HAND_POSES[pose], side);
    cache.set(key, hit);
  }
  return hit;
}

/** Hand-local position of segment `index`'s distal end (a fingertip's tip-sphere centre for distal bones). */
export function segmentEnd(hand: PosedHand, index: number, out = new Vector3()): Vector3 {
  return out.set(0, SEGMENT_SHAPES[index]!.length, 0).applyMatrix4(hand.segments[index]!);
}

