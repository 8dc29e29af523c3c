/**
 * Signed-distance primitives and the smooth operators that join them. Pure maths on plain numbers,
 * no three.js.
 *
 * Shapes are plain data (`Shape`), built with the helpers below, then compiled into flat typed
 * arrays (`ShapeTable`) and evaluated by one function with a switch (`evalShape`): one hot,
 * monomorphic loop, no allocation per evaluation. (Calling `distance` methods on a dozen classes
 * made the engine's call sites megamorphic and the mesher five times slower.)
 *
 * Sign convention: negative inside, positive outside, metres. Primitives are exact distances or
 * close bounds (the ellipsoid and the scaled shapes are Inigo Quilez's approximations), so fields
 * built from them are Lipschitz with a constant near 1; the mesher relies on that for culling.
 * Formulas after Inigo Quilez, "distance functions" and "smooth minimum" (iquilezles.org).
 */
import type { Vec3 } from '../vec';

/** An orthonormal frame placing a shape in the body: its own x, y and z axes. */
export interface Axes {
  readonly x: Vec3;
  readonly y: Vec3;
  readonly z: Vec3;
}

export interface Box3 {
  readonly min: Vec3;
  readonly max: Vec3;
}

export type Shape =
  | { readonly kind: 'sphere'; readonly centre: Vec3; readonly radius: number }
  | { readonly kind: 'roundCone'; readonly a: Vec3; readonly b: Vec3; readonly ra: number; readonly rb: number }
  | { readonly kind: 'ellipsoid'; readonly centre: Vec3; readonly axes: Axes; readonly radii: Vec3 }
  | {
      readonly kind: 'plate';
      readonly origin: Vec3;
      readonly axes: Axes;
      readonly polygon: ReadonlyArray<readonly [number, number]>;
      readonly radius: number;
    }
  | { readonly kind: 'halfSpace'; readonly point: Vec3; readonly normal: Vec3 }
  | { readonly kind: 'scaled'; readonly inner: Shape; readonly origin: Vec3; readonly axes: Axes; readonly factors: Vec3 }
  | { readonly kind: 'clipped'; readonly solid: Shape; readonly clip: Shape; readonly blend: number }
  | { readonly kind: 'inflated'; readonly inner: Shape; readonly amount: number }
  | { readonly kind: 'chain'; readonly parts: readonly Shape[] };

// ---------------------------------------------------------------------------------------------
// Smooth operators.

/**
 * Quadratic smooth minimum: C1, equal to min(a, b) wherever |a - b| >= k, at most k/4 below it.
 * `k` is the width of the blend in metres; k <= 0 gives the plain minimum.
 */
export function smin(a: number, b: number, k: number): number {
  const m = a < b ? a : b;
  if (k <= 0) return m;
  const d = a - b;
  const h = k - (d < 0 ? -d : d);
  if (h <= 0) return m;
  const hk = h / k;
  return m - hk * hk * k * 0.25;
}

/** Quadratic smooth maximum (smooth intersection); smax(a, -b, k) subtracts b from a. */
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

// ---------------------------------------------------------------------------------------------
// Shape helpers.

/** A ball. */
export const sphere = (centre: Vec3, radius: number): Shape => ({ kind: 'sphere', centre, radius });

/** A cone between two balls, tangent to both (exact). `a`/`b` are the centres, `ra`/`rb` the radii. */
export function roundCone(a: Vec3, b: Vec3, ra: number, rb: number): Shape {
  const l2 = (b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2 + (b[2] - a[2]) ** 2;
  if (l2 <= (ra - rb) ** 2) throw new RangeError('roundCone: one ball contains the other');
  return { kind: 'roundCone', a, b, ra, rb };
}

/** A segment swept by a ball. */
export const capsule = (a: Vec3, b: Vec3, radius: number): Shape => roundCone(a, b, radius, radius);

/** An ellipsoid with semi-axes `radii` along `axes` (a close bound, exact on the surface). */
export const ellipsoid = (centre: Vec3, axes: Axes, radii: Vec3): Shape => ({ kind: 'ellipsoid', centre, axes, radii });

/**
 * A flat plate (a planar polygon) thickened by `radius`: a pillow with rounded edges whose faces
 * lie `radius` either side of the plane over the whole polygon. `axes.x`/`axes.y` span the plane,
 * `axes.z` is its normal; `polygon` is in plane coordinates (metres from `origin`).
 */
export function plate(origin: Vec3, axes: Axes, polygon: ReadonlyArray<readonly [number, number]>, radius: number): Shape {
  if (polygon.length < 3) throw new RangeError('plate: a polygon needs three corners');
  return { kind: 'plate', origin, axes, polygon, radius };
}

/** Everything on the `normal` side of the plane through `point` is outside. */
export const halfSpace = (point: Vec3, normal: Vec3): Shape => ({ kind: 'halfSpace', point, normal });

/**
 * Another shape stretched by `factors` along the axes of a frame: the inner shape is built in
 * unit space and its distance scaled by the smallest factor (a bound). For flattened tubes.
 */
export const scaled = (inner: Shape, origin: Vec3, axes: Axes, factors: Vec3): Shape => ({ kind: 'scaled', inner, origin, axes, factors });

/** The inside of both shapes, joined by a smooth intersection (e.g. a cap cut by a plane). */
export const clipped = (solid: Shape, clip: Shape, blend: number): Shape => ({ kind: 'clipped', solid, clip, blend });

/** A shape grown outward by `amount` metres (negative shrinks it). */
export const inflated = (inner: Shape, amount: number): Shape => ({ kind: 'inflated', inner, amount });

/**
 * Several shapes joined by a plain minimum: for chains of round cones that share their end balls
 * (a bent tube), whose plain union is already smooth. Joining them one by one with a smooth union
 * would swell every joint.
 */
export function chain(parts: readonly Shape[]): Shape {
  if (parts.length === 0) throw new RangeError('chain: no parts');
  return { kind: 'chain', parts };
}

/** The frame whose y axis is `up` and whose z axis is as close to `back` as possible. */
export function axesFromUpBack(up: Vec3, back: Vec3): Axes {
  const ul = Math.hypot(up[0], up[1], up[2]);
  const y: Vec3 = [up[0] / ul, up[1] / ul, up[2] / ul];
  let x: Vec3 = [y[1] * back[2] - y[2] * back[1], y[2] * back[0] - y[0] * back[2], y[0] * back[1] - y[1] * back[0]];
  const xl = Math.hypot(x[0], x[1], x[2]);
  x = [x[0] / xl, x[1] / xl, x[2] / xl];
  const z: Vec3 = [x[1] * y[2] - x[2] * y[1], x[2] * y[0] - x[0] * y[2], x[0] * y[1] - x[1] * y[0]];
  return { x, y, z };
}

export const WORLD_AXES: Axes = { x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] };

// ---------------------------------------------------------------------------------------------
// Bounds.

const EVERYWHERE: Box3 = { min: [-1e3, -1e3, -1e3], max: [1e3, 1e3, 1e3] };
const boxAround = (c: Vec3, r: number): Box3 => ({ min: [c[0] - r, c[1] - r, c[2] - r], max: [c[0] + r, c[1] + r, c[2] + r] });
export const unionBox = (a: Box3, b: Box3): Box3 => ({
  min: [Math.min(a.min[0], b.min[0]), Math.min(a.min[1], b.min[1]), Math.min(a.min[2], b.min[2])],
  max: [Math.max(a.max[0], b.max[0]), Math.max(a.max[1], b.max[1]), Math.max(a.max[2], b.max[2])],
});

/** A box that holds the whole solid. */
export function boundsOf(s: Shape): Box3 {
  switch (s.kind) {
    case 'sphere':
      return boxAround(s.centre, s.radius);
    case 'roundCone':
      return unionBox(boxAround(s.a, s.ra), boxAround(s.b, s.rb));
    case 'ellipsoid':
      return boxAround(s.centre, Math.max(...s.radii));
    case 'plate': {
      let reach = 0;
      for (const [u, v] of s.polygon) reach = Math.max(reach, Math.hypot(u, v));
      return boxAround(s.origin, reach + s.radius);
    }
    case 'halfSpace':
      return EVERYWHERE;
    case 'scaled': {
      const b = boundsOf(s.inner);
      let box: Box3 | null = null;
      for (let i = 0; i < 8; i++) {
        const lu = (i & 1 ? b.max[0] : b.min[0]) * s.factors[0];
        const lv = (i & 2 ? b.max[1] : b.min[1]) * s.factors[1];
        const lw = (i & 4 ? b.max[2] : b.min[2]) * s.factors[2];
        const { x, y, z } = s.axes;
        const p: Vec3 = [
          s.origin[0] + x[0] * lu + y[0] * lv + z[0] * lw,
          s.origin[1] + x[1] * lu + y[1] * lv + z[1] * lw,
          s.origin[2] + x[2] * lu + y[2] * lv + z[2] * lw,
        ];
        box = box ? unionBox(box, { min: p, max: p }) : { min: p, max: p };
      }
      return box!;
    }
    case 'clipped':
      return boundsOf(s.solid);
    case 'inflated': {
      const b = boundsOf(s.inner);
      const a = Math.max(0, s.amount);
      return { min: [b.min[0] - a, b.min[1] - a, b.min[2] - a], max: [b.max[0] + a, b.max[1] + a, b.max[2] + a] };
    }
    case 'chain':
      return s.parts.map(boundsOf).reduce(unionBox);
  }
}

// ---------------------------------------------------------------------------------------------
// Compiled form.

const SPHERE = 0;
const ROUND_CONE = 1;
const ELLIPSOID = 2;
const PLATE = 3;
const HALF_SPACE = 4;
const SCALED = 5;
const CLIPPED = 6;
const INFLATED = 7;
const CHAIN = 8;

/** Shapes flattened into typed arrays: node `n` has type `types[n]` and parameters from `offsets[n]`. */
export interface ShapeTable {
  readonly types: Int32Array;
  readonly offsets: Int32Array;
  readonly params: Float64Array;
}

/** Collects shapes into a `ShapeTable`; `add` returns the node index to evaluate. */
export class ShapeCompiler {
  private readonly types: number[] = [];
  private readonly offsets: number[] = [];
  private readonly params: number[] = [];

  add(s: Shape): number {
    // Children first, so their indices are known.
    const children: number[] = [];
    if (s.kind === 'scaled' || s.kind === 'inflated') children.push(this.add(s.inner));
    if (s.kind === 'clipped') children.push(this.add(s.solid), this.add(s.clip));
    if (s.kind === 'chain') for (const part of s.parts) children.push(this.add(part));
    const node = this.types.length;
    const p = this.params;
    this.offsets.push(p.length);
    const frame = (o: Vec3, a: Axes) => p.push(...o, ...a.x, ...a.y, ...a.z);
    switch (s.kind) {
      case 'sphere':
        this.types.push(SPHERE);
        p.push(...s.centre, s.radius);
        break;
      case 'roundCone': {
        this.types.push(ROUND_CONE);
        const ba: Vec3 = [s.b[0] - s.a[0], s.b[1] - s.a[1], s.b[2] - s.a[2]];
        const l2 = ba[0] ** 2 + ba[1] ** 2 + ba[2] ** 2;
        const rr = s.ra - s.rb;
        // a, b - a, l2, rr, a2, 1 / l2, ra, rb
        p.push(...s.a, ...ba, l2, rr, l2 - rr * rr, 1 / l2, s.ra, s.rb);
        break;
      }
      case 'ellipsoid':
        this.types.push(ELLIPSOID);
        frame(s.centre, s.axes);
        p.push(1 / s.radii[0], 1 / s.radii[1], 1 / s.radii[2], 1 / s.radii[0] ** 2, 1 / s.radii[1] ** 2, 1 / s.radii[2] ** 2, Math.min(...s.radii));
        break;
      case 'plate':
        this.types.push(PLATE);
        frame(s.origin, s.axes);
        p.push(s.radius, s.polygon.length);
        for (const [u, v] of s.polygon) p.push(u, v);
        break;
      case 'halfSpace': {
        this.types.push(HALF_SPACE);
        const l = Math.hypot(...s.normal);
        const n: Vec3 = [s.normal[0] / l, s.normal[1] / l, s.normal[2] / l];
        p.push(...n, n[0] * s.point[0] + n[1] * s.point[1] + n[2] * s.point[2]);
        break;
      }
      case 'scaled':
        this.types.push(SCALED);
        frame(s.origin, s.axes);
        p.push(1 / s.factors[0], 1 / s.factors[1], 1 / s.factors[2], Math.min(...s.factors), children[0]!);
        break;
      case 'clipped':
        this.types.push(CLIPPED);
        p.push(s.blend, children[0]!, children[1]!);
        break;
      case 'inflated':
        this.types.push(INFLATED);
        p.push(s.amount, children[0]!);
        break;
      case 'chain':
        this.types.push(CHAIN);
        p.push(children.length, ...children);
        break;
    }
    return node;
  }

  table(): ShapeTable {
    return { types: Int32Array.from(this.types), offsets: Int32Array.from(this.offsets), params: Float64Array.from(this.params) };
  }
}

/** Signed distance of compiled node `n` at (x, y, z). */
export function evalShape(t: ShapeTable, n: number, x: number, y: number, z: number): number {
  const f = t.params;
  const o = t.offsets[n]!;
  switch (t.types[n]!) {
    case SPHERE: {
      const dx = x - f[o]!;
      const dy = y - f[o + 1]!;
      const dz = z - f[o + 2]!;
      return Math.sqrt(dx * dx + dy * dy + dz * dz) - f[o + 3]!;
    }
    case ROUND_CONE: {
      // iq's exact round cone.
      const pax = x - f[o]!;
      const pay = y - f[o + 1]!;
      const paz = z - f[o + 2]!;
      const bax = f[o + 3]!;
      const bay = f[o + 4]!;
      const baz = f[o + 5]!;
      const l2 = f[o + 6]!;
      const rr = f[o + 7]!;
      const a2 = f[o + 8]!;
      const il2 = f[o + 9]!;
      const yy = pax * bax + pay * bay + paz * baz;
      const zz = yy - l2;
      const qx = pax * l2 - bax * yy;
      const qy = pay * l2 - bay * yy;
      const qz = paz * l2 - baz * yy;
      const x2 = qx * qx + qy * qy + qz * qz;
      const y2 = yy * yy * l2;
      const z2 = zz * zz * l2;
      const k = (rr > 0 ? 1 : rr < 0 ? -1 : 0) * rr * rr * x2;
      if ((zz > 0 ? 1 : zz < 0 ? -1 : 0) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - f[o + 11]!;
      if ((yy > 0 ? 1 : yy < 0 ? -1 : 0) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - f[o + 10]!;
      return (Math.sqrt(x2 * a2 * il2) + yy * rr) * il2 - f[o + 10]!;
    }
    case ELLIPSOID: {
      const dx = x - f[o]!;
      const dy = y - f[o + 1]!;
      const dz = z - f[o + 2]!;
      const u = f[o + 3]! * dx + f[o + 4]! * dy + f[o + 5]! * dz;
      const v = f[o + 6]! * dx + f[o + 7]! * dy + f[o + 8]! * dz;
      const w = f[o + 9]! * dx + f[o + 10]! * dy + f[o + 11]! * dz;
      const a = u * f[o + 12]!;
      const b = v * f[o + 13]!;
      const c = w * f[o + 14]!;
      const e = u * f[o + 15]!;
      const g = v * f[o + 16]!;
      const h = w * f[o + 17]!;
      const k0 = Math.sqrt(a * a + b * b + c * c);
      const k1 = Math.sqrt(e * e + g * g + h * h);
      if (k1 < 1e-12) return -f[o + 18]!;
      return (k0 * (k0 - 1)) / k1;
    }
    case PLATE: {
      const dx = x - f[o]!;
      const dy = y - f[o + 1]!;
      const dz = z - f[o + 2]!;
      const px = f[o + 3]! * dx + f[o + 4]! * dy + f[o + 5]! * dz;
      const py = f[o + 6]! * dx + f[o + 7]! * dy + f[o + 8]! * dz;
      const w = f[o + 9]! * dx + f[o + 10]! * dy + f[o + 11]! * dz;
      const radius = f[o + 12]!;
      const count = f[o + 13]!;
      const base = o + 14;
      // Distance to the polygon in its plane (iq's sdPolygon), zero inside.
      let best = (px - f[base]!) ** 2 + (py - f[base + 1]!) ** 2;
      let inside = false;
      for (let i = 0, j = count - 1; i < count; j = i, i++) {
        const ui = f[base + 2 * i]!;
        const vi = f[base + 2 * i + 1]!;
        const ex = f[base + 2 * j]! - ui;
        const ey = f[base + 2 * j + 1]! - vi;
        const wx = px - ui;
        const wy = py - vi;
        let s = (wx * ex + wy * ey) / (ex * ex + ey * ey);
        s = s < 0 ? 0 : s > 1 ? 1 : s;
        const bx = wx - ex * s;
        const by = wy - ey * s;
        const d2 = bx * bx + by * by;
        if (d2 < best) best = d2;
        const c1 = py >= vi;
        const c2 = py < f[base + 2 * j + 1]!;
        const c3 = ex * wy > ey * wx;
        if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) inside = !inside;
      }
      return Math.sqrt((inside ? 0 : best) + w * w) - radius;
    }
    case HALF_SPACE:
      return f[o]! * x + f[o + 1]! * y + f[o + 2]! * z - f[o + 3]!;
    case SCALED: {
      const dx = x - f[o]!;
      const dy = y - f[o + 1]!;
      const dz = z - f[o + 2]!;
      const u = (f[o + 3]! * dx + f[o + 4]! * dy + f[o + 5]! * dz) * f[o + 12]!;
      const v = (f[o + 6]! * dx + f[o + 7]! * dy + f[o + 8]! * dz) * f[o + 13]!;
      const w = (f[o + 9]! * dx + f[o + 10]! * dy + f[o + 11]! * dz) * f[o + 14]!;
      return evalShape(t, f[o + 16]!, u, v, w) * f[o + 15]!;
    }
    case CLIPPED:
      return smax(evalShape(t, f[o + 1]!, x, y, z), evalShape(t, f[o + 2]!, x, y, z), f[o]!);
    case INFLATED:
      return evalShape(t, f[o + 1]!, x, y, z) - f[o]!;
    case CHAIN: {
      const count = f[o]!;
      let d = Infinity;
      for (let i = 1; i <= count; i++) {
        const v = evalShape(t, f[o + i]!, x, y, z);
        if (v < d) d = v;
      }
      return d;
    }
    default:
      throw new Error(`evalShape: unknown node type ${t.types[n]}`);
  }
}

/** The distance of one shape, compiled on the spot: for tests and one-off queries. */
export function shapeDistance(s: Shape, p: Vec3): number {
  const c = new ShapeCompiler();
  const n = c.add(s);
  return evalShape(c.table(), n, p[0], p[1], p[2]);
}
