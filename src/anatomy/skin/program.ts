/**
 * A signed-distance field written as a short program: shapes joined in order by smooth union,
 * smooth subtraction and smooth intersection, and smooth displacements (grooves, hollows, the
 * landmark fit). The program can "plan" a ball of space: list only the steps that change the value
 * anywhere inside it, so the mesher evaluates a handful of shapes per point instead of all of them.
 * A skipped step is an exact no-op there (the smooth operators equal the plain ones outside their
 * blend width, displacements vanish outside their radius), so planned and full evaluation give
 * bit-identical values.
 */
import { ShapeCompiler, boundsOf, evalShape, smax, smin, unionBox, type Box3, type Shape, type ShapeTable } from './sdf';

/** `union` adds a solid, `subtract` carves it out, `intersect` keeps only its inside. */
export interface CsgStep {
  readonly kind: 'union' | 'subtract' | 'intersect';
  readonly shape: Shape;
  /** Blend width in metres (0 = sharp). */
  readonly blend: number;
  /** Which material the added solid belongs to (used for unions only). */
  readonly region: number;
  /** A name for reports and debugging. */
  readonly name: string;
}

/**
 * Moves the surface outward by `amount * w(max(0, d) / radius)` (negative amounts move it in),
 * where d is the distance to `shape` (a point, a polyline, any shape) and w the `bump` profile:
 * 1 on the shape, 0 from `radius` away, smooth throughout. A groove along a line, a hollow round a
 * point, with no edges and no carving tool left outside the body.
 */
export interface DisplaceStep {
  readonly kind: 'displace';
  readonly shape: Shape;
  readonly radius: number;
  readonly amount: number;
  readonly name: string;
}

/**
 * Clothing over whatever the program has built so far: the surface grown outward by `thickness`
 * inside `shape` (typically a slab between two planes), rounded by `blend` where it ends, and
 * joined to the body with a smooth union of width `join`. It follows the body exactly, so nothing
 * pokes through. Its region wins inside `shape`.
 */
export interface ShellStep {
  readonly kind: 'shell';
  readonly shape: Shape;
  readonly thickness: number;
  readonly blend: number;
  readonly join: number;
  readonly region: number;
  readonly name: string;
}

export type Step = CsgStep | DisplaceStep | ShellStep;

/**
 * The displacement profile (1 - r^2)^3 on [0, 1]: 1 at 0, 0 from 1 on, C2 at the rim and, being
 * a function of r^2, smooth at the centre too. Broad-bottomed: half its depth is still there at
 * r = 0.45, so a groove reads as a valley, not a crease.
 */
export function bump(r: number): number {
  if (r >= 1) return 0;
  const t = 1 - r * r;
  return t * t * t;
}

/** Largest slope of the bump profile, |b'(1/sqrt 5)|, for Lipschitz bounds. */
export const BUMP_MAX_SLOPE = (6 / Math.sqrt(5)) * 0.8 ** 2;

/**
 * Upper bound on how fast any program value changes per metre. Union, subtraction and
 * intersection of 1-Lipschitz fields stay 1-Lipschitz; the ellipsoid bound adds a little and each
 * displacement adds its slope where it acts (checked when the program is built, allowing two to
 * overlap). Culling is only as safe as this constant.
 */
export const LIPSCHITZ = 2.5;

/** The same bound for one shape's own distance (exact distances are 1; the bounds stay below 1.2). */
export const SHAPE_LIPSCHITZ = 1.2;

const KIND_UNION = 0;
const KIND_SUBTRACT = 1;
const KIND_INTERSECT = 2;
const KIND_DISPLACE = 3;
const KIND_SHELL = 4;

/** A shell's edge meets the body at a crease; its colour blends over a wider band there. */
const SHELL_BAND_FACTOR = 3;

export class SdfProgram {
  readonly steps: readonly Step[];
  /** Evaluate with x folded to -|x|: the body is authored on its left side (x <= 0) and mirrored. */
  readonly mirrored: boolean;
  /** Box holding the solid (both sides when mirrored). */
  readonly bounds: Box3;
  private readonly kinds: Int8Array;
  /** Blend width (CSG steps) or radius (displacements). */
  private readonly widths: Float64Array;
  private readonly inverseWidths: Float64Array;
  private readonly amounts: Float64Array;
  /** Shells: their blend (`widths` holds the join). */
  private readonly shellBlends: Float64Array;
  private readonly regions: Int32Array;
  private readonly table: ShapeTable;
  private readonly nodes: Int32Array;
  /** Value at the centre of the last planned ball. */
  plannedCentreValue = 0;

  constructor(steps: readonly Step[], mirrored = true) {
    if (steps.length === 0 || steps[0]!.kind !== 'union') throw new Error('SdfProgram: must start with a union');
    this.steps = steps;
    this.mirrored = mirrored;
    const n = steps.length;
    this.kinds = new Int8Array(n);
    this.widths = new Float64Array(n);
    this.inverseWidths = new Float64Array(n);
    this.amounts = new Float64Array(n);
    this.shellBlends = new Float64Array(n);
    this.regions = new Int32Array(n).fill(-1);
    let steepest = 0;
    steps.forEach((s, i) => {
      if (s.kind === 'shell') {
        this.kinds[i] = KIND_SHELL;
        this.widths[i] = s.join;
        this.amounts[i] = s.thickness;
        this.shellBlends[i] = s.blend;
        this.regions[i] = s.region;
      } else if (s.kind === 'displace') {
        this.kinds[i] = KIND_DISPLACE;
        this.widths[i] = s.radius;
        this.inverseWidths[i] = 1 / s.radius;
        this.amounts[i] = s.amount;
        steepest = Math.max(steepest, (Math.abs(s.amount) * BUMP_MAX_SLOPE) / s.radius);
      } else {
        this.kinds[i] = s.kind === 'union' ? KIND_UNION : s.kind === 'subtract' ? KIND_SUBTRACT : KIND_INTERSECT;
        this.widths[i] = s.blend;
        if (s.kind === 'union') this.regions[i] = s.region;
      }
    });
    if (1 + 2 * steepest > LIPSCHITZ) throw new Error('SdfProgram: a displacement is too steep for culling');
    const compiler = new ShapeCompiler();
    this.nodes = Int32Array.from(steps, (s) => compiler.add(s.shape));
    this.table = compiler.table();
    const b = steps
      .filter((s) => s.kind === 'union')
      .map((s) => boundsOf(s.shape))
      .reduce(unionBox);
    this.bounds = mirrored
      ? { min: [Math.min(b.min[0], -b.max[0]), b.min[1], b.min[2]], max: [Math.max(b.max[0], -b.min[0]), b.max[1], b.max[2]] }
      : b;
  }

  get length(): number {
    return this.kinds.length;
  }

  /** The full program at a point. */
  distance(x: number, y: number, z: number): number {
    if (this.mirrored && x > 0) x = -x;
    let r = Infinity;
    const n = this.kinds.length;
    for (let i = 0; i < n; i++) r = this.apply(i, r, evalShape(this.table, this.nodes[i]!, x, y, z));
    return r;
  }

  /** Only the steps `list[start .. end)` (from `plan`), valid inside the planned ball. */
  distanceWith(list: Int32Array, start: number, end: number, x: number, y: number, z: number): number {
    if (this.mirrored && x > 0) x = -x;
    let r = Infinity;
    for (let j = start; j < end; j++) {
      const i = list[j]!;
      r = this.apply(i, r, evalShape(this.table, this.nodes[i]!, x, y, z));
    }
    return r;
  }

  /** Whether any of the steps `list[start .. end)` adds a solid of a region other than `region`. */
  mixesRegions(list: Int32Array, start: number, end: number, region: number): boolean {
    for (let j = start; j < end; j++) {
      const r = this.regions[list[j]!]!;
      if (r >= 0 && r !== region) return true;
    }
    return false;
  }

  /** Step i applied to the running value r, given its shape's distance d. */
  private apply(i: number, r: number, d: number): number {
    switch (this.kinds[i]) {
      case KIND_UNION:
        return smin(r, d, this.widths[i]!);
      case KIND_SUBTRACT:
        return smax(r, -d, this.widths[i]!);
      case KIND_INTERSECT:
        return smax(r, d, this.widths[i]!);
      case KIND_SHELL:
        return smin(r, smax(r - this.amounts[i]!, d, this.shellBlends[i]!), this.widths[i]!);
      default: {
        const q = d * this.inverseWidths[i]!;
        return q >= 1 ? r : r - this.amounts[i]! * bump(q);
      }
    }
  }

  /**
   * Lists into `out` the steps that can change the value somewhere in the ball (centre, radius),
   * returns how many; sets `plannedCentreValue`. Uses bounds from the values at the centre: a
   * union is a no-op where its shape is at least `blend` above the running value, a subtraction
   * where the carved shape is at least `blend` beyond the surface so far, an intersection where its
   * shape is at least `blend` below it, a displacement beyond its radius, a shell where its shape
   * is at least `join` above the running value.
   */
  plan(cx: number, cy: number, cz: number, radius: number, out: Int32Array): number {
    return this.planWithin(null, 0, this.kinds.length, cx, cy, cz, radius, out);
  }

  /**
   * `plan`, choosing among the steps `list[start .. end)` only (steps start .. end when `list` is
   * null): a smaller ball inside a planned one, from that plan, lists only what matters there. As
   * exact as the plan it starts from, since the steps that plan skipped change nothing in it.
   */
  planWithin(list: Int32Array | null, start: number, end: number, cx: number, cy: number, cz: number, radius: number, out: Int32Array): number {
    if (this.mirrored && cx > 0) cx = -cx;
    // How far values can drift inside the ball: a single shape's distance by about the radius
    // (SHAPE_LIPSCHITZ), the running value (with displacements in it) by up to LIPSCHITZ times it.
    const shapeSpread = SHAPE_LIPSCHITZ * radius;
    const spread = LIPSCHITZ * radius;
    let r = Infinity;
    let count = 0;
    for (let j = start; j < end; j++) {
      const i = list ? list[j]! : j;
      const kind = this.kinds[i]!;
      const d = evalShape(this.table, this.nodes[i]!, cx, cy, cz);
      const k = this.widths[i]!;
      let needed: boolean;
      if (kind === KIND_UNION) needed = !(d - shapeSpread >= r + spread + k);
      else if (kind === KIND_SUBTRACT) needed = !(d - shapeSpread >= k - (r - spread));
      else if (kind === KIND_INTERSECT) needed = !(d + shapeSpread <= r - spread - k);
      // A shell is at least its shape's distance, so it changes nothing where that is `join` above r.
      else if (kind === KIND_SHELL) needed = !(d - shapeSpread >= r + spread + k);
      else needed = d - shapeSpread < k;
      r = this.apply(i, r, d);
      if (needed) out[count++] = i;
    }
    this.plannedCentreValue = r;
    return count;
  }

  /**
   * How much each region owns the point, for smooth material boundaries: the region whose union
   * shapes are nearest gets the most, and a region within `band` metres of it shares in
   * proportion ((1 - gap / band)^2, normalised). Writes one weight per region into `out` and
   * returns the strongest region. Over the steps `list[start .. end)` (from `plan`), or steps
   * start .. end when `list` is null.
   */
  regionWeights(list: Int32Array | null, start: number, end: number, x: number, y: number, z: number, band: number, out: Float64Array): number {
    if (this.mirrored && x > 0) x = -x;
    const regions = out.length;
    for (let r = 0; r < regions; r++) out[r] = Infinity;
    let shells = 0;
    for (let j = start; j < end; j++) {
      const i = list ? list[j]! : j;
      const region = this.regions[i]!;
      if (region < 0) continue;
      if (this.kinds[i] === KIND_SHELL) {
        shells++;
        continue;
      }
      const d = evalShape(this.table, this.nodes[i]!, x, y, z);
      if (d < out[region]!) out[region] = d;
    }
    let nearest = 0;
    for (let r = 1; r < regions; r++) if (out[r]! < out[nearest]!) nearest = r;
    const best = out[nearest]!;
    let sum = 0;
    for (let r = 0; r < regions; r++) {
      const t = 1 - (out[r]! - best) / band;
      const w = t > 0 ? t * t : 0;
      out[r] = w;
      sum += w;
    }
    for (let r = 0; r < regions; r++) out[r] = out[r]! / sum;
    if (shells > 0) nearest = this.shellWeights(list, start, end, x, y, z, band, out, nearest);
    return nearest;
  }

  /**
   * A shell owns the point where it lies outside the body it wraps (its value below the body's):
   * shares blend over `band` metres of that difference.
   */
  private shellWeights(list: Int32Array | null, start: number, end: number, x: number, y: number, z: number, band: number, out: Float64Array, nearest: number): number {
    for (let j = start; j < end; j++) {
      const i = list ? list[j]! : j;
      if (this.kinds[i] !== KIND_SHELL) continue;
      // The body before the shell: the steps listed before it.
      let body = Infinity;
      for (let q = start; q < j; q++) {
        const s = list ? list[q]! : q;
        body = this.apply(s, body, evalShape(this.table, this.nodes[s]!, x, y, z));
      }
      const shell = smax(body - this.amounts[i]!, evalShape(this.table, this.nodes[i]!, x, y, z), this.shellBlends[i]!);
      const w = Math.min(1, Math.max(0, 0.5 + (body - shell) / (SHELL_BAND_FACTOR * band)));
      for (let r = 0; r < out.length; r++) out[r] = out[r]! * (1 - w);
      const region = this.regions[i]!;
      out[region] = out[region]! + w;
      if (w > 0.5) nearest = region;
    }
    return nearest;
  }
}
