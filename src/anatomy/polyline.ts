import type { SkinPoint } from './paths';
import { distance, lerp, normalize, sub, type Vec3 } from './vec';

/** A polyline on the skin with its cumulative arc length, so fractions of a path map to places. */
export interface MeasuredPath {
  readonly points: readonly SkinPoint[];
  /** Arc length from the start to each point. */
  readonly lengths: readonly number[];
  readonly total: number;
}

/** Arc length from the first point to each point of a polyline: 0, then the running sum of its pieces. */
export function cumulativeLengths(points: readonly Vec3[]): number[] {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) lengths.push(lengths[i - 1]! + distance(points[i - 1]!, points[i]!));
  return lengths;
}

export function measurePath(points: readonly SkinPoint[]): MeasuredPath {
  const lengths = cumulativeLengths(points.map((p) => p.point));
  return { points, lengths, total: lengths[lengths.length - 1] ?? 0 };
}

/** Index of the segment holding arc length `s` (binary search). */
function segmentAt(path: MeasuredPath, s: number): number {
  let lo = 0;
  let hi = path.lengths.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (path.lengths[mid]! <= s) lo = mid;
    else hi = mid;
  }
  return lo;
}

export interface PathSample extends SkinPoint {
  /** Unit direction of increasing fraction along the path. */
  readonly forward: Vec3;
}

/** The place at `fraction` (0..1, clamped) of the path's length. */
export function samplePath(path: MeasuredPath, fraction: number): PathSample {
  const s = Math.min(1, Math.max(0, fraction)) * path.total;
  const i = segmentAt(path, s);
  const a = path.points[i]!;
  const b = path.points[Math.min(i + 1, path.points.length - 1)]!;
  const span = path.lengths[Math.min(i + 1, path.lengths.length - 1)]! - path.lengths[i]!;
  const t = span > 0 ? (s - path.lengths[i]!) / span : 0;
  return {
    point: lerp(a.point, b.point, t),
    normal: normalize(lerp(a.normal, b.normal, t)),
    forward: normalize(sub(b.point, a.point)),
  };
}

/** The part of the path between two fractions, in travel order (`to < from` runs backward). */
export function slicePath(path: MeasuredPath, from: number, to: number): SkinPoint[] {
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  const start = samplePath(path, lo);
  const end = samplePath(path, hi);
  const inner = path.points.filter((_, i) => path.lengths[i]! > lo * path.total && path.lengths[i]! < hi * path.total);
  const forward = [start, ...inner, end].map(({ point, normal }) => ({ point, normal }));
  return from <= to ? forward : forward.reverse();
}
