/**
 * Small queries on generated meshes (plain arrays): nearest vertex, distance to a triangle, edge
 * bookkeeping. Used by the tests and handy for anything that checks or snaps to the skin mesh.
 */
import { add, distance, dot, scale, sub, type Vec3 } from '../vec';

/** First vertex whose region is `region` (vertices are grouped by part), or the vertex count. */
export function firstVertexOfRegion(regions: ArrayLike<number>, region: number): number {
  let v = 0;
  while (v < regions.length && regions[v] !== region) v++;
  return v;
}

/** A uniform spatial hash of points for nearest-neighbour queries within one cell. */
export class VertexGrid {
  private readonly cells = new Map<string, number[]>();
  constructor(
    private readonly points: ArrayLike<number>,
    private readonly cell: number,
  ) {
    for (let i = 0; i < points.length / 3; i++) {
      const key = this.key(points[3 * i]!, points[3 * i + 1]!, points[3 * i + 2]!);
      const list = this.cells.get(key);
      if (list) list.push(i);
      else this.cells.set(key, [i]);
    }
  }
  private key(x: number, y: number, z: number): string {
    return `${Math.floor(x / this.cell)},${Math.floor(y / this.cell)},${Math.floor(z / this.cell)}`;
  }
  /** Distance to the nearest stored point, if one is within a cell; Infinity otherwise. */
  nearest(p: Vec3): number {
    let best = Infinity;
    const cx = Math.floor(p[0] / this.cell);
    const cy = Math.floor(p[1] / this.cell);
    const cz = Math.floor(p[2] / this.cell);
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++)
        for (let k = -1; k <= 1; k++) {
          for (const q of this.cells.get(`${cx + i},${cy + j},${cz + k}`) ?? []) {
            const d = Math.hypot(this.points[3 * q]! - p[0], this.points[3 * q + 1]! - p[1], this.points[3 * q + 2]! - p[2]);
            if (d < best) best = d;
          }
        }
    return best;
  }
}

/** Distance from p to triangle abc (Ericson, Real-Time Collision Detection, 5.1.5). */
export function pointTriangleDistance(p: Vec3, a: Vec3, b: Vec3, c: Vec3): number {
  const ab = sub(b, a);
  const ac = sub(c, a);
  const ap = sub(p, a);
  const d1 = dot(ab, ap);
  const d2 = dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return distance(p, a);
  const bp = sub(p, b);
  const d3 = dot(ab, bp);
  const d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return distance(p, b);
  const vc = d1 * d4 - d3 * d2;
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return distance(p, add(a, scale(ab, d1 / (d1 - d3))));
  const cp = sub(p, c);
  const d5 = dot(ab, cp);
  const d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return distance(p, c);
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return distance(p, add(a, scale(ac, d2 / (d2 - d6))));
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) return distance(p, add(b, scale(sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6)))));
  const denom = 1 / (va + vb + vc);
  return distance(p, add(a, add(scale(ab, vb * denom), scale(ac, vc * denom))));
}

/** Distance from p to the mesh's triangles that have a corner within `reach` of p. */
export function distanceToMesh(p: Vec3, positions: ArrayLike<number>, indices: ArrayLike<number>, reach: number, triangleEnd = indices.length): number {
  const at = (i: number): Vec3 => [positions[3 * i]!, positions[3 * i + 1]!, positions[3 * i + 2]!];
  let best = Infinity;
  for (let t = 0; t < triangleEnd; t += 3) {
    const a = at(indices[t]!);
    if (distance(a, p) > reach) continue;
    best = Math.min(best, pointTriangleDistance(p, a, at(indices[t + 1]!), at(indices[t + 2]!)));
  }
  return best;
}

export interface EdgeReport {
  /** Directed edges used by more than one triangle (non-manifold, or neighbours wound oppositely). */
  readonly repeated: number;
  /** Directed edges whose reverse is not used exactly once (holes). */
  readonly open: number;
  /** Triangles with a repeated corner or (almost) no area. */
  readonly degenerate: number;
}

/** Checks that a triangle mesh is closed, manifold and consistently wound. */
export function edgeReport(positions: ArrayLike<number>, indices: ArrayLike<number>, minArea = 1e-10): EdgeReport {
  const n = positions.length / 3;
  const directed = new Map<number, number>();
  let degenerate = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]!;
    const b = indices[t + 1]!;
    const c = indices[t + 2]!;
    for (const [u, v] of [
      [a, b],
      [b, c],
      [c, a],
    ] as const) {
      const key = u * n + v;
      directed.set(key, (directed.get(key) ?? 0) + 1);
    }
    const pa: Vec3 = [positions[3 * a]!, positions[3 * a + 1]!, positions[3 * a + 2]!];
    const ab = sub([positions[3 * b]!, positions[3 * b + 1]!, positions[3 * b + 2]!], pa);
    const ac = sub([positions[3 * c]!, positions[3 * c + 1]!, positions[3 * c + 2]!], pa);
    const cx = ab[1] * ac[2] - ab[2] * ac[1];
    const cy = ab[2] * ac[0] - ab[0] * ac[2];
    const cz = ab[0] * ac[1] - ab[1] * ac[0];
    if (a === b || b === c || c === a || 0.5 * Math.hypot(cx, cy, cz) < minArea) degenerate++;
  }
  let repeated = 0;
  let open = 0;
  for (const [key, count] of directed) {
    if (count !== 1) repeated++;
    const u = Math.floor(key / n);
    const v = key % n;
    if (directed.get(v * n + u) !== 1) open++;
  }
  return { repeated, open, degenerate };
}
