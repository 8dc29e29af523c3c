import type { BufferGeometry } from 'three';
import { LANDMARKS } from '../landmarks';
import { TRUNK_BACK, TRUNK_UP } from '../spine';
import { add, dot, normalize, scale, sub, type Vec3 } from '../vec';
import { MeshBuilder, loft, sampleSpline, type LoftStation } from './mesh';

/**
 * The left collarbone: an S-curve from `clavicle.medialEnd` to `clavicle.lateralEnd`. Its medial
 * two-thirds bow forward and its lateral third bows back [S13], with curve depths 8.6 and 9.1 mm
 * [S12] measured from the chord; the centreline is then ≈151 mm long [S12]. Thick and rounded at
 * the sternal end, flattened top-to-bottom and broad at the acromial end [EST].
 */

/** Fraction of the chord where the forward curve turns into the backward one [S13: two-thirds, EST 0.62]. */
export const CLAVICLE_INFLECTION = 0.62;
export const CLAVICLE_DEPTHS = { medial: 0.0086, lateral: 0.0091 } as const;

/** Forward offset of the centreline from the chord at fraction `t` (m): + forward, - back. */
function bow(t: number): number {
  const k = CLAVICLE_INFLECTION;
  return t <= k
    ? CLAVICLE_DEPTHS.medial * Math.sin((Math.PI * t) / k)
    : -CLAVICLE_DEPTHS.lateral * Math.sin((Math.PI * (t - k)) / (1 - k));
}

/** Cross-section along the chord: fraction, vertical half-height and horizontal half-width (mm). */
const SECTIONS: readonly (readonly [t: number, a: number, b: number])[] = [
  [0, 9, 8.5],
  [0.08, 7.6, 7.2],
  [0.2, 6, 6],
  [0.35, 5.3, 5.4],
  [0.5, 5, 5.6],
  [0.62, 4.7, 6.4],
  [0.74, 4.3, 7.8],
  [0.86, 4.1, 9],
  [0.95, 4, 9.5],
  [1, 3.9, 9],
];

function section(t: number): readonly [number, number] {
  for (let i = 1; i < SECTIONS.length; i++) {
    const [t1, a1, b1] = SECTIONS[i]!;
    const [t0, a0, b0] = SECTIONS[i - 1]!;
    if (t <= t1) {
      const f = (t - t0) / (t1 - t0);
      return [a0 + (a1 - a0) * f, b0 + (b1 - b0) * f];
    }
  }
  const last = SECTIONS[SECTIONS.length - 1]!;
  return [last[1], last[2]];
}

export interface ClavicleGeometry {
  readonly geometry: BufferGeometry;
  /** The loft's ring centres from the medial to the lateral end (world). */
  readonly centreline: readonly Vec3[];
  /** Unit forward direction the curve depths are measured along. */
  readonly forward: Vec3;
}

export function buildLeftClavicle(): ClavicleGeometry {
  const m = LANDMARKS['L.clavicle.medialEnd'].bone;
  const l = LANDMARKS['L.clavicle.lateralEnd'].bone;
  const chord = sub(l, m);
  const c = normalize(chord);
  const ahead = scale(TRUNK_BACK, -1);
  const forward = normalize(sub(ahead, scale(c, dot(ahead, c))));
  const stations: LoftStation[] = [];
  for (let i = 0; i <= 20; i++) {
    const t = i / 20;
    const [a, b] = section(t);
    stations.push({ c: add(add(m, scale(chord, t)), scale(forward, bow(t))), a: a / 1000, b: b / 1000 });
  }
  const rings = 28;
  const mesh = new MeshBuilder();
  loft(mesh, stations, { radial: 10, rings, axis: TRUNK_UP, capStart: 0.006, capEnd: 0.0038 });
  const centreline = sampleSpline(
    stations.map((s) => s.c),
    rings,
  ).map((s) => s.p);
  return { geometry: mesh.toGeometry(), centreline, forward };
}
