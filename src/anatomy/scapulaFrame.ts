import { REFERENCE, degToRad } from './reference';
import { spineAtVertebra } from './spine';
import { add, cross, normalize, scale, sub, type Vec3 } from './vec';

const R = REFERENCE;

/**
 * Where a shoulder blade lies: an origin at the root of its spine and three unit axes.
 * Built for the left scapula; the right one is its mirror image (see `landmarks.ts`).
 */
export interface ScapulaFrame {
  /** Root of the scapular spine on the medial border (bone). */
  readonly origin: Vec3;
  /** In the scapular plane, away from the spine. */
  readonly lateral: Vec3;
  /** In the scapular plane, toward the superior angle. */
  readonly up: Vec3;
  /** Out of the plane, toward the skin of the back. */
  readonly back: Vec3;
}

/**
 * Points of the left scapula in its own plane: u metres lateral, v metres up from the spine root,
 * before upward rotation. Heights follow the vertebral levels (superior angle T2, spine root T3,
 * inferior angle T7 [S4][S5][S6]); SA->IA is the published height, root->glenoid the width [S7].
 */
export const SCAPULA_OUTLINE = {
  superiorAngle: [0.005, 0.027],
  inferiorAngle: [0, 0.027 - Math.sqrt(R.scapulaHeight.value ** 2 - 0.005 ** 2)],
  glenoid: [R.scapulaWidth.value * Math.cos(degToRad(5)), -R.scapulaWidth.value * Math.sin(degToRad(5))],
  /**
   * Where the clock dial is centred: 28 mm lateral and 37 mm below the root of the spine, in the
   * infraspinous body [EST]. Chosen so that with `CLOCK_RADIUS` the points 3/6/8 (left) and
   * 9/6/4 (right) lie at least 6 mm inside the textbook outline (`bones/scapula.ts`: a straight
   * lateral border), the dial's 12 stays below the spine of the scapula, and the 2.5 cm massage
   * circle round it stays on the bone (tests/unit/anatomy/scapulaDial.test.ts).
   */
  dialCentre: [0.028, -0.037],
} as const satisfies Record<string, readonly [number, number]>;

/** Upward rotation turns about the middle of the medial border [EST]. */
const ROTATION_PIVOT: readonly [number, number] = [0, -0.05];

/** Upward rotation of the blade: its rest [S9] plus what folding the arms on the table adds [EST]. */
export const UPWARD_ROTATION_DEG = R.scapulaUpwardRotationRest.value + R.scapulaUpwardRotationArmsFolded.value;

/** Applies the upward rotation (arms forward on the table) to an in-plane point. */
export function rotateUpward([u, v]: readonly [number, number]): readonly [number, number] {
  const a = degToRad(UPWARD_ROTATION_DEG);
  const du = u - ROTATION_PIVOT[0];
  const dv = v - ROTATION_PIVOT[1];
  return [ROTATION_PIVOT[0] + du * Math.cos(a) - dv * Math.sin(a), ROTATION_PIVOT[1] + du * Math.sin(a) + dv * Math.cos(a)];
}

/** Back frame between T2 and T7: the medial borders run parallel to this part of the spine [S5]. */
function backFrame(): { up: Vec3; back: Vec3 } {
  const t2 = spineAtVertebra('T2').point;
  const t7 = spineAtVertebra('T7').point;
  const up = normalize(sub(t2, t7));
  return { up, back: normalize(cross([1, 0, 0], up)) };
}

export function leftScapulaFrame(): ScapulaFrame {
  const { up: spineUp, back: spineBack } = backFrame();
  const outward: Vec3 = [-1, 0, 0];
  const internal = degToRad(R.scapulaInternalRotation.value);
  const tilt = degToRad(R.scapulaAnteriorTilt.value);
  // Internal rotation wraps the lateral part forward around the ribs; anterior tilt leans the top forward.
  const lateral = normalize(add(scale(outward, Math.cos(internal)), scale(spineBack, -Math.sin(internal))));
  const up0 = normalize(add(scale(spineUp, Math.cos(tilt)), scale(spineBack, -Math.sin(tilt))));
  const back = normalize(cross(up0, lateral));
  const up = normalize(cross(lateral, back));
  const t3 = spineAtVertebra('T3').point;
  const medialDistance = R.medialBorderToSpine.value + R.scapulaProtraction.value;
  // The medial border lies under the paraspinal muscles: about as deep as the spinous skin line [EST].
  const origin = add(add(t3, scale(outward, medialDistance)), scale(spineBack, -R.skinOverScapula.value + 0.004));
  return { origin, lateral, up, back };
}

/** World position of an in-plane point (u, v) plus `out` metres toward the skin, after rotation. */
export function scapulaPlaneToWorld(frame: ScapulaFrame, uv: readonly [number, number], out = 0): Vec3 {
  const [u, v] = rotateUpward(uv);
  return add(add(add(frame.origin, scale(frame.lateral, u)), scale(frame.up, v)), scale(frame.back, out));
}
