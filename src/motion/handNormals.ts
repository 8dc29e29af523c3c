import type { SkinPoint } from '../anatomy/paths';
import { cumulativeLengths } from '../anatomy/polyline';
import { add, normalize, scale, type Vec3 } from '../anatomy/vec';

/**
 * A hand feels the skin over its width, not the groove under one point. Along the spine the
 * paths run in the midline furrow between the neck and back muscles, where the skin normal swings
 * from one wall to the other within millimetres; a hand squared to it would tip 40° sideways and
 * rock as it slides.
 *
 * Two steps make a hand's normal of a path's skin normals:
 * - on the midline, no sideways part: the body is left-right symmetric, so a hand across the
 *   furrow rests on both walls alike (blended out over `MIDLINE_BAND` either side);
 * - a running mean along the path over `ALONG_WINDOW` either side, about a palm's length, so bumps
 *   such as the C7 spinous process tip the hand gradually.
 */

/** Half-width of the band about the midline (x = 0) where the sideways part is removed, metres. */
export const MIDLINE_BAND = 0.015;
/** Half-length of the running mean along the path, metres [EST: half a palm]. */
export const ALONG_WINDOW = 0.02;

function levelled(p: SkinPoint): Vec3 {
  const w = Math.max(0, 1 - Math.abs(p.point[0]) / MIDLINE_BAND);
  return normalize([p.normal[0] * (1 - w), p.normal[1], p.normal[2]]);
}

/** The points of a path on the skin with hand normals (see above); the points stay where they are. */
export function handNormals(points: readonly SkinPoint[]): SkinPoint[] {
  const normals = points.map(levelled);
  const at = cumulativeLengths(points.map((p) => p.point));
  return points.map((p, i) => {
    let sum: Vec3 = [0, 0, 0];
    for (let j = i; j >= 0 && at[i]! - at[j]! <= ALONG_WINDOW; j--) sum = add(sum, weighted(normals[j]!, at[i]! - at[j]!));
    for (let j = i + 1; j < points.length && at[j]! - at[i]! <= ALONG_WINDOW; j++) sum = add(sum, weighted(normals[j]!, at[j]! - at[i]!));
    return { ...p, normal: normalize(sum) };
  });
}

/** A tent weight: full at the point, none at the window's ends. */
const weighted = (n: Vec3, d: number): Vec3 => scale(n, 1 - d / (ALONG_WINDOW * 1.0001));
