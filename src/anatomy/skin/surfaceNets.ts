/**
 * Naive surface nets (Gibson 1998; one vertex per surface cell at the mean of its edge crossings)
 * on a regular grid, evaluated only along the surface:
 *
 * 1. The grid is cut into blocks of `BLOCK_CELLS`^3 cells. A block touched by the walk gets a plan:
 *    the short list of field steps that matter inside it (`SdfProgram.plan`).
 * 2. Seeds: the full field on a coarse lattice (every `SEED_CELLS` grid points); wherever two
 *    neighbouring lattice points differ in sign, walk the grid points between them to the crossing;
 *    the cells around that grid edge hold surface.
 * 3. From the seeds, a breadth-first walk visits every cell the surface passes through, stepping
 *    across cell faces whose corners change sign. Grid values are computed when first needed
 *    (with the plan of the block that owns the point) and cached, so only points next to the
 *    surface are ever evaluated: a few per output vertex.
 * 4. Two triangles for every sign-changing grid edge, from the four cells around it, wound
 *    counter-clockwise seen from outside (three.js front faces).
 *
 * A closed field that stays inside the grid gives a closed mesh. Every connected piece of surface
 * must cross the seed lattice somewhere (true for anything thicker than `SEED_CELLS` cells); hollow
 * pockets sealed inside the body are never reached, which is what we want.
 */
import type { SdfProgram } from './program';
import type { Vec3 } from '../vec';

export interface Grid {
  /** Position of grid point (0, 0, 0). */
  readonly origin: Vec3;
  /** Distance between neighbouring grid points, metres. */
  readonly spacing: number;
  /** Grid points along x, y, z. */
  readonly dims: readonly [number, number, number];
}

export interface NetsMesh {
  /** xyz per vertex (double precision, refined later). */
  readonly positions: Float64Array;
  readonly indices: Uint32Array;
  /**
   * The quads the triangles come from (4 indices each), for smoothing: their edges do not depend
   * on the diagonal each quad was split along, so a mirror-symmetric field smooths symmetrically.
   */
  readonly quads: Uint32Array;
  /** For each vertex, the plan (block) its cell belongs to. */
  readonly vertexPlan: Int32Array;
  /**
   * For each vertex on the right (x > 0) of a mirrored field, its mirror image on the left, whose
   * refinement it can copy; -1 for the others (and wherever the two cells' pieces do not match).
   */
  readonly mirrorVertex: Int32Array;
  /** The plans' step lists, back to back (plan p is `planSteps[planStart[p] .. planStart[p + 1])`). */
  readonly planSteps: Int32Array;
  readonly planStart: Int32Array;
  /** Counters for reports and tests: blocks planned, grid points evaluated, seeds walked from. */
  readonly stats: { readonly blocks: number; readonly samples: number; readonly seeds: number };
}

const UNSEEN = -1;
const QUEUED = -2;

/** Cells per planning block edge (a power of two). */
export const BLOCK_CELLS = 4;
const SHIFT = 2; // log2(BLOCK_CELLS)
/** Cells between the seed-lattice points (a multiple of BLOCK_CELLS; 8 cm at the skin's spacing). */
const SEED_CELLS = 12;

/**
 * A grid that holds the box (min, max) with `margin` cells of air on every side, laid out
 * symmetrically about x = 0 with a grid plane on it: a mirror-symmetric field then gives a
 * mirror-symmetric mesh.
 */
export function gridAround(min: Vec3, max: Vec3, spacing: number, margin = 2): Grid {
  const halfX = Math.ceil(Math.max(Math.abs(min[0]), Math.abs(max[0])) / spacing) + margin;
  const origin: Vec3 = [-halfX * spacing, min[1] - margin * spacing, min[2] - margin * spacing];
  const dims: [number, number, number] = [2 * halfX + 1, 0, 0];
  for (let a = 1; a < 3; a++) dims[a] = Math.ceil((max[a]! - min[a]!) / spacing) + 2 * margin + 1;
  return { origin, spacing, dims };
}

// Cell corners c = i + 2j + 4k. The 12 cell edges as corner pairs: x-edges 0-3, y-edges 4-7,
// z-edges 8-11 (within each axis, ordered by the other two coordinates, low first).
const EDGES = [0, 1, 2, 3, 4, 5, 6, 7, 0, 2, 1, 3, 4, 6, 5, 7, 0, 4, 1, 5, 2, 6, 3, 7];
// The six faces (-x, +x, -y, +y, -z, +z): four corners in cyclic order, then the four edges
// between consecutive corners (edge m joins corner m and corner m + 1).
const FACE_CORNERS = [0, 2, 6, 4, 1, 3, 7, 5, 0, 1, 5, 4, 2, 3, 7, 6, 0, 1, 3, 2, 4, 5, 7, 6];
const FACE_EDGES = [4, 10, 6, 8, 5, 11, 7, 9, 0, 9, 2, 8, 1, 11, 3, 10, 0, 5, 1, 4, 2, 7, 3, 6];
// Each edge's image in the cell mirrored across x (corner c becomes c ^ 1).
const MIRROR_EDGE = [0, 1, 2, 3, 5, 4, 7, 6, 9, 8, 11, 10];

/** A growable array of 32-bit integers. */
class IntBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1 << 14) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) this.grow();
    this.data[this.length++] = v;
  }
  protected grow(): void {
    const grown = new Int32Array(this.data.length * 2);
    grown.set(this.data);
    this.data = grown;
  }
}

/** A growable array of doubles. */
class FloatBuffer {
  data = new Float64Array(1 << 15);
  length = 0;
  push3(a: number, b: number, c: number): void {
    if (this.length + 3 > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
    this.data[this.length++] = c;
  }
}

export function surfaceNets(field: SdfProgram, grid: Grid): NetsMesh {
  return new SurfaceWalk(field, grid).mesh();
}

/**
 * One run of the steps at the top of this file. A class, not closures in a function: its methods
 * are the same functions on every run, so the optimised code a first mesh (the skin) leaves
 * behind serves the next (the sarong); closures made anew on each run threw it away, and the
 * second mesh ran as slowly as if it were the first (50 ms for the sarong's 3,000 samples).
 */
class SurfaceWalk {
  private readonly field: SdfProgram;
  private readonly nx: number;
  private readonly ny: number;
  private readonly nz: number;
  private readonly h: number;
  private readonly x0: number;
  private readonly y0: number;
  private readonly z0: number;
  /**
   * Whether the grid is centred on x = 0. Then x of column i is (i - middle) * h: mirrored
   * columns are exact negatives, so a mirror-symmetric field gets exactly mirrored samples
   * (x0 + i * h is off by a rounding step, enough to flip the sign of a sample that is all but zero).
   */
  private readonly centred: boolean;
  /** The column on x = 0 (on a centred grid). */
  private readonly midColumn: number;
  /**
   * A mirrored field on a centred grid has the same value at column i and at its mirror column
   * nx - 1 - i (the samples are exact negatives in x, and the field folds x to -|x|): each pair is
   * evaluated once, on the left, which halves the field's work.
   */
  private readonly folds: boolean;
  /** Cells along x, y, z. */
  private readonly cx: number;
  private readonly cy: number;
  private readonly cz: number;
  /** Planning blocks along x, y, z. */
  private readonly bx: number;
  private readonly by: number;
  private readonly bz: number;

  /** Field value per grid point, NaN until computed. */
  private readonly values: Float32Array;
  /** Per cell: UNSEEN, QUEUED, or its slot (>= 0) among the surface cells, in walk order. */
  private readonly cellState: Int32Array;
  /**
   * Per surface cell (by slot): its first vertex (a cell holds one vertex per separate piece of
   * surface in it), and which of those pieces each of its 12 edges belongs to.
   */
  private readonly slotVertex = new IntBuffer(1 << 15);
  private readonly edgePiece = new IntBuffer(1 << 16);

  // Plans (step 1), made when a block is first needed.
  /** Radius of a block's planned ball: its cells plus one cell of margin (vertices move a little when smoothed and projected, and keep using their block's plan). */
  private readonly planRadius: number;
  private readonly planScratch: Int32Array;
  private readonly planSteps = new IntBuffer();
  private readonly planStarts: number[] = [];
  private readonly planEnds: number[] = [];
  private readonly planOfBlock: Int32Array;
  private samples = 0;
  private seeds = 0;

  // The walk (steps 2-3).
  private readonly positions = new FloatBuffer();
  private readonly vertexPlan = new IntBuffer();
  private readonly surfaceCells = new IntBuffer();
  private readonly queue = new IntBuffer();
  /** The current cell's corner values. */
  private readonly corner = new Float64Array(8);
  // Union-find over a cell's 12 edges, and per-piece sums.
  private readonly parent = new Int8Array(12);
  private readonly piece = new Int8Array(12);
  private readonly pair = new Int8Array(4);
  private readonly sumX = new Float64Array(4);
  private readonly sumY = new Float64Array(4);
  private readonly sumZ = new Float64Array(4);
  private readonly sumN = new Float64Array(4);

  // The triangles (step 4).
  private readonly indices: IntBuffer;
  private readonly quads: IntBuffer;

  constructor(field: SdfProgram, grid: Grid) {
    this.field = field;
    [this.nx, this.ny, this.nz] = grid.dims;
    this.h = grid.spacing;
    [this.x0, this.y0, this.z0] = grid.origin;
    const middle = -this.x0 / this.h;
    this.centred = Number.isInteger(Math.round(middle * 1e6) / 1e6) && Math.abs(this.x0 + (this.nx - 1) * this.h + this.x0) < this.h * 1e-6;
    this.midColumn = Math.round(middle);
    this.folds = this.centred && field.mirrored;
    this.cx = this.nx - 1;
    this.cy = this.ny - 1;
    this.cz = this.nz - 1;
    this.bx = Math.ceil(this.cx / BLOCK_CELLS);
    this.by = Math.ceil(this.cy / BLOCK_CELLS);
    this.bz = Math.ceil(this.cz / BLOCK_CELLS);
    this.values = new Float32Array(this.nx * this.ny * this.nz).fill(NaN);
    this.cellState = new Int32Array(this.cx * this.cy * this.cz).fill(UNSEEN);
    this.planRadius = Math.sqrt(3) * (BLOCK_CELLS / 2 + 1) * this.h;
    this.planScratch = new Int32Array(field.length);
    this.planOfBlock = new Int32Array(this.bx * this.by * this.bz).fill(-1);
    this.indices = new IntBuffer(1 << 16);
    this.quads = new IntBuffer(1 << 16);
  }

  /** The mesh: seeds, the walk from each, the triangles, the mirror pairs. */
  mesh(): NetsMesh {
    this.seedAndWalk();
    this.triangulate();
    const mirrorVertex = this.mirrorPairs();
    const { positions, vertexPlan, planSteps, indices, quads } = this;
    return {
      positions: positions.data.slice(0, positions.length),
      indices: new Uint32Array(indices.data.buffer, 0, indices.length).slice(),
      quads: new Uint32Array(quads.data.buffer, 0, quads.length).slice(),
      vertexPlan: vertexPlan.data.slice(0, vertexPlan.length),
      mirrorVertex,
      planSteps: planSteps.data.slice(0, planSteps.length),
      planStart: Int32Array.from([...this.planStarts, planSteps.length]),
      stats: { blocks: this.planStarts.length, samples: this.samples, seeds: this.seeds },
    };
  }

  private xAt(i: number): number {
    return this.centred ? (i - this.midColumn) * this.h : this.x0 + i * this.h;
  }

  private cellOf(i: number, j: number, k: number): number {
    return (k * this.cy + j) * this.cx + i;
  }

  private blockOf(i: number, j: number, k: number): number {
    const { bx, by, bz } = this;
    return (Math.min(k >> SHIFT, bz - 1) * by + Math.min(j >> SHIFT, by - 1)) * bx + Math.min(i >> SHIFT, bx - 1);
  }

  /** Block b's plan: the steps that matter in a ball round its cells (step 1). */
  private planFor(b: number): number {
    const known = this.planOfBlock[b]!;
    if (known >= 0) return known;
    const B = BLOCK_CELLS;
    const ib = b % this.bx;
    const jb = Math.floor(b / this.bx) % this.by;
    const kb = Math.floor(b / (this.bx * this.by));
    const { h, planScratch } = this;
    const count = this.field.plan(this.xAt(ib * B + B / 2), this.y0 + (jb * B + B / 2) * h, this.z0 + (kb * B + B / 2) * h, this.planRadius, planScratch);
    const plan = this.planStarts.length;
    this.planOfBlock[b] = plan;
    this.planStarts.push(this.planSteps.length);
    for (let s = 0; s < count; s++) this.planSteps.push(planScratch[s]!);
    this.planEnds.push(this.planSteps.length);
    return plan;
  }

  /** Field value at grid point (i, j, k), computed once with its block's plan. */
  private value(i: number, j: number, k: number): number {
    const { nx, values } = this;
    const p = (k * this.ny + j) * nx + i;
    const cached = values[p]!;
    if (cached === cached) return cached;
    const left = this.folds && i > this.midColumn ? nx - 1 - i : i;
    const q = p + left - i;
    let v = values[q]!;
    if (v !== v) {
      const plan = this.planFor(this.blockOf(left, j, k));
      v = this.field.distanceWith(this.planSteps.data, this.planStarts[plan]!, this.planEnds[plan]!, this.xAt(left), this.y0 + j * this.h, this.z0 + k * this.h);
      values[q] = v;
      this.samples++;
    }
    values[p] = v;
    return v;
  }

  /** Fills `corner` for cell (i, j, k); returns the inside mask. */
  private corners(i: number, j: number, k: number): number {
    let mask = 0;
    for (let c = 0; c < 8; c++) {
      const v = this.value(i + (c & 1), j + ((c >> 1) & 1), k + ((c >> 2) & 1));
      this.corner[c] = v;
      if (v < 0) mask |= 1 << c;
    }
    return mask;
  }

  private find(e: number): number {
    const { parent } = this;
    while (parent[e] !== e) e = parent[e]!;
    return e;
  }

  private join(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[ra] = rb;
  }

  /** Step 3: every surface cell reachable from `seed`, in breadth-first order. */
  private walk(seed: number): void {
    const { cellState, queue, corner, parent, piece, pair, sumX, sumY, sumZ, sumN, cx, cy, cz, h } = this;
    if (cellState[seed] !== UNSEEN) return;
    cellState[seed] = QUEUED;
    queue.length = 0;
    queue.push(seed);
    for (let q = 0; q < queue.length; q++) {
      const cell = queue.data[q]!;
      const i = cell % cx;
      const j = Math.floor(cell / cx) % cy;
      const k = Math.floor(cell / (cx * cy));
      const mask = this.corners(i, j, k);
      if (mask === 0 || mask === 255) continue;
      // Group the cell's crossed edges into separate pieces of surface: on each face the crossings
      // pair up; a face with four crossings (a checkerboard) is resolved by the bilinear saddle
      // (the asymptotic decider), which both cells sharing the face compute alike, so the pieces
      // match across faces and the mesh stays manifold even where the surface pinches.
      for (let e = 0; e < 12; e++) parent[e] = e;
      for (let f = 0; f < 6; f++) {
        let crossings = 0;
        for (let m = 0; m < 4; m++) {
          const c0 = FACE_CORNERS[4 * f + m]!;
          const c1 = FACE_CORNERS[4 * f + ((m + 1) & 3)]!;
          if (((mask >> c0) & 1) !== ((mask >> c1) & 1)) pair[crossings++] = FACE_EDGES[4 * f + m]!;
        }
        if (crossings === 2) this.join(pair[0]!, pair[1]!);
        else if (crossings === 4) {
          const v0 = corner[FACE_CORNERS[4 * f]!]!;
          const v1 = corner[FACE_CORNERS[4 * f + 1]!]!;
          const v2 = corner[FACE_CORNERS[4 * f + 2]!]!;
          const v3 = corner[FACE_CORNERS[4 * f + 3]!]!;
          const saddleInside = (v0 * v2 - v1 * v3) / (v0 + v2 - v1 - v3) < 0;
          // Curves round the corners that are cut off: the inside ones when the inside is split
          // on this face, the outside ones when the inside is joined through the saddle.
          const cutInside = !saddleInside;
          const firstIsInside = v0 < 0;
          // Corner m sits between face edges m - 1 and m.
          const start = firstIsInside === cutInside ? 0 : 1;
          for (let m = start; m < start + 4; m += 2) this.join(FACE_EDGES[4 * f + ((m + 3) & 3)]!, FACE_EDGES[4 * f + m]!);
        }
      }
      cellState[cell] = this.surfaceCells.length;
      this.slotVertex.push(this.positions.length / 3);
      this.surfaceCells.push(cell);
      let pieces = 0;
      for (let e = 0; e < 12; e++) piece[e] = -1;
      for (let e = 0; e < 12; e++) {
        const c0 = EDGES[2 * e]!;
        const c1 = EDGES[2 * e + 1]!;
        if (((mask >> c0) & 1) === ((mask >> c1) & 1)) {
          this.edgePiece.push(-1);
          continue;
        }
        const root = this.find(e);
        if (piece[root]! < 0) {
          piece[root] = pieces++;
          sumX[piece[root]!] = 0;
          sumY[piece[root]!] = 0;
          sumZ[piece[root]!] = 0;
          sumN[piece[root]!] = 0;
        }
        const pc = piece[root]!;
        const v0 = corner[c0]!;
        const t = v0 / (v0 - corner[c1]!);
        sumX[pc] = sumX[pc]! + (c0 & 1) + t * ((c1 & 1) - (c0 & 1));
        sumY[pc] = sumY[pc]! + ((c0 >> 1) & 1) + t * (((c1 >> 1) & 1) - ((c0 >> 1) & 1));
        sumZ[pc] = sumZ[pc]! + ((c0 >> 2) & 1) + t * (((c1 >> 2) & 1) - ((c0 >> 2) & 1));
        sumN[pc] = sumN[pc]! + 1;
        this.edgePiece.push(pc);
      }
      // Each piece's vertex: the mean of its edge crossings.
      const plan = this.planFor(this.blockOf(i, j, k));
      for (let pc = 0; pc < pieces; pc++) {
        const n = sumN[pc]!;
        this.positions.push3(this.xAt(i) + (sumX[pc]! / n) * h, this.y0 + (j + sumY[pc]! / n) * h, this.z0 + (k + sumZ[pc]! / n) * h);
        this.vertexPlan.push(plan);
      }
      // Step across every face the surface crosses.
      for (let f = 0; f < 6; f++) {
        const a = (mask >> FACE_CORNERS[4 * f]!) & 1;
        if (
          a === ((mask >> FACE_CORNERS[4 * f + 1]!) & 1) &&
          a === ((mask >> FACE_CORNERS[4 * f + 2]!) & 1) &&
          a === ((mask >> FACE_CORNERS[4 * f + 3]!) & 1)
        )
          continue;
        const axis = f >> 1;
        const dir = f & 1 ? 1 : -1;
        const ni = i + (axis === 0 ? dir : 0);
        const nj = j + (axis === 1 ? dir : 0);
        const nk = k + (axis === 2 ? dir : 0);
        if (ni < 0 || nj < 0 || nk < 0 || ni >= cx || nj >= cy || nk >= cz) {
          throw new Error('surfaceNets: the surface reaches the edge of the grid');
        }
        const next = this.cellOf(ni, nj, nk);
        if (cellState[next] !== UNSEEN) continue;
        cellState[next] = QUEUED;
        queue.push(next);
      }
    }
  }

  /**
   * Step 2, walking from each seed: the full field on a coarse lattice (the same values the plans
   * would give); where two neighbouring lattice points differ in sign, the grid line between them
   * is walked to the crossing.
   */
  private seedAndWalk(): void {
    const { nx, ny, nz, h, values } = this;
    const S = SEED_CELLS;
    const lattice = (n: number) => Math.floor((n - 1) / S) + 1;
    const lx = lattice(nx);
    const ly = lattice(ny);
    const lz = lattice(nz);
    const inside = new Uint8Array(lx * ly * lz);
    for (let k = 0; k < lz; k++)
      for (let j = 0; j < ly; j++)
        for (let i = 0; i < lx; i++) {
          const p = (k * S * ny + j * S) * nx + i * S;
          const v = this.field.distance(this.xAt(i * S), this.y0 + j * S * h, this.z0 + k * S * h);
          values[p] = v;
          inside[(k * ly + j) * lx + i] = v < 0 ? 1 : 0;
        }
    for (let k = 0; k < lz; k++)
      for (let j = 0; j < ly; j++)
        for (let i = 0; i < lx; i++) {
          const here = inside[(k * ly + j) * lx + i];
          if (i + 1 < lx && inside[(k * ly + j) * lx + i + 1] !== here) this.seedBetween(i * S, j * S, k * S, 0);
          if (j + 1 < ly && inside[(k * ly + j + 1) * lx + i] !== here) this.seedBetween(i * S, j * S, k * S, 1);
          if (k + 1 < lz && inside[((k + 1) * ly + j) * lx + i] !== here) this.seedBetween(i * S, j * S, k * S, 2);
        }
  }

  /** Walks the grid line from lattice point (i, j, k) along `axis` to where the sign changes, and walks the surface from there. */
  private seedBetween(i: number, j: number, k: number, axis: number): void {
    let wasInside = this.value(i, j, k) < 0;
    for (let s = 0; s < SEED_CELLS; s++) {
      const ni = i + (axis === 0 ? 1 : 0);
      const nj = j + (axis === 1 ? 1 : 0);
      const nk = k + (axis === 2 ? 1 : 0);
      const nowInside = this.value(ni, nj, nk) < 0;
      if (nowInside !== wasInside) {
        // Any cell that has this grid edge holds surface; take the one at its low corner.
        this.seeds++;
        this.walk(this.cellOf(Math.min(i, this.cx - 1), Math.min(j, this.cy - 1), Math.min(k, this.cz - 1)));
        return;
      }
      i = ni;
      j = nj;
      k = nk;
      wasInside = nowInside;
    }
  }

  private insideAt(i: number, j: number, k: number): boolean {
    return this.values[(k * this.ny + j) * this.nx + i]! < 0;
  }

  /** The vertex of the piece of surface in `cell` that crosses its local edge `e`. */
  private vertexOf(cell: number, e: number): number {
    const slot = this.cellState[cell]!;
    if (slot < 0) return -1;
    return this.slotVertex.data[slot]! + this.edgePiece.data[12 * slot + e]!;
  }

  /** Step 4: two triangles per sign-changing grid edge. */
  private triangulate(): void {
    const { surfaceCells, cx, cy } = this;
    for (let sc = 0; sc < surfaceCells.length; sc++) {
      const cell = surfaceCells.data[sc]!;
      const i = cell % cx;
      const j = Math.floor(cell / cx) % cy;
      const k = Math.floor(cell / (cx * cy));
      if (i === 0 || j === 0 || k === 0) continue;
      const inside = this.insideAt(i, j, k);
      if (inside !== this.insideAt(i + 1, j, k)) {
        // Edge along +x: the cells around it in the (y, z) plane, counter-clockwise seen from +x.
        const c00 = this.vertexOf(this.cellOf(i, j - 1, k - 1), 3);
        const c10 = this.vertexOf(this.cellOf(i, j, k - 1), 2);
        const c11 = this.vertexOf(cell, 0);
        const c01 = this.vertexOf(this.cellOf(i, j - 1, k), 1);
        if (inside) this.quad(c00, c10, c11, c01);
        else this.quad(c00, c01, c11, c10);
      }
      if (inside !== this.insideAt(i, j + 1, k)) {
        // Edge along +y: cells in the (z, x) plane.
        const c00 = this.vertexOf(this.cellOf(i - 1, j, k - 1), 7);
        const c10 = this.vertexOf(this.cellOf(i - 1, j, k), 5);
        const c11 = this.vertexOf(cell, 4);
        const c01 = this.vertexOf(this.cellOf(i, j, k - 1), 6);
        if (inside) this.quad(c00, c10, c11, c01);
        else this.quad(c00, c01, c11, c10);
      }
      if (inside !== this.insideAt(i, j, k + 1)) {
        // Edge along +z: cells in the (x, y) plane.
        const c00 = this.vertexOf(this.cellOf(i - 1, j - 1, k), 11);
        const c10 = this.vertexOf(this.cellOf(i, j - 1, k), 10);
        const c11 = this.vertexOf(cell, 8);
        const c01 = this.vertexOf(this.cellOf(i - 1, j, k), 9);
        if (inside) this.quad(c00, c10, c11, c01);
        else this.quad(c00, c01, c11, c10);
      }
    }
  }

  private quad(a: number, b: number, c: number, d: number): void {
    if (a < 0 || b < 0 || c < 0 || d < 0) throw new Error('surfaceNets: a surface cell was missed');
    const { quads } = this;
    quads.push(a);
    quads.push(b);
    quads.push(c);
    quads.push(d);
    // Split along the shorter diagonal for better-shaped triangles.
    const pos = this.positions.data;
    const dac = (pos[3 * a]! - pos[3 * c]!) ** 2 + (pos[3 * a + 1]! - pos[3 * c + 1]!) ** 2 + (pos[3 * a + 2]! - pos[3 * c + 2]!) ** 2;
    const dbd = (pos[3 * b]! - pos[3 * d]!) ** 2 + (pos[3 * b + 1]! - pos[3 * d + 1]!) ** 2 + (pos[3 * b + 2]! - pos[3 * d + 2]!) ** 2;
    if (dac <= dbd) this.triangles(a, b, c, a, c, d);
    else this.triangles(a, b, d, b, c, d);
  }

  private triangles(a: number, b: number, c: number, d: number, e: number, f: number): void {
    const { indices } = this;
    indices.push(a);
    indices.push(b);
    indices.push(c);
    indices.push(d);
    indices.push(e);
    indices.push(f);
  }

  /**
   * For each vertex on the right of a mirrored field, its mirror image on the left (-1 for the
   * others, and wherever the two cells' pieces do not match).
   */
  private mirrorPairs(): Int32Array {
    const { surfaceCells, slotVertex, edgePiece, cellState, positions, cx } = this;
    const mirrorVertex = new Int32Array(positions.length / 3).fill(-1);
    if (!this.folds) return mirrorVertex;
    const piecesEnd = (slot: number) => (slot + 1 < surfaceCells.length ? slotVertex.data[slot + 1]! : positions.length / 3);
    const pieceMap = new Int8Array(4);
    for (let slot = 0; slot < surfaceCells.length; slot++) {
      const cell = surfaceCells.data[slot]!;
      const i = cell % cx;
      if (i < this.midColumn) continue;
      const other = cellState[cell + cx - 1 - 2 * i]!;
      if (other < 0) continue;
      // Pair the pieces through their mirrored edges; a mismatch leaves the cell's vertices their own.
      pieceMap.fill(-1);
      let matches = true;
      for (let e = 0; e < 12 && matches; e++) {
        const here = edgePiece.data[12 * slot + e]!;
        const there = edgePiece.data[12 * other + MIRROR_EDGE[e]!]!;
        if ((here < 0) !== (there < 0)) matches = false;
        else if (here >= 0) {
          if (pieceMap[here]! < 0) pieceMap[here] = there;
          else if (pieceMap[here] !== there) matches = false;
        }
      }
      const first = slotVertex.data[slot]!;
      const end = piecesEnd(slot);
      if (!matches || end - first !== piecesEnd(other) - slotVertex.data[other]!) continue;
      for (let v = first; v < end; v++) mirrorVertex[v] = slotVertex.data[other]! + pieceMap[v - first]!;
    }
    return mirrorVertex;
  }
}
