/**
 * The mother's body as signed-distance programs, built from the landmark table.
 *
 * Every shape is placed from named landmarks (`LANDMARKS`), the spine curve (`spineAt`), the
 * trunk axes (`TRUNK_UP`, `TRUNK_BACK`), the scapula frame and `REFERENCE`; every size or offset
 * the landmark table does not give comes from `BODY_PROPORTIONS` (`P`). The body is authored on
 * its left side (x <= 0) and evaluated with x folded to -|x|, so it is exactly symmetric.
 *
 * Two programs:
 * - SKIN: back, neck, head with ears and hair bun, shoulders, arms folded on the table, and the
 *   sarong's rolled waistband; it ends just under the waistband. Regions: skin, hair, cloth.
 * - CLOTH: the rest of the sarong, over the hips and legs down to the floor: a separate, coarser
 *   mesh whose top edge tucks in under the waistband.
 *
 * The spine groove, the nuchal furrow, the supraclavicular fossa and the bowl of the ear are smooth
 * displacements (no carving tools); the sarong's waistband is a shell over the body.
 *
 * Then a landmark fit: small smooth local displacements (a few millimetres, solved as a linear
 * system) so the skin passes exactly through the landmark table's skin points that the massage
 * depends on. The shapes alone already pass within about 4 mm of them (see the tests).
 */
import { P } from '../bodyProportions';
import { LANDMARKS } from '../landmarks';
import type { LandmarkId } from '../landmarkIds';
import { REFERENCE } from '../reference';
import { smoothstep } from '../scalar';
import { SCAPULA_OUTLINE, leftScapulaFrame, rotateUpward } from '../scapulaFrame';
import { HIP_PIVOT, TRUNK_BACK, TRUNK_UP, arcLengthOf, spineAt } from '../spine';
import { add, cross, length, lerp, normalize, scale, sub, type Vec3 } from '../vec';
import { SdfProgram, bump, type DisplaceStep, type ShellStep, type Step } from './program';
import {
  axesFromUpBack,
  capsule,
  chain,
  clipped,
  ellipsoid,
  halfSpace,
  inflated,
  plate,
  roundCone,
  scaled,
  sphere,
  type Axes,
  type Shape,
} from './sdf';

/** Material regions carried per vertex. */
export const REGION = { skin: 0, hair: 1, cloth: 2 } as const;
export type RegionId = (typeof REGION)[keyof typeof REGION];
export const REGION_COUNT = 3;

const L = LANDMARKS;
const OUT: Vec3 = [-1, 0, 0]; // the left side's outward direction
const X: Vec3 = [1, 0, 0];
const UP: Vec3 = [0, 1, 0];
/** The seat is the origin of heights: `REFERENCE.c7HeightSeated` is measured from it. */
const SEAT_Y = 0;

const union = (name: string, shape: Shape, blend: number, region: number = REGION.skin): Step => ({
  kind: 'union',
  shape,
  blend,
  region,
  name,
});
/** Moves the skin by `amount` (negative: inward) along `shape` (a point or a line), fading out over `radius`. */
const displace = (name: string, shape: Shape, radius: number, amount: number): DisplaceStep => ({ kind: 'displace', shape, radius, amount, name });
const intersect = (name: string, shape: Shape, blend: number): Step => ({ kind: 'intersect', shape, blend, region: REGION.skin, name });

/** An ellipsoid hung on the spine at arc length `s`: its back `proud` metres behind the skin line. */
function trunkEllipsoid(s: number, halfBreadth: number, halfHeight: number, halfDepth: number, proud: number): Shape {
  const at = spineAt(s);
  const centre = add(at.point, scale(at.back, proud - halfDepth));
  return ellipsoid(centre, axesFromUpBack(at.up, at.back), [halfBreadth, halfHeight, halfDepth]);
}

/** Arc lengths from `from` to `to` in about `step` pieces (both ends included). */
function stations(from: number, to: number, step: number): number[] {
  const n = Math.max(1, Math.round((to - from) / step));
  return Array.from({ length: n + 1 }, (_, i) => from + ((to - from) * i) / n);
}

// ---------------------------------------------------------------------------------------------
// Trunk and back.

const S_T12 = arcLengthOf('T12');
const S_WAIST = REFERENCE.waistBackLength.value;

function trunk(): Step[] {
  const k = P.trunkBlend;
  const kb = P.backBlend;
  return [
    union('back', trunkEllipsoid(P.backLevel, P.backHalfBreadth, P.backHalfHeight, P.backHalfDepth, P.backProud), kb),
    union('lower back', trunkEllipsoid(P.lowerBackLevel, P.lowerBackHalfBreadth, P.lowerBackHalfHeight, P.lowerBackHalfDepth, P.lowerBackProud), kb),
    union('thorax', trunkEllipsoid(P.thoraxLevel, P.thoraxHalfBreadth, P.thoraxHalfHeight, P.thoraxHalfDepth, P.thoraxBackProud), kb),
    union('upper chest', trunkEllipsoid(P.upperChestLevel, P.upperChestHalfBreadth, P.upperChestHalfHeight, P.upperChestHalfDepth, P.upperChestBackProud), kb),
    union('abdomen', trunkEllipsoid(P.abdomenLevel, P.abdomenHalfBreadth, P.abdomenHalfHeight, P.abdomenHalfDepth, P.abdomenBackProud), k),
    union('pelvis', trunkEllipsoid(P.pelvisLevel, P.pelvisHalfBreadth, P.pelvisHalfHeight, P.pelvisHalfDepth, P.pelvisBackProud), k),
  ];
}

/** Erector spinae: a column each side of the spine, thick in the lumbar region, fading upward. */
function erectors(): Step[] {
  const stops = stations(P.erectorTopLevel, S_WAIST + P.skinBelowWaist, P.erectorSegment);
  const centre = (s: number) => {
    const lumbar = smoothstep(arcLengthOf('T6'), S_T12, s);
    const r = P.erectorRadiusThoracic + (P.erectorRadiusLumbar - P.erectorRadiusThoracic) * lumbar;
    const proud = P.erectorProudThoracic + (P.erectorProudLumbar - P.erectorProudThoracic) * lumbar;
    const at = spineAt(s);
    return { r, c: add(add(at.point, scale(OUT, P.erectorOffset)), scale(at.back, proud - r)) };
  };
  const parts: Shape[] = [];
  for (let i = 1; i < stops.length; i++) {
    const a = centre(stops[i - 1]!);
    const b = centre(stops[i]!);
    parts.push(roundCone(a.c, b.c, a.r, b.r));
  }
  return [union('erector spinae', chain(parts), P.erectorBlend)];
}

/** The groove over the spinous processes: the skin sinks along the spine's skin line. */
function spineGroove(): Step[] {
  const stops = stations(P.grooveStart, S_WAIST + P.skinBelowWaist, P.grooveSegment);
  const parts: Shape[] = [];
  for (let i = 1; i < stops.length; i++) parts.push(capsule(spineAt(stops[i - 1]!).point, spineAt(stops[i]!).point, 0));
  return [displace('spine groove', chain(parts), P.grooveHalfWidth, -P.grooveDepth)];
}

// ---------------------------------------------------------------------------------------------
// Neck.

const C1 = spineAt(arcLengthOf('C1'));

function neck(): Step[] {
  const base = spineAt(P.neckBaseLevel);
  const a = add(base.point, scale(base.back, -(P.neckHalfDepth + P.neckBaseInset)));
  const b = add(C1.point, scale(C1.back, -P.neckHalfDepth));
  const axis = sub(b, a);
  const len = length(axis);
  const axes = axesFromUpBack(axis, lerp(base.back, C1.back, 0.5));
  const inner = roundCone([0, 0, 0], [0, len, 0], P.neckHalfDepth, P.neckTopHalfDepth);
  const c7 = spineAt(0);
  return [
    union('neck', scaled(inner, a, axes, [P.neckWidthFactor, 1, 1]), P.neckBlend),
    union('vertebra prominens', sphere(add(c7.point, scale(c7.back, -P.prominensRadius - P.prominensSink)), P.prominensRadius), P.prominensBlend),
  ];
}

/** The shallow furrow down the back of the neck, between the two columns of neck muscle. */
function nuchalFurrow(): Step[] {
  const stops = stations(arcLengthOf('C2'), arcLengthOf('C6'), P.grooveSegment);
  const parts: Shape[] = [];
  for (let i = 1; i < stops.length; i++) parts.push(capsule(spineAt(stops[i - 1]!).point, spineAt(stops[i]!).point, 0));
  return [displace('nuchal furrow', chain(parts), P.furrowHalfWidth, -P.furrowDepth)];
}

// ---------------------------------------------------------------------------------------------
// Shoulder girdle and arms (left side).

const ACROMION = L['L.scapula.acromion'];
const GLENOID = L['L.scapula.glenoid'];
const HUMERAL_HEAD = add(GLENOID.bone, scale(OUT, P.humeralHeadLateral));
/** The forearms and hands rest at this height, on the pillow. */
const ARM_REST_Y = SEAT_Y + P.armRestAboveSeat;
/** The table top: under the pillow. */
const TABLE_TOP_Y = ARM_REST_Y - P.pillowThickness;

/** Point `length` from `from`, at the given x and y, toward -z (forward). */
function reachForward(from: Vec3, length: number, x: number, y: number): Vec3 {
  const dx = x - from[0];
  const dy = y - from[1];
  const dz2 = length * length - dx * dx - dy * dy;
  if (dz2 <= 0) throw new RangeError('bodySdf: the arm cannot reach the table at that spread');
  return [x, y, from[2] - Math.sqrt(dz2)];
}

/** Where the arms rest: elbow, wrist and fingertips of the left arm on the pillow. */
export const ARM_POSE = (() => {
  const elbow = reachForward(HUMERAL_HEAD, P.upperArmLength, -P.elbowHalfSpan, ARM_REST_Y + P.upperArmRadiusElbow);
  const wrist = reachForward(elbow, P.forearmLength, -P.wristHalfSpan, ARM_REST_Y + P.forearmRadiusWrist);
  const fingertips = reachForward(wrist, P.handLength, -P.fingertipHalfSpan, ARM_REST_Y + P.fingerRadiusTip);
  return { humeralHead: HUMERAL_HEAD, elbow, wrist, fingertips };
})();

function scapula(): Step[] {
  const f = leftScapulaFrame();
  const axes: Axes = { x: f.lateral, y: f.up, z: f.back };
  const o = SCAPULA_OUTLINE;
  // Outline of the blade in its plane (after the upward rotation), round the medial border.
  const polygon = [
    rotateUpward(o.superiorAngle),
    rotateUpward([P.scapulaUpperLateralU, P.scapulaUpperLateralV]),
    rotateUpward(o.glenoid),
    rotateUpward(o.inferiorAngle),
    rotateUpward([0, 0]),
  ];
  // The pad's outer face lies on the landmark table's skin over the blade.
  const origin = add(f.origin, scale(f.back, REFERENCE.skinOverScapula.value - P.scapulaPadRadius - P.scapulaPadSink));
  return [union('scapula', plate(origin, axes, polygon, P.scapulaPadRadius), P.scapulaBlend)];
}

function shoulder(): Step[] {
  const neckAt = spineAt(P.trapeziusNeckLevel);
  const trapNeck = add(add(neckAt.point, scale(neckAt.back, -P.trapeziusNeckInset)), scale(OUT, P.trapeziusNeckOffset));
  const trapEnd = add(add(ACROMION.skin, scale(TRUNK_UP, -P.trapeziusEndInset)), scale(OUT, -P.trapeziusEndMedial));
  const armDir = normalize(sub(ARM_POSE.elbow, HUMERAL_HEAD));
  const deltoidCentre = add(add(ACROMION.bone, scale(OUT, P.deltoidLateral)), scale(armDir, P.deltoidDrop));
  const clavicle = capsule(L['L.clavicle.medialEnd'].bone, L['L.clavicle.lateralEnd'].bone, P.clavicleRadius);
  const mastoid = L['L.mastoid'];
  const scmTop = add(mastoid.bone, scale(C1.up, -P.sternomastoidTopDrop));
  const scm = roundCone(scmTop, L['L.clavicle.medialEnd'].bone, P.sternomastoidTopRadius, P.sternomastoidRadius);
  const latAt = spineAt(P.latissimusLevel);
  const latStart = add(add(latAt.point, scale(OUT, P.latissimusOffset)), scale(latAt.back, -P.latissimusDepth));
  const armUpper = lerp(HUMERAL_HEAD, ARM_POSE.elbow, P.axillaryFoldsReach);
  const pecStart = add(L['L.clavicle.medialEnd'].bone, scale(TRUNK_UP, -P.pectoralDrop));
  const bustAt = spineAt(P.bustLevel);
  const bustCentre = add(add(bustAt.point, scale(bustAt.back, -P.bustForward)), scale(OUT, P.bustOffset));
  return [
    union('upper trapezius', roundCone(trapNeck, trapEnd, P.trapeziusNeckRadius, P.trapeziusEndRadius), P.trapeziusBlend),
    union('deltoid', ellipsoid(deltoidCentre, axesFromUpBack(armDir, TRUNK_BACK), [P.deltoidRadiusLateral, P.deltoidRadiusAlong, P.deltoidRadiusFront]), P.deltoidBlend),
    union('clavicle', clavicle, P.clavicleBlend),
    union('sternocleidomastoid', scm, P.sternomastoidBlend),
    union('latissimus', capsule(latStart, armUpper, P.latissimusRadius), P.latissimusBlend),
    union('pectoral', capsule(pecStart, armUpper, P.pectoralRadius), P.latissimusBlend),
    union('bust', ellipsoid(bustCentre, axesFromUpBack(bustAt.up, bustAt.back), [P.bustHalfBreadth, P.bustHalfHeight, P.bustHalfDepth]), P.bustBlend),
  ];
}

/** The hollow above the collarbone, sunk round the fossa landmark. */
function fossa(): Step[] {
  return [displace('supraclavicular fossa', sphere(L['L.supraclavicularFossa'].skin, 0), P.fossaRadius, -P.fossaDepth)];
}

/**
 * A resting hand, palm down on the pillow, as a clean mannequin's: a mitten (a flat tube tapering
 * from the heel of the palm to the fingertips) and a thumb along its inner side.
 */
function hand(wrist: Vec3, fingertips: Vec3): Step[] {
  const along = normalize(sub([fingertips[0], wrist[1], fingertips[2]], wrist));
  // Seen from above, the left hand's thumb lies to the right of its fingers.
  const thumbSide = normalize(cross(along, UP));
  const onPillow = (forward: number, side: number, height: number): Vec3 => {
    const p = add(add(wrist, scale(along, forward)), scale(thumbSide, side));
    return [p[0], ARM_REST_Y + height, p[2]];
  };
  const heel = onPillow(P.palmStart, 0, P.palmHalfThickness);
  const tip = onPillow(P.handLength - P.fingerRadiusTip * P.mittenWiden, 0, P.fingerRadiusTip);
  const axis = sub(tip, heel);
  const mitten = scaled(roundCone([0, 0, 0], [0, length(axis), 0], P.palmHalfThickness, P.fingerRadiusTip), heel, axesFromUpBack(axis, UP), [
    P.mittenWiden,
    1,
    1,
  ]);
  const thumb = roundCone(
    onPillow(P.thumbBase, P.handHalfWidth * P.thumbBaseSide, P.thumbRadius * P.thumbBaseLift),
    onPillow(P.thumbTip, P.handHalfWidth * P.thumbTipSide, P.thumbRadius),
    P.thumbRadius * P.thumbBaseLift,
    P.thumbRadius,
  );
  return [union('hand', mitten, P.handBlend), union('thumb', thumb, P.thumbBlend)];
}

function arms(): Step[] {
  const { elbow, wrist, fingertips } = ARM_POSE;
  const k = P.armBlend;
  return [
    union('upper arm', roundCone(add(HUMERAL_HEAD, scale(normalize(sub(elbow, HUMERAL_HEAD)), P.upperArmStartDrop)), elbow, P.upperArmRadiusTop, P.upperArmRadiusElbow), k),
    union('forearm', roundCone(elbow, wrist, P.upperArmRadiusElbow, P.forearmRadiusWrist), k),
    ...hand(wrist, fingertips),
  ];
}

// ---------------------------------------------------------------------------------------------
// Head: a frame from the top of the neck, origin between the ear canals.

const HEAD_AXES = axesFromUpBack(C1.up, C1.back);
const TRAGION = L['L.tragion'];
const HEAD_ORIGIN: Vec3 = [0, TRAGION.bone[1], TRAGION.bone[2]];
/** A point `up` along the head, `back` behind the ear canals, `x` toward +x. */
const headPoint = (up: number, back: number, x = 0): Vec3 =>
  add(add(add(HEAD_ORIGIN, scale(HEAD_AXES.y, up)), scale(HEAD_AXES.z, back)), scale(X, x));

function head(): Step[] {
  const k = P.headBlend;
  const skullCentre = headPoint(P.skullUp, P.skullBack);
  const jawAngle = headPoint(P.jawAngleUp, P.jawAngleBack, -P.jawAngleHalfSpan);
  const jawFront = headPoint(P.chinUp, P.chinBack, -P.jawFrontHalfSpan);
  return [
    union('skull', ellipsoid(skullCentre, HEAD_AXES, [P.skullHalfBreadth, P.skullHalfHeight, P.skullHalfLength]), P.neckHeadBlend),
    union('face', ellipsoid(headPoint(P.faceUp, P.faceBack), HEAD_AXES, [P.faceHalfBreadth, P.faceHalfHeight, P.faceHalfDepth]), k),
    union('brow', ellipsoid(headPoint(P.browUp, P.browBack), HEAD_AXES, [P.browHalfBreadth, P.browHalfHeight, P.browHalfDepth]), k),
    union('jaw', capsule(jawAngle, jawFront, P.jawRadius), k),
    union('chin', sphere(headPoint(P.chinUp, P.chinBack), P.chinRadius), k),
    union('nose', ellipsoid(headPoint(P.noseUp, P.noseBack), HEAD_AXES, [P.noseHalfWidth, P.noseHalfLength, P.noseHalfDepth]), P.noseBlend),
  ];
}

/** The ear: a flat oval, its back edge flared away from the head, with a shallow bowl. */
function ears(): { add: Step[]; carve: Step[] } {
  const tilt = P.earTilt;
  const up = add(scale(HEAD_AXES.y, Math.cos(tilt)), scale(HEAD_AXES.z, Math.sin(tilt)));
  const back0 = add(scale(HEAD_AXES.y, -Math.sin(tilt)), scale(HEAD_AXES.z, Math.cos(tilt)));
  const flare = P.earFlare;
  const across = normalize(add(scale(X, Math.cos(flare)), scale(back0, Math.sin(flare))));
  const back = normalize(add(scale(back0, Math.cos(flare)), scale(OUT, Math.sin(flare))));
  const base = headPoint(P.earUp, P.earBack);
  const centre: Vec3 = [TRAGION.skin[0] - P.earOut, base[1], base[2]];
  const bowl = add(add(centre, scale(across, -P.earHalfThickness)), scale(back, -P.conchaForward));
  return {
    add: [union('ear', ellipsoid(centre, { x: across, y: up, z: back }, [P.earHalfThickness, P.earHalfHeight, P.earHalfWidth]), P.earBlend)],
    carve: [displace('concha', sphere(bowl, 0), P.conchaRadius, -P.conchaDepth)],
  };
}

/**
 * Hair drawn back tight into a bun: a thin cap over the skull whose edge runs across the forehead,
 * over the ears and down behind them to the nape. Two cuts of the same cap, joined.
 */
function hair(): Step[] {
  const skullCentre = headPoint(P.skullUp, P.skullBack);
  const cap = ellipsoid(skullCentre, HEAD_AXES, [
    P.skullHalfBreadth + P.hairThickness,
    P.skullHalfHeight + P.hairThickness,
    P.skullHalfLength + P.hairThickness,
  ]);
  // Over the forehead and the ears: a plane rising toward the face.
  const overEar = headPoint(P.hairlineSideUp, 0);
  const forehead = headPoint(P.hairlineFrontUp, P.hairlineFrontBack);
  const belowCrown = normalize(cross(X, sub(overEar, forehead)));
  // Behind the ears, down to the nape.
  const behindEar = halfSpace(headPoint(0, P.hairlineBehindEar), scale(HEAD_AXES.z, -1));
  const aboveNape = halfSpace(headPoint(P.hairlineNapeUp, 0), scale(HEAD_AXES.y, -1));
  const bunCentre = headPoint(P.bunUp, P.bunBack);
  const bunAxis = normalize(sub(bunCentre, skullCentre));
  return [
    union('hair', clipped(cap, halfSpace(overEar, belowCrown), P.hairBlend), P.hairBlend, REGION.hair),
    union('hair at the nape', clipped(clipped(cap, behindEar, P.hairBlend), aboveNape, P.hairBlend), 0, REGION.hair),
    union(
      'bun',
      ellipsoid(bunCentre, axesFromUpBack(bunAxis, X), [P.bunRadius, P.bunRadius * P.bunFlatten, P.bunRadius]),
      P.bunBlend,
      REGION.hair,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Programs.

/** The plane the sarong's top edge lies in: through `waistBack`, square to the trunk. */
export const WAIST_PLANE = { point: L.waistBack.skin, normal: TRUNK_UP } as const;

function rawSkinSteps(): Step[] {
  const e = ears();
  const bottom = sub(WAIST_PLANE.point, scale(WAIST_PLANE.normal, P.skinBelowWaist));
  return [
    ...trunk(),
    ...erectors(),
    ...neck(),
    ...scapula(),
    ...shoulder(),
    ...arms(),
    ...head(),
    ...e.add,
    ...hair(),
    ...spineGroove(),
    ...nuchalFurrow(),
    ...fossa(),
    ...e.carve,
    waistband(),
    intersect('end under the sarong', halfSpace(bottom, scale(WAIST_PLANE.normal, -1)), P.skinEndBlend),
  ];
}

/**
 * The folded top of the sarong, part of the skin mesh so its edge is as smooth as the skin: the
 * body's own surface grown outward in a band just below the waist plane. The rest of the sarong
 * (a coarser mesh) tucks in under it.
 */
function waistband(): ShellStep {
  const top = WAIST_PLANE.point;
  const bottom = sub(top, scale(WAIST_PLANE.normal, P.waistbandHeight));
  const band = clipped(halfSpace(top, WAIST_PLANE.normal), halfSpace(bottom, scale(WAIST_PLANE.normal, -1)), 0);
  return {
    kind: 'shell',
    shape: band,
    thickness: P.clothThickness + P.waistbandThickness,
    blend: P.waistbandRound,
    join: P.waistbandJoin,
    region: REGION.cloth,
    name: 'sarong waistband',
  };
}

/** Landmarks the skin must pass through (within 4 mm; the fossa and shoulder top within 8 mm). */
export const FIT_LANDMARKS = {
  tight: [
    'C7',
    'T1',
    'T2',
    'T3',
    'T4',
    'T5',
    'T6',
    'T7',
    'T8',
    'T9',
    'T10',
    'L.scapula.superiorAngle',
    'L.scapula.inferiorAngle',
    'L.scapula.spineRoot',
    'L.scapula.dialCentre',
    'L.scapula.acromion',
    'L.mastoid',
    'occiput',
  ],
  loose: ['L.supraclavicularFossa', 'L.shoulderTop'],
} as const satisfies Record<string, readonly LandmarkId[]>;

/** Reach of each landmark-fit bump [EST: wide enough to stay gentle, narrow enough to stay local]. */
export const FIT_RADIUS = 0.045;
/**
 * A bump off the midline must not reach across it (the body is mirrored there, and a bump that
 * crossed would leave a crease), so its reach is capped at this fraction of its distance from it.
 */
const FIT_MIDLINE_CLEARANCE = 0.9;

/** A landmark-fit bump: the skin moves `amount` outward at `centre`, fading out over `radius`. */
export interface FitBump {
  readonly centre: Vec3;
  readonly radius: number;
  readonly amount: number;
}

/**
 * Solves for bump amounts so the program is zero at every fit landmark: A c = v with
 * A_ij = w(|L_i - L_j| / radius_j), v_i the raw distance at landmark i.
 */
function fitBumps(raw: SdfProgram, targets: readonly Vec3[], reach: number): FitBump[] {
  const n = targets.length;
  const radius = targets.map((t) => (t[0] === 0 ? reach : Math.min(reach, FIT_MIDLINE_CLEARANCE * Math.abs(t[0]))));
  // A_ij: the bump of landmark j, seen at landmark i.
  const a = targets.map((ti) => targets.map((tj, j) => bump(length(sub(ti, tj)) / radius[j]!)));
  const v = targets.map((t) => raw.distance(t[0], t[1], t[2]));
  // Gaussian elimination with partial pivoting (n is small).
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    [v[c], v[pivot]] = [v[pivot]!, v[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = a[r]![c]! / a[c]![c]!;
      for (let k = c; k < n; k++) a[r]![k] = a[r]![k]! - f * a[c]![k]!;
      v[r] = v[r]! - f * v[c]!;
    }
  }
  const amount = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = v[r]!;
    for (let k = r + 1; k < n; k++) s -= a[r]![k]! * amount[k]!;
    amount[r] = s / a[r]![r]!;
  }
  return targets.map((centre, i) => ({ centre, radius: radius[i]!, amount: amount[i]! }));
}

const FIT_IDS: readonly LandmarkId[] = [...FIT_LANDMARKS.tight, ...FIT_LANDMARKS.loose];

/** The skin before the landmark fit (shapes only): for reports and tests. */
export const RAW_SKIN_PROGRAM = new SdfProgram(rawSkinSteps());

/** Bumps that pull the skin onto the fit landmarks; their amounts are part of the report. */
export const SKIN_FIT_BUMPS: readonly FitBump[] = fitBumps(
  RAW_SKIN_PROGRAM,
  FIT_IDS.map((id) => L[id].skin),
  FIT_RADIUS,
);

/** The skin: back, neck, head, shoulders and arms, fitted to the landmarks. */
export const SKIN_PROGRAM = new SdfProgram([
  ...rawSkinSteps(),
  ...SKIN_FIT_BUMPS.map((b, i) => displace(`fit ${FIT_IDS[i]}`, sphere(b.centre, 0), b.radius, b.amount)),
]);

// ---------------------------------------------------------------------------------------------
// The sarong and the legs under it.

export const FLOOR_Y = SEAT_Y - P.seatAboveFloor;

function clothSteps(): Step[] {
  const t = P.clothThickness;
  const k = P.clothBlend;
  const hip: Vec3 = [-P.hipJointOffset, SEAT_Y + P.hipJointUp, HIP_PIVOT[2]];
  const knee: Vec3 = [-P.kneeOffset, hip[1], hip[2] - P.thighLength];
  const ankle: Vec3 = [-P.kneeOffset, FLOOR_Y + P.ankleRadius, knee[2] + P.shinSlant];
  const hemY = FLOOR_Y + P.hemAboveFloor;
  // The cloth hanging between the knees and the shins: a flat tube, built round and widened.
  const webTop: Vec3 = [0, knee[1] - P.kneeRadius, knee[2] + P.shinSlant / 2];
  const webLength = webTop[1] - hemY;
  const web = scaled(roundCone([0, 0, 0], [0, -webLength, 0], P.skirtHalfDepth, P.skirtHalfDepth * P.skirtFlare), webTop, { x: X, y: UP, z: [0, 0, 1] }, [
    P.skirtHalfWidth / P.skirtHalfDepth,
    1,
    1,
  ]);
  // The hips rest on the seat: nothing of them below it.
  const onSeat = halfSpace([0, SEAT_Y - t, 0], [0, -1, 0]);
  const abdomen = trunkEllipsoid(P.abdomenLevel, P.abdomenHalfBreadth, P.abdomenHalfHeight, P.abdomenHalfDepth, P.abdomenBackProud);
  const lowerBack = trunkEllipsoid(P.lowerBackLevel, P.lowerBackHalfBreadth, P.lowerBackHalfHeight, P.lowerBackHalfDepth, P.lowerBackProud + P.erectorProudLumbar);
  const pelvis = clipped(trunkEllipsoid(P.pelvisLevel, P.pelvisHalfBreadth, P.pelvisHalfHeight, P.pelvisHalfDepth, P.pelvisBackProud), onSeat, P.seatBlend);
  // The top edge tucks in under the waistband (which belongs to the skin mesh).
  const top = sub(WAIST_PLANE.point, scale(WAIST_PLANE.normal, P.waistbandTuck));
  return [
    union('sarong over the waist', inflated(abdomen, t), k, REGION.cloth),
    union('sarong over the lower back', inflated(lowerBack, t), k, REGION.cloth),
    union('sarong over the hips', inflated(pelvis, t), k, REGION.cloth),
    union('sarong over the thighs', inflated(roundCone(hip, knee, P.thighRadius, P.kneeRadius), t), k, REGION.cloth),
    union('sarong over the shins', inflated(roundCone(knee, ankle, P.kneeRadius, P.ankleRadius), t), k, REGION.cloth),
    union('sarong between the legs', web, k, REGION.cloth),
    intersect('sarong top', halfSpace(top, TRUNK_UP), P.waistbandThickness),
    intersect('hem', halfSpace([0, hemY, 0], [0, -1, 0]), P.hemBlend),
  ];
}

export const CLOTH_PROGRAM = new SdfProgram(clothSteps());

/**
 * The table: its near edge in front of the belly by `tableEdgeGap`, measured at the height the arms
 * rest at (the belly is furthest forward there), its top a pillow's thickness lower.
 */
export const TABLE = (() => {
  // March forward in 1 mm steps from behind the back at arm height, into the body and out at its
  // front, at most 1 m. Each march strides a centimetre at a time and then walks the last one in
  // millimetres (the trunk is far thicker than a stride): the same millimetre, a tenth of the
  // distance queries, for this runs on the main thread before the first frame.
  const mm = 0.001;
  const distanceAt = (k: number) => RAW_SKIN_PROGRAM.distance(0, ARM_REST_Y, -k * mm);
  const march = (from: number, until: (distance: number) => boolean) => {
    let k = from;
    while (k + 10 < 1000 && !until(distanceAt(k + 10))) k += 10;
    while (k < 1000 && !until(distanceAt(k))) k++;
    return k;
  };
  const front = march(march(0, (d) => d <= 0), (d) => d >= 0);
  const nearEdgeZ = -front * mm - P.tableEdgeGap;
  return {
    topY: TABLE_TOP_Y,
    nearEdgeZ,
    depth: P.tableDepth,
    width: P.tableWidth,
    thickness: P.tableThickness,
    floorY: FLOOR_Y,
    legInset: P.tableLegInset,
    legRadius: P.tableLegRadius,
  };
})();

/**
 * The pillow on the table under the folded arms (seed 003, "2) Bantal": it supports the arms): its
 * footprint (centred across the body, hanging a little over the table's near edge), the table top it
 * lies on and the height the arms rest at, which is its top in the middle. `pillow.ts` shapes it.
 */
export const PILLOW = {
  centreZ: TABLE.nearEdgeZ + P.pillowOverhang - P.pillowDepth / 2,
  halfWidth: P.pillowWidth / 2,
  halfDepth: P.pillowDepth / 2,
  bottomY: TABLE_TOP_Y,
  topY: ARM_REST_Y,
  seamLift: P.pillowSeamLift,
  restClearance: P.pillowRestClearance,
} as const;

/** The round stool she sits on, under the sarong. */
export const STOOL = {
  topY: SEAT_Y,
  floorY: FLOOR_Y,
  radius: P.stoolRadius,
  centreZ: HIP_PIVOT[2] + P.stoolForward,
  thickness: P.stoolThickness,
  legInset: P.stoolLegInset,
  legRadius: P.tableLegRadius,
} as const;
