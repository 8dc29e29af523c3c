import type { BufferGeometry } from 'three';
import { LANDMARKS } from '../landmarks';
import { THORACIC, type VertebraId } from '../landmarkIds';
import { spineAtVertebra } from '../spine';
import { add, scale, sub, type Vec3 } from '../vec';
import { vertebraPlan } from './column';
import type { RibNumber } from './ids';
import { MeshBuilder, at, dirAt, loft, sampleSpline, toLocal, type LoftStation } from './mesh';

/**
 * The left posterior ribs 1..12, each a flattened tube: head against its vertebral body, neck in
 * front of the transverse process, tubercle on the process's tip, back out to the rib angle and
 * round the side toward the front (the back half of the cage, and a little more).
 *
 * Rib N belongs to T(N). Its tubercle sits on T(N)'s transverse process, which is level with the
 * spinous tip of T(N-1) [S20]; its angle is the landmark `ribN.posterior` for ribs 5..7 and is
 * placed the same way for the others: at the T(N-1) spinous level, `angleOut` from the midline
 * and `depth` under the skin line [S24 for rib 5, EST otherwise]. Around the side each rib follows
 * two quarter ellipses (in its vertebra's frame): from the angle out to the widest point, then
 * forward; it slopes down as it goes [EST].
 */

interface RibRow {
  /** Angle's distance from the midline, mm [EST 5-7 cm at T3-T6; landmark for 5-7]. */
  readonly angleOut: number;
  /** Half width of the bony cage at this rib, mm [EST, inside the chest breadth of S1]. */
  readonly halfWidth: number;
  /** How far forward of the angle the widest point lies, mm [EST]. */
  readonly toWidest: number;
  /** Forward semi-axis of the front quarter, mm [EST]. */
  readonly front: number;
  /** Where the drawn rib ends on the front quarter (deg; 90 = the angle, 0 = widest, negative = forward). */
  readonly end: number;
  /** Drop per unit length along the rib after the angle [EST]. */
  readonly slope: number;
  /** Skin line to the rib angle's back surface, mm [S24 27 ± 4 at rib 5; EST elsewhere]. */
  readonly depth: number;
  /** Vertical and in/out half thickness of the shaft, mm [EST]. */
  readonly shaft: readonly [number, number];
}

const ROWS: Record<RibNumber, RibRow> = {
  1: { angleOut: 42, halfWidth: 51, toWidest: 26, front: 50, end: -30, slope: 0.9, depth: 34, shaft: [3, 7] },
  2: { angleOut: 48, halfWidth: 68, toWidest: 42, front: 74, end: -25, slope: 0.85, depth: 30, shaft: [5.5, 3] },
  3: { angleOut: 53, halfWidth: 90, toWidest: 54, front: 92, end: -45, slope: 0.38, depth: 28, shaft: [6, 3] },
  4: { angleOut: 57, halfWidth: 99, toWidest: 61, front: 98, end: -46, slope: 0.36, depth: 27, shaft: [6.3, 3.1] },
  5: { angleOut: 60, halfWidth: 103, toWidest: 65, front: 102, end: -43, slope: 0.37, depth: 27, shaft: [6.5, 3.2] },
  6: { angleOut: 60, halfWidth: 105, toWidest: 68, front: 102, end: -40, slope: 0.38, depth: 27, shaft: [6.5, 3.2] },
  7: { angleOut: 60, halfWidth: 107, toWidest: 70, front: 100, end: -37, slope: 0.39, depth: 27, shaft: [6.5, 3.2] },
  8: { angleOut: 62, halfWidth: 107, toWidest: 70, front: 96, end: -33, slope: 0.4, depth: 27, shaft: [6.3, 3.1] },
  9: { angleOut: 63, halfWidth: 106, toWidest: 68, front: 92, end: -28, slope: 0.41, depth: 27, shaft: [6, 3] },
  10: { angleOut: 64, halfWidth: 104, toWidest: 66, front: 88, end: -22, slope: 0.42, depth: 28, shaft: [5.8, 3] },
  11: { angleOut: 60, halfWidth: 98, toWidest: 60, front: 80, end: 2, slope: 0.42, depth: 29, shaft: [5.2, 2.8] },
  12: { angleOut: 52, halfWidth: 84, toWidest: 46, front: 60, end: 45, slope: 0.4, depth: 31, shaft: [4.6, 2.6] },
};

/** Half thickness of the shaft at the angle, so the landmark lies on its back surface. */
const landmarkFor = (n: RibNumber) =>
  n === 5 ? LANDMARKS['L.rib5.posterior'] : n === 6 ? LANDMARKS['L.rib6.posterior'] : n === 7 ? LANDMARKS['L.rib7.posterior'] : null;

/** The rib angle's posterior bone surface (world), at the T(N-1) spinous level. */
export function ribAnglePoint(n: RibNumber): Vec3 {
  const lm = landmarkFor(n);
  if (lm) return lm.bone;
  const row = ROWS[n];
  const above: VertebraId = n === 1 ? 'C7' : THORACIC[n - 2]!;
  const s = spineAtVertebra(above);
  // Same construction as landmarks.ts uses for ribs 5..7.
  return add(add(add(s.point, [-row.angleOut / 1000, 0, 0]), scale(s.back, -row.depth / 1000)), scale(s.up, -0.005));
}

export interface RibGeometry {
  readonly n: RibNumber;
  readonly geometry: BufferGeometry;
  /** Posterior bone surface at the rib angle (world). */
  readonly angle: Vec3;
  /** Centre of the tubercle (world), where the rib meets its transverse process. */
  readonly tubercle: Vec3;
  /** Centreline samples from the head to the drawn end (world). */
  readonly centreline: readonly Vec3[];
}

export function buildLeftRib(n: RibNumber): RibGeometry {
  const row = ROWS[n];
  const v = vertebraPlan(THORACIC[n - 1]!);
  const f = v.frame;
  const { height: h, halfWidth: bw, halfDepth: bd } = v;
  const tp = toLocal(f, v.leftTransverseTip);
  const [va, vb] = row.shaft;
  const first = n === 1;
  // Rib 1 is flat with its faces up and down; the others stand on edge [EST].
  const shaft = (a: number, b: number): readonly [number, number] => (first ? [b * 0.45, a * 1.9] : [a, b]);

  const head: Vec3 = [-(bw + 3.2), n === 1 || n >= 11 ? h * 0.15 : h / 2 + 1.5, bd * 0.35];
  const tubercle: Vec3 = [tp[0] + 1.5, tp[1] - 3.5, tp[2] - 6.5];
  const neck: Vec3 = [(head[0] + tubercle[0]) / 2, (head[1] + tubercle[1]) / 2, (head[2] + tubercle[2]) / 2 + 1.5];
  const angleBone = ribAnglePoint(n);
  const back = spineAtVertebra(n === 1 ? 'C7' : THORACIC[n - 2]!).back;
  const angleWorld = sub(angleBone, scale(back, shaft(va, vb)[1] / 1000));
  const A = toLocal(f, angleWorld);
  const xa = -A[0];
  const za = A[2];
  const zc = za - row.toWidest;

  const pts: { p: Vec3; a: number; b: number }[] = [];
  const push = (p: Vec3, a: number, b: number) => pts.push({ p, a, b });
  push(head, 4.6, 4.6);
  push(neck, 3.8, 3.6);
  push(tubercle, 4.8, 4.4);
  push(
    [(tubercle[0] - xa) / 2 - 1, (tubercle[1] + A[1]) / 2, (tubercle[2] + za) / 2 + 2],
    ...shaft(va * 0.85, vb * 1.05),
  );
  push(A, ...shaft(va, vb));
  // Lateral path: posterior quarter (90 -> 0 deg), then the front quarter down to `end`.
  let arc = 0;
  let last: Vec3 = A;
  const lateral: Vec3[] = [];
  for (let deg = 75; deg >= row.end; deg -= 15) {
    const phi = (deg * Math.PI) / 180;
    const x = deg >= 0 ? xa + (row.halfWidth - xa) * Math.cos(phi) : row.halfWidth * Math.cos(phi);
    const z = deg >= 0 ? zc + (za - zc) * Math.sin(phi) : zc + row.front * Math.sin(phi);
    const flat: Vec3 = [-x, A[1], z];
    arc += Math.hypot(flat[0] - last[0], flat[2] - last[2]);
    last = flat;
    lateral.push([-x, A[1] - row.slope * arc, z]);
  }
  if (row.end % 15 !== 0 && row.end > -90) {
    const phi = (row.end * Math.PI) / 180;
    const x = row.end >= 0 ? xa + (row.halfWidth - xa) * Math.cos(phi) : row.halfWidth * Math.cos(phi);
    const z = row.end >= 0 ? zc + (za - zc) * Math.sin(phi) : zc + row.front * Math.sin(phi);
    arc += Math.hypot(-x - last[0], z - last[2]);
    lateral.push([-x, A[1] - row.slope * arc, z]);
  }
  lateral.forEach((p, i) => {
    const taper = n >= 11 ? 1 - (0.45 * (i + 1)) / lateral.length : 1 - (0.08 * (i + 1)) / lateral.length;
    push(p, ...shaft(va * taper, vb * taper));
  });

  const stations: LoftStation[] = pts.map(({ p, a, b }) => ({ c: at(f, ...p), a: a / 1000, b: b / 1000 }));
  const rings = Math.round(10 + lateral.length * 1.8);
  const mesh = new MeshBuilder();
  loft(mesh, stations, { radial: 6, rings, axis: dirAt(f, 0, 1, 0), capStart: 0.004, capEnd: 0.0028, capRings: 1 });
  const centreline = sampleSpline(
    stations.map((s) => s.c),
    rings,
  ).map((s) => s.p);
  return { n, geometry: mesh.toGeometry(), angle: angleBone, tubercle: at(f, ...tubercle), centreline };
}
