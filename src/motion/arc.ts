/**
 * Arc-length parameterised polylines on the skin with smooth tangents, sampled in O(log n)
 * into caller-owned vectors (no allocation per sample), so the timeline can run every frame.
 */
import type { SkinPoint } from '../anatomy/paths';
import { cumulativeLengths } from '../anatomy/polyline';
import { clamp01 } from '../anatomy/scalar';
import { distance, normalize, sub, type Vec3 } from '../anatomy/vec';

/** A writable 3-vector; assignable wherever a readonly `Vec3` is read. */
export type MutableVec3 = [number, number, number];
export const vec3 = (): MutableVec3 => [0, 0, 0];

export interface ArcPath {
  readonly points: readonly Vec3[];
  /** Outward unit skin normals at the points. */
  readonly normals: readonly Vec3[];
  /** Unit directions of increasing fraction at the points (central differences). */
  readonly tangents: readonly Vec3[];
  /** Arc length from the start to each point. */
  readonly lengths: readonly number[];
  readonly total: number;
  /** The last point meets the first (a circle, a whole heart). */
  readonly closed: boolean;
}

/** Points closer than this count as the same place (metres). */
const SAME_PLACE = 1e-6;

export function arcPath(skinPoints: readonly SkinPoint[]): ArcPath {
  if (skinPoints.length === 0) throw new RangeError('motion: a path needs at least one point');
  const points = skinPoints.map((p) => p.point);
  const normals = skinPoints.map((p) => normalize(p.normal));
  const lengths = cumulativeLengths(points);
  const total = lengths[lengths.length - 1]!;
  const n = points.length;
  const closed = n > 2 && total > SAME_PLACE && distance(points[0]!, points[n - 1]!) < SAME_PLACE;
  // On a closed loop the ends look past the seam, so the direction is smooth across it.
  // A single point or a zero-length path has no direction: its tangents stay zero.
  const tangents = points.map((_, i) => {
    const before = i > 0 ? points[i - 1]! : closed ? points[n - 2]! : points[i]!;
    const after = i < n - 1 ? points[i + 1]! : closed ? points[1]! : points[i]!;
    return normalize(sub(after, before));
  });
  return { points, normals, tangents, lengths, total, closed };
}

function lerpInto(out: MutableVec3, a: Vec3, b: Vec3, u: number): void {
  out[0] = a[0] + (b[0] - a[0]) * u;
  out[1] = a[1] + (b[1] - a[1]) * u;
  out[2] = a[2] + (b[2] - a[2]) * u;
}

export function normalizeInto(out: MutableVec3): MutableVec3 {
  const l = Math.hypot(out[0], out[1], out[2]);
  if (l > 0) {
    out[0] /= l;
    out[1] /= l;
    out[2] /= l;
  }
  return out;
}

export function copyInto(out: MutableVec3, a: Vec3): MutableVec3 {
  out[0] = a[0];
  out[1] = a[1];
  out[2] = a[2];
  return out;
}

/**
 * The place at `fraction` (0..1, clamped) of the path's length, written into `point`, `normal`
 * (unit) and `tangent` (unit, toward increasing fraction; not yet flattened into the skin's plane).
 */
export function sampleArcInto(path: ArcPath, fraction: number, point: MutableVec3, normal: MutableVec3, tangent: MutableVec3): void {
  const { points, normals, tangents, lengths } = path;
  const last = points.length - 1;
  if (last === 0 || path.total <= 0) {
    copyInto(point, points[0]!);
    copyInto(normal, normals[0]!);
    copyInto(tangent, tangents[0]!);
    return;
  }
  const s = clamp01(fraction) * path.total;
  let lo = 0;
  let hi = last;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (lengths[mid]! <= s) lo = mid;
    else hi = mid;
  }
  const span = lengths[hi]! - lengths[lo]!;
  const u = span > 0 ? (s - lengths[lo]!) / span : 0;
  lerpInto(point, points[lo]!, points[hi]!, u);
  lerpInto(normal, normals[lo]!, normals[hi]!, u);
  normalizeInto(normal);
  lerpInto(tangent, tangents[lo]!, tangents[hi]!, u);
  normalizeInto(tangent);
}

/**
 * Flattens `v` into the plane normal to the unit `normal` and normalises it. Where `v` is (nearly)
 * along the normal, falls back to `fallback` (also flattened). Returns false if both fail.
 */
export function tangentialInto(out: MutableVec3, v: Vec3, normal: Vec3, fallback?: Vec3): boolean {
  const d = v[0] * normal[0] + v[1] * normal[1] + v[2] * normal[2];
  const x = v[0] - normal[0] * d;
  const y = v[1] - normal[1] * d;
  const z = v[2] - normal[2] * d;
  const l = Math.hypot(x, y, z);
  if (l > 1e-9) {
    out[0] = x / l;
    out[1] = y / l;
    out[2] = z / l;
    return true;
  }
  return fallback ? tangentialInto(out, fallback, normal) : false;
}
