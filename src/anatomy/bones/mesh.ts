import { BufferGeometry, Float32BufferAttribute } from 'three';
import { smoothstep } from '../scalar';
import { add, cross, dot, length, normalize, scale, sub, type Vec3 } from '../vec';

/**
 * Small mesh-building kit for the bones: closed lofts (tubes with elliptical or rounded-box
 * cross-sections and domed ends) and closed lattices (rows of rings), all built straight into
 * indexed typed arrays. Every part is a closed surface with outward winding, so normals, the
 * signed-volume check and mirroring behave.
 */
export class MeshBuilder {
  readonly positions: number[] = [];
  readonly indices: number[] = [];

  get vertexCount(): number {
    return this.positions.length / 3;
  }

  vertex(p: Vec3): number {
    this.positions.push(p[0], p[1], p[2]);
    return this.vertexCount - 1;
  }

  triangle(a: number, b: number, c: number): void {
    if (a === b || b === c || a === c) return;
    this.indices.push(a, b, c);
  }

  /**
   * Stitches rows of vertices into a closed surface. Every row is a closed ring of the same
   * length, except that a row of length 1 is a pole (a fan). Winding is fixed afterwards by
   * `toGeometry`, which makes the enclosed volume positive.
   */
  lattice(rows: readonly (readonly Vec3[])[]): void {
    const ids = rows.map((row) => row.map((p) => this.vertex(p)));
    for (let i = 0; i + 1 < ids.length; i++) {
      const a = ids[i]!;
      const b = ids[i + 1]!;
      const n = Math.max(a.length, b.length);
      for (let j = 0; j < n; j++) {
        const a0 = a[a.length === 1 ? 0 : j % a.length]!;
        const a1 = a[a.length === 1 ? 0 : (j + 1) % a.length]!;
        const b0 = b[b.length === 1 ? 0 : j % b.length]!;
        const b1 = b[b.length === 1 ? 0 : (j + 1) % b.length]!;
        this.triangle(a0, a1, b1);
        this.triangle(a0, b1, b0);
      }
    }
  }

  /** An indexed geometry with smooth normals; outward winding (positive volume) is enforced. */
  toGeometry(): BufferGeometry {
    const indices = this.indices.slice();
    if (signedVolume(this.positions, indices) < 0) flipWinding(indices);
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(this.positions, 3));
    g.setIndex(indices);
    g.computeVertexNormals();
    return g;
  }
}

/** Signed volume enclosed by a triangle mesh: positive when the faces wind outward. */
export function signedVolume(positions: ArrayLike<number>, indices: ArrayLike<number>): number {
  let v = 0;
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const a = indices[t]! * 3;
    const b = indices[t + 1]! * 3;
    const c = indices[t + 2]! * 3;
    const ax = positions[a]!, ay = positions[a + 1]!, az = positions[a + 2]!;
    const bx = positions[b]!, by = positions[b + 1]!, bz = positions[b + 2]!;
    const cx = positions[c]!, cy = positions[c + 1]!, cz = positions[c + 2]!;
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return v / 6;
}

function flipWinding(indices: number[]): void {
  for (let t = 0; t + 2 < indices.length; t += 3) {
    const b = indices[t + 1]!;
    indices[t + 1] = indices[t + 2]!;
    indices[t + 2] = b;
  }
}

/** Mirror image across x = 0 (the mother's left <-> right), with the winding kept outward. */
export function mirrorGeometryX(source: BufferGeometry): BufferGeometry {
  const g = source.clone();
  const pos = g.getAttribute('position');
  for (let i = 0; i < pos.count; i++) pos.setX(i, -pos.getX(i));
  const nor = g.getAttribute('normal');
  if (nor) for (let i = 0; i < nor.count; i++) nor.setX(i, -nor.getX(i));
  const index = g.getIndex();
  if (index) {
    const arr = index.array;
    for (let t = 0; t + 2 < arr.length; t += 3) {
      const b = arr[t + 1]!;
      arr[t + 1] = arr[t + 2]!;
      arr[t + 2] = b;
    }
    index.needsUpdate = true;
  }
  pos.needsUpdate = true;
  return g;
}

// ---------------------------------------------------------------------------------------------
// Lofts

/** One station of a loft: a cross-section centred at `c` with radii `a` (major axis) and `b`. */
export interface LoftStation {
  readonly c: Vec3;
  /** Radius along the major axis (the axis hint, made perpendicular to the path). */
  readonly a: number;
  /** Radius along the minor axis (tangent x major). */
  readonly b: number;
  /** Superellipse exponent of the cross-section: 2 = ellipse, 3..4 = rounded box. Default 2. */
  readonly n?: number;
  /** Direction of the major axis here; overrides the loft's default hint. */
  readonly axis?: Vec3;
}

export interface LoftOptions {
  /** Vertices around each ring (even, so midline lofts stay mirror-symmetric). */
  readonly radial: number;
  /** Rings along the path between the first and last station (at least the station count). */
  readonly rings: number;
  /** Default major-axis direction where a station gives none. */
  readonly axis: Vec3;
  /** Length of the domed end caps (negative: a dish, as on the glenoid). */
  readonly capStart?: number;
  readonly capEnd?: number;
  /** Rings in each cap, between the last ring and the pole. */
  readonly capRings?: number;
}

const catmull = (p0: number, p1: number, p2: number, p3: number, t: number): number => {
  const t2 = t * t;
  const t3 = t2 * t;
  return 0.5 * (2 * p1 + (-p0 + p2) * t + (2 * p0 - 5 * p1 + 4 * p2 - p3) * t2 + (-p0 + 3 * p1 - 3 * p2 + p3) * t3);
};

const catmullVec = (p0: Vec3, p1: Vec3, p2: Vec3, p3: Vec3, t: number): Vec3 => [
  catmull(p0[0], p1[0], p2[0], p3[0], t),
  catmull(p0[1], p1[1], p2[1], p3[1], t),
  catmull(p0[2], p1[2], p2[2], p3[2], t),
];

/**
 * Samples a smooth curve through `points` (uniform Catmull-Rom, ends extrapolated), `count`
 * samples spread by chord length. Returns the samples with their segment parameter so
 * per-station values can be interpolated alongside.
 */
export function sampleSpline(points: readonly Vec3[], count: number): { p: Vec3; seg: number; t: number }[] {
  const n = points.length;
  if (n < 2) throw new Error('bones: a spline needs two points');
  const at = (i: number): Vec3 => {
    if (i < 0) return sub(scale(points[0]!, 2), points[1]!);
    if (i >= n) return sub(scale(points[n - 1]!, 2), points[n - 2]!);
    return points[i]!;
  };
  const chords: number[] = [];
  for (let i = 0; i + 1 < n; i++) chords.push(length(sub(points[i + 1]!, points[i]!)));
  const total = chords.reduce((s, c) => s + c, 0);
  const out: { p: Vec3; seg: number; t: number }[] = [];
  for (let k = 0; k < count; k++) {
    let d = (k / (count - 1)) * total;
    let seg = 0;
    while (seg < n - 2 && d > chords[seg]!) {
      d -= chords[seg]!;
      seg++;
    }
    const t = Math.min(1, chords[seg]! > 0 ? d / chords[seg]! : 0);
    out.push({ p: catmullVec(at(seg - 1), at(seg), at(seg + 1), at(seg + 2), t), seg, t });
  }
  return out;
}

const sgnPow = (x: number, e: number): number => Math.sign(x) * Math.abs(x) ** e;

function ring(c: Vec3, A: Vec3, B: Vec3, a: number, b: number, n: number, radial: number): Vec3[] {
  const out: Vec3[] = [];
  const e = 2 / n;
  for (let j = 0; j < radial; j++) {
    const th = (2 * Math.PI * j) / radial;
    const cs = Math.abs(Math.cos(th)) < 1e-12 ? 0 : Math.cos(th);
    const sn = Math.abs(Math.sin(th)) < 1e-12 ? 0 : Math.sin(th);
    out.push(add(add(c, scale(A, a * sgnPow(cs, e))), scale(B, b * sgnPow(sn, e))));
  }
  return out;
}

/** A smooth closed tube through the stations, with domed ends. Adds to `mesh`. */
export function loft(mesh: MeshBuilder, stations: readonly LoftStation[], o: LoftOptions): void {
  const n = stations.length;
  const rings = Math.max(o.rings, n);
  const samples = sampleSpline(
    stations.map((s) => s.c),
    rings,
  );
  const st = (i: number): LoftStation => stations[Math.max(0, Math.min(n - 1, i))]!;
  const interp = (f: (s: LoftStation) => number, seg: number, t: number): number =>
    catmull(f(st(seg - 1)), f(st(seg)), f(st(seg + 1)), f(st(seg + 2)), t);
  const hint = (s: LoftStation): Vec3 => s.axis ?? o.axis;

  const rows: Vec3[][] = [];
  const frames: { c: Vec3; T: Vec3; A: Vec3; B: Vec3; a: number; b: number; e: number }[] = [];
  for (let k = 0; k < samples.length; k++) {
    const { p, seg, t } = samples[k]!;
    const prev = samples[Math.max(0, k - 1)]!.p;
    const next = samples[Math.min(samples.length - 1, k + 1)]!.p;
    const T = normalize(sub(next, prev));
    const h0 = hint(st(seg));
    const h1 = hint(st(seg + 1));
    const s = smoothstep(0, 1, t);
    const h: Vec3 = normalize(add(scale(h0, 1 - s), scale(h1, s)));
    let A = sub(h, scale(T, dot(h, T)));
    if (length(A) < 1e-6) A = frames.length ? frames[frames.length - 1]!.A : perpendicular(T);
    A = normalize(A);
    const B = normalize(cross(T, A));
    const a = Math.max(1e-4, interp((x) => x.a, seg, t));
    const b = Math.max(1e-4, interp((x) => x.b, seg, t));
    const e = interp((x) => x.n ?? 2, seg, t);
    frames.push({ c: p, T, A, B, a, b, e });
    rows.push(ring(p, A, B, a, b, e, o.radial));
  }
  const capRings = o.capRings ?? 3;
  const cap = (f: (typeof frames)[number], dir: 1 | -1, len: number): Vec3[][] => {
    const out: Vec3[][] = [];
    for (let k = 1; k <= capRings; k++) {
      const phi = (k / (capRings + 1)) * (Math.PI / 2);
      const c = add(f.c, scale(f.T, dir * len * Math.sin(phi)));
      const r = Math.cos(phi);
      out.push(ring(c, f.A, f.B, f.a * r, f.b * r, f.e, o.radial));
    }
    out.push([add(f.c, scale(f.T, dir * len))]);
    return out;
  };
  const first = frames[0]!;
  const last = frames[frames.length - 1]!;
  const startLen = o.capStart ?? Math.min(first.a, first.b);
  const endLen = o.capEnd ?? Math.min(last.a, last.b);
  mesh.lattice([...cap(first, -1, startLen).reverse(), ...rows, ...cap(last, 1, endLen)]);
}

export function perpendicular(v: Vec3): Vec3 {
  const other: Vec3 = Math.abs(v[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0];
  return normalize(cross(v, other));
}

/** A local frame: origin plus three unit axes; `at` maps local millimetres to world metres. */
export interface Frame3 {
  readonly o: Vec3;
  readonly x: Vec3;
  readonly y: Vec3;
  readonly z: Vec3;
}

/** World point of local coordinates given in millimetres. */
export const at = (f: Frame3, x: number, y: number, z: number): Vec3 =>
  add(add(add(f.o, scale(f.x, x / 1000)), scale(f.y, y / 1000)), scale(f.z, z / 1000));

/** World direction of a local direction. */
export const dirAt = (f: Frame3, x: number, y: number, z: number): Vec3 =>
  normalize(add(add(scale(f.x, x), scale(f.y, y)), scale(f.z, z)));

/** Local coordinates (millimetres) of a world point. */
export const toLocal = (f: Frame3, p: Vec3): Vec3 => {
  const d = sub(p, f.o);
  return [dot(d, f.x) * 1000, dot(d, f.y) * 1000, dot(d, f.z) * 1000];
};

// ---------------------------------------------------------------------------------------------
// Plates

/** A point of a plate's outline in its 2D parameter space, with the rim's half thickness (m). */
export type OutlinePoint = readonly [s: number, t: number, halfEdge: number];

export interface PlateOptions {
  /** Parameter-space point the rows fan out from (inside the outline, which must be star-shaped from it). */
  readonly centre: readonly [number, number];
  /** Closed outline, resampled to `columns` points by a smooth closed spline. */
  readonly outline: readonly OutlinePoint[];
  readonly columns: number;
  /** Mid-surface point and unit normal (toward the face called "top") at (s, t). */
  readonly surface: (s: number, t: number) => { p: Vec3; n: Vec3 };
  /** Full thickness (m) at fraction `rho` (0 centre .. 1 rim start) toward a rim of half thickness `halfEdge`. */
  readonly thickness: (rho: number, halfEdge: number) => number;
  /** Fractions of the way from the centre to where the rounded rim begins. */
  readonly rows?: readonly number[];
  /** Steps round the rounded rim (odd, so the rim's apex is a row). */
  readonly rimSteps?: number;
}

/** Samples a closed smooth curve through `points` (Catmull-Rom), `count` samples by chord length. */
export function sampleClosed(points: readonly OutlinePoint[], count: number): OutlinePoint[] {
  const n = points.length;
  const p = (i: number): OutlinePoint => points[((i % n) + n) % n]!;
  const chords: number[] = [];
  for (let i = 0; i < n; i++) chords.push(Math.hypot(p(i + 1)[0] - p(i)[0], p(i + 1)[1] - p(i)[1]));
  const total = chords.reduce((s, c) => s + c, 0);
  const out: OutlinePoint[] = [];
  for (let k = 0; k < count; k++) {
    let d = (k / count) * total;
    let seg = 0;
    while (seg < n - 1 && d > chords[seg]!) {
      d -= chords[seg]!;
      seg++;
    }
    const t = chords[seg]! > 0 ? Math.min(1, d / chords[seg]!) : 0;
    const [a, b, c, e] = [p(seg - 1), p(seg), p(seg + 1), p(seg + 2)];
    out.push([catmull(a[0], b[0], c[0], e[0], t), catmull(a[1], b[1], c[1], e[1], t), catmull(a[2], b[2], c[2], e[2], t)]);
  }
  return out;
}

/**
 * A thin plate with a rounded rim: rows fan out from `centre` over the top face, turn round the
 * rim (a half circle of the rim's half thickness) and come back under the bottom face. The
 * outline is the rim's apex, so points on it lie on the bone's edge.
 */
export function fanPlate(mesh: MeshBuilder, o: PlateOptions): void {
  const outline = sampleClosed(o.outline, o.columns);
  const fr = o.rows ?? [0.22, 0.44, 0.62, 0.76, 0.87, 0.95];
  const rim = o.rimSteps ?? 5;
  const [cs, ct] = o.centre;
  const top: Vec3[][] = [];
  const bottom: Vec3[][] = [];
  const rimRows: Vec3[][] = Array.from({ length: rim }, () => []);
  const rows = fr.map(() => ({ top: [] as Vec3[], bottom: [] as Vec3[] }));
  const c = o.surface(cs, ct);
  const t0 = o.thickness(0, (outline[0]?.[2] ?? 0));
  for (const [s, t, e] of outline) {
    const eps = 1e-4;
    const ds = s - cs;
    const dt = t - ct;
    const dl = Math.hypot(ds, dt);
    const edge = o.surface(s, t);
    const back = o.surface(s - (ds / dl) * eps, t - (dt / dl) * eps);
    const metric = length(sub(edge.p, back.p)) / eps;
    const k = Math.max(0, 1 - e / metric / dl);
    fr.forEach((f, i) => {
      const q = o.surface(cs + ds * k * f, ct + dt * k * f);
      const th = o.thickness(f, e) / 2;
      rows[i]!.top.push(add(q.p, scale(q.n, th)));
      rows[i]!.bottom.push(add(q.p, scale(q.n, -th)));
    });
    const rc = o.surface(cs + ds * k, ct + dt * k);
    const out = normalize(sub(edge.p, rc.p));
    for (let r = 0; r < rim; r++) {
      const alpha = Math.PI / 2 - ((r + 1) * Math.PI) / (rim + 1);
      rimRows[r]!.push(add(add(rc.p, scale(out, e * Math.cos(alpha))), scale(rc.n, e * Math.sin(alpha))));
    }
  }
  for (const r of rows) {
    top.push(r.top);
    bottom.unshift(r.bottom);
  }
  mesh.lattice([[add(c.p, scale(c.n, t0 / 2))], ...top, ...rimRows, ...bottom, [add(c.p, scale(c.n, -t0 / 2))]]);
}
