import type { BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { LANDMARKS } from '../landmarks';
import { smoothstep } from '../scalar';
import { SCAPULA_OUTLINE, leftScapulaFrame, rotateUpward, scapulaPlaneToWorld, type ScapulaFrame } from '../scapulaFrame';
import { TRUNK_BACK } from '../spine';
import { add, cross, dot, lerp, normalize, scale, sub, type Vec3 } from '../vec';
import { MeshBuilder, fanPlate, loft, type LoftStation, type OutlinePoint } from './mesh';

/**
 * The left shoulder blade, built in its own plane from `leftScapulaFrame()` so it follows the
 * landmark table: u mm lateral and v mm up from the root of the spine *before* the upward
 * rotation (the same coordinates as `SCAPULA_OUTLINE`), w mm out of the plane toward the skin.
 * `scapulaPlaneToWorld` applies the rotation, so every point here lands where the landmarks do.
 *
 * The body is a thin plate (≈2 mm in the fossae [EST]) with thick rounded borders; its posterior
 * face dips into the infraspinous fossa between them and its costal face is concave toward the
 * ribs. The outline runs through the superior angle, the root of the spine and the inferior
 * angle exactly (the rim's apex), and the glenoid's face is centred on `scapula.glenoid`.
 */

const O = SCAPULA_OUTLINE;
const mm = (x: number): number => x * 1000;

/** Plane coordinates (mm, unrotated) <-> world. */
export interface ScapulaPlane {
  readonly frame: ScapulaFrame;
  readonly point: (u: number, v: number, w: number) => Vec3;
  readonly dir: (du: number, dv: number, dw: number) => Vec3;
  readonly toPlane: (p: Vec3) => Vec3;
}

export function leftScapulaPlane(): ScapulaPlane {
  const frame = leftScapulaFrame();
  const point = (u: number, v: number, w: number): Vec3 => scapulaPlaneToWorld(frame, [u / 1000, v / 1000], w / 1000);
  const o = point(0, 0, 0);
  const dir = (du: number, dv: number, dw: number): Vec3 => normalize(sub(point(du, dv, dw), o));
  // Invert the in-plane rotation: rotateUpward is affine, so two probes give its matrix.
  const r0 = rotateUpward([0, 0]);
  const ru = rotateUpward([1, 0]);
  const rv = rotateUpward([0, 1]);
  const m00 = ru[0] - r0[0];
  const m10 = ru[1] - r0[1];
  const m01 = rv[0] - r0[0];
  const m11 = rv[1] - r0[1];
  const det = m00 * m11 - m01 * m10;
  const toPlane = (p: Vec3): Vec3 => {
    const d = sub(p, frame.origin);
    const x = dot(d, frame.lateral) - r0[0];
    const y = dot(d, frame.up) - r0[1];
    return [mm((m11 * x - m01 * y) / det), mm((-m10 * x + m00 * y) / det), mm(dot(d, frame.back))];
  };
  return { frame, point, dir, toPlane };
}

const [SA_U, SA_V] = [mm(O.superiorAngle[0]), mm(O.superiorAngle[1])];
const [IA_U, IA_V] = [mm(O.inferiorAngle[0]), mm(O.inferiorAngle[1])];
const [GL_U, GL_V] = [mm(O.glenoid[0]), mm(O.glenoid[1])];

/** The infraglenoid tubercle, where the lateral border starts below the glenoid (mm, u, v) [EST atlas proportions]. */
const INFRAGLENOID: readonly [number, number] = [73, GL_V - 26];
/**
 * Where the straight lateral border meets the rounded inferior angle: on the chord from the
 * tubercle to the angle, 4.5 mm lateral of the angle [EST: the angle's rounding].
 */
const BORDER_END: readonly [number, number] = (() => {
  const t = 4.5 / (INFRAGLENOID[0] - IA_U);
  return [IA_U + 4.5, IA_V + t * (INFRAGLENOID[1] - IA_V)];
})();

/** The straight lateral border's ends (mm, u, v), for the tests. */
export const SCAPULA_LATERAL_BORDER = { from: INFRAGLENOID, to: BORDER_END } as const;

/** Points on the straight lateral border, evenly spaced (so the outline's spline stays straight), with the border's half thickness. */
function lateralBorder(count: number): OutlinePoint[] {
  return Array.from({ length: count }, (_, i) => {
    const t = (i + 1) / (count + 1);
    // The border is thickest below the tubercle and thins toward the angle [EST].
    const u = INFRAGLENOID[0] + (BORDER_END[0] - INFRAGLENOID[0]) * t;
    const v = INFRAGLENOID[1] + (BORDER_END[1] - INFRAGLENOID[1]) * t;
    return [u, v, 4.6 - 1.4 * t] as const;
  });
}

/**
 * Outline of the body, mm: u, v and the border's half thickness. Proportions after standard
 * atlases [EST]: a thin superior border with the suprascapular notch, the thick lateral border
 * running straight from the infraglenoid tubercle down to the rounded inferior angle, a straight
 * medial border with its slight bend at the root of the spine. The glenoid and its neck are added
 * separately. The clock dial (`clockFace.ts`) sits well inside this outline (≥ 6 mm for every
 * pressure point, tested), so the outline is the textbook one, not widened to reach the points.
 */
export const SCAPULA_BODY_OUTLINE: readonly OutlinePoint[] = [
  [SA_U, SA_V, 1.9],
  [16, SA_V - 0.5, 1.3],
  [28, SA_V - 1.8, 1.2],
  [40, SA_V - 4.5, 1.2],
  [49, SA_V - 8, 1.3],
  [54, SA_V - 10.5, 1.4], // suprascapular notch
  [57.5, SA_V - 14, 1.5],
  [61, SA_V - 12, 1.8],
  [66, SA_V - 11.5, 2.5], // base of the coracoid
  [73, GL_V + 21, 3.8],
  [78.5, GL_V + 14, 5],
  [80.5, GL_V + 4, 5.5], // neck of the glenoid
  [80, GL_V - 7, 5.5],
  [77, GL_V - 17, 5],
  [INFRAGLENOID[0], INFRAGLENOID[1], 4.6], // infraglenoid tubercle
  ...lateralBorder(6),
  [BORDER_END[0], BORDER_END[1], 3.2],
  [IA_U + 1.8, IA_V + 1.1, 3],
  [IA_U, IA_V, 3], // inferior angle
  [IA_U - 3.2, IA_V + 5, 2.5],
  [-4.8, -90, 2.2],
  [-5.4, -75, 2.1],
  [-5, -58, 2.1],
  [-3.8, -40, 2.1],
  [-2.2, -22, 2.2],
  [-0.8, -8, 2.3],
  [0, 0, 2.4], // root of the spine
  [1.4, 9, 2.2],
  [2.9, 18, 2],
  [SA_U - 0.8, SA_V - 3, 1.9],
];

/** Where the rows of the plate fan out from: inside the infraspinous body [EST]. */
const PLATE_CENTRE: readonly [number, number] = [38, -38];
/** Thickness of the body in the fossae, mm [EST]. */
const FOSSA = 2.2;
/** Depth of the posterior dip of the fossae below the borders' mid-line, mm [EST]. */
const DIP = 1.1;

export interface ScapulaGeometry {
  readonly geometry: BufferGeometry;
  /** The parts, to measure: the flat body, the glenoid with its neck, the spine with the acromion, the coracoid. */
  readonly body: BufferGeometry;
  readonly glenoid: BufferGeometry;
  readonly spine: BufferGeometry;
  readonly coracoid: BufferGeometry;
  readonly plane: ScapulaPlane;
}

export function buildLeftScapula(): ScapulaGeometry {
  const plane = leftScapulaPlane();
  const { point, dir } = plane;
  const back = dir(0, 0, 1);

  // Body: a plate over the outline; the mid-surface dips slightly toward the front in the middle.
  const rho = (u: number, v: number): number => {
    const du = (u - PLATE_CENTRE[0]) / 48;
    const dv = (v - PLATE_CENTRE[1]) / 72;
    return Math.min(1, Math.hypot(du, dv));
  };
  const bodyMesh = new MeshBuilder();
  fanPlate(bodyMesh, {
    centre: PLATE_CENTRE,
    outline: SCAPULA_BODY_OUTLINE.map(([u, v, e]) => [u, v, e / 1000] as const),
    columns: 64,
    rows: [0.3, 0.58, 0.8, 0.93],
    rimSteps: 3,
    surface: (u, v) => ({ p: point(u, v, -DIP * (1 - rho(u, v) ** 2)), n: back }),
    thickness: (f, e) => FOSSA / 1000 + (2 * e - FOSSA / 1000) * smoothstep(0.5, 1, f),
  });
  const body = bodyMesh.toGeometry();

  // Glenoid: the neck widens into a shallow pear-shaped cup facing laterally; its dished face is
  // centred on the landmark (the dish's pole).
  const glenoidMesh = new MeshBuilder();
  const up = dir(0, 1, 0);
  const gl = (u: number, v: number, w: number, a: number, b: number): LoftStation => ({ c: point(u, v, w), a: a / 1000, b: b / 1000 });
  loft(
    glenoidMesh,
    [gl(68, GL_V + 1, -1, 12, 4.5), gl(77, GL_V, -1, 11.5, 6.5), gl(85, GL_V - 0.5, -0.5, 15, 10), gl(GL_U + 2.2, GL_V, 0, 17, 12)],
    { radial: 16, rings: 5, axis: up, capStart: 0.003, capEnd: -0.0022, capRings: 2 },
  );
  const glenoid = glenoidMesh.toGeometry();

  // Spine of the scapula: a ridge rising from the root on the medial border, laterally and away
  // from the plate, free over the spinoglenoid notch, ending in the flat acromion. The acromion
  // landmark is its lateral border's top (biacromial breadth [S1]); the plate runs from the
  // acromial angle behind it forward to the facet for the clavicle [EST proportions].
  const acromion = LANDMARKS['L.scapula.acromion'];
  const clavicleEnd = LANDMARKS['L.clavicle.lateralEnd'].bone;
  const nA = acromion.normal;
  const half = 0.0035; // half the acromion's thickness [EST]
  // The plate's top lies 1.5 mm under the landmark so its tilted edges stay under the skin.
  const top = sub(acromion.bone, scale(nA, half + 0.0015));
  const flat = (v: Vec3): Vec3 => normalize(sub(v, scale(nA, dot(v, nA))));
  const forward = flat(scale(TRUNK_BACK, -1));
  const medial = flat([1, 0, 0]);
  const width = normalize(cross(nA, forward));
  const angle = add(add(add(top, scale(forward, -0.011)), scale(medial, 0.005)), scale(nA, -0.003));
  const middle = add(add(top, scale(forward, 0.003)), scale(medial, 0.007));
  const tip = add(add(lerp(top, clavicleEnd, 0.75), scale(forward, 0.007)), scale(nA, -0.0005));
  const spinePt = (u: number, v: number, w: number, a: number, b: number): LoftStation => ({ c: point(u, v, w), a: a / 1000, b: b / 1000, axis: back });
  const acro = (c: Vec3, a: number, b: number): LoftStation => ({ c, a: a / 1000, b: b / 1000, axis: width, n: 2.6 });
  const spineMesh = new MeshBuilder();
  loft(
    spineMesh,
    [
      spinePt(1.2, 0.3, 0.6, 1.8, 7.5),
      spinePt(10, 2, 2.3, 3.5, 5),
      spinePt(25, 4.5, 3.8, 4.5, 3.6),
      spinePt(42, 6.5, 4.5, 5, 3.8),
      spinePt(58, 7.5, 5, 6, 4.4),
      spinePt(72, 7, 6.5, 7, 5.2),
      spinePt(88, 3, 14, 7.5, 6.5),
      acro(angle, 9, 4.2),
      acro(middle, 11, 3.8),
      acro(tip, 9, 3.2),
    ],
    { radial: 12, rings: 20, axis: back, capStart: 0.002, capEnd: 0.004 },
  );
  const spine = spineMesh.toGeometry();

  // Coracoid process: up from the superior border by the notch, then forward and laterally.
  const coracoidMesh = new MeshBuilder();
  const lat = dir(1, 0, 0);
  const co = (u: number, v: number, w: number, r: number): LoftStation => ({ c: point(u, v, w), a: r / 1000, b: (r * 0.85) / 1000 });
  loft(coracoidMesh, [co(65, SA_V - 14, -1.5, 5), co(68, SA_V - 7.5, -5, 5.5), co(73, SA_V - 5.5, -13, 5), co(78.5, SA_V - 8, -21, 4.6), co(82.5, SA_V - 11, -26, 4.2)], {
    radial: 8,
    rings: 7,
    axis: lat,
    capStart: 0.003,
    capEnd: 0.0042,
  });
  const coracoid = coracoidMesh.toGeometry();

  const geometry = mergeGeometries([body, glenoid, spine, coracoid]);
  if (!geometry) throw new Error('bones: could not merge the scapula');
  return { geometry, body, glenoid, spine, coracoid, plane };
}

