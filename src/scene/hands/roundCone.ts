import { BufferGeometry, Float32BufferAttribute } from 'three';

/**
 * One template mesh for every finger bone: a "round cone", the hull of two spheres (radius r0 at
 * the proximal joint, r1 at the far end, `length` apart along +Y). `roundConePoint` shapes the
 * template for a bone's radii and length, so knuckles come out wider than the shaft and every
 * normal points from its sphere's centre (`handsRig.ts` bakes each bone this way).
 *
 * Template encoding: position = (cos a, t, sin a) with `a` the angle around the axis and `t` the
 * normalised latitude (-1 proximal pole .. 0 equator .. 1 distal pole); `aEnd` says which sphere
 * a vertex belongs to (0 proximal, 1 distal). The shaping spreads each sphere's latitudes over the
 * part of it that lies on the hull: the two spheres meet the tangent cone at latitude
 * asin((r0 - r1) / length).
 */

export const ROUND_CONE_RESOLUTION = { around: 10, latitudeBands: 4 } as const;

/** A template vertex shaped for radii r0, r1 and `length` (bone-local metres). */
export function roundConePoint(x: number, t: number, z: number, end: number, r0: number, r1: number, length: number): [number, number, number] {
  const s = Math.min(0.95, Math.max(-0.95, (r0 - r1) / length));
  const theta = Math.asin(s);
  const phi = t * (Math.PI / 2);
  const half = Math.PI / 2;
  const lat = end < 0.5 ? -half + ((phi + half) * (theta + half)) / half : theta + (phi * (half - theta)) / half;
  const r = end < 0.5 ? r0 : r1;
  return [r * Math.cos(lat) * x, end * length + r * Math.sin(lat), r * Math.cos(lat) * z];
}

export function createRoundConeGeometry(around: number = ROUND_CONE_RESOLUTION.around, bands: number = ROUND_CONE_RESOLUTION.latitudeBands): BufferGeometry {
  const position: number[] = [];
  const end: number[] = [];
  const vertex = (a: number, t: number, e: number) => {
    position.push(Math.cos(a), t, Math.sin(a));
    end.push(e);
  };
  vertex(0, -1, 0); // proximal pole
  const rows: Array<{ t: number; e: number }> = [];
  for (let k = 1; k <= bands; k++) rows.push({ t: -1 + k / bands, e: 0 });
  for (let k = 0; k < bands; k++) rows.push({ t: k / bands, e: 1 });
  for (const row of rows) for (let j = 0; j < around; j++) vertex((j / around) * Math.PI * 2, row.t, row.e);
  vertex(0, 1, 1); // distal pole
  const ring = (r: number, j: number) => 1 + r * around + (j % around);
  const top = position.length / 3 - 1;
  const index: number[] = [];
  for (let j = 0; j < around; j++) index.push(0, ring(0, j), ring(0, j + 1));
  for (let r = 0; r < rows.length - 1; r++) {
    for (let j = 0; j < around; j++) {
      const a = ring(r, j);
      const b = ring(r, j + 1);
      const c = ring(r + 1, j);
      const d = ring(r + 1, j + 1);
      index.push(a, c, b, b, c, d);
    }
  }
  for (let j = 0; j < around; j++) index.push(top, ring(rows.length - 1, j + 1), ring(rows.length - 1, j));

  // Wind counter-clockwise seen from outside: check the signed volume of a unit capsule.
  const p = (v: number) => roundConePoint(position[v * 3]!, position[v * 3 + 1]!, position[v * 3 + 2]!, end[v]!, 1, 1, 1);
  let volume = 0;
  for (let i = 0; i < index.length; i += 3) {
    const [a, b, c] = [p(index[i]!), p(index[i + 1]!), p(index[i + 2]!)];
    volume += a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0]) + a[2] * (b[0] * c[1] - b[1] * c[0]);
  }
  if (volume < 0) {
    for (let i = 0; i < index.length; i += 3) {
      const tmp = index[i + 1]!;
      index[i + 1] = index[i + 2]!;
      index[i + 2] = tmp;
    }
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(position, 3));
  g.setAttribute('aEnd', new Float32BufferAttribute(end, 1));
  g.setIndex(index);
  return g;
}
