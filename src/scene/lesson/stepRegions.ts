import type { SkinPoint } from '../../anatomy/paths';
import type { Vec3 } from '../../anatomy/vec';
import type { LaidTechnique } from '../../motion/laid/layTechnique';
import type { SceneLabelSpec } from '../../state/slices/labelsSlice';
import { STEP_IDS, type StepId } from '../../technique/ids';
import type { Technique } from '../../technique/types';

/**
 * Where each step works on the body, for the overview: a patch on the skin per step, grown from
 * the technique laid on the skin (every drawn line, every pressure point, and for the shoulder
 * blades the clock dials), so the patches move with the data. Pure: no three.js; the scene turns
 * the field into a mesh (`regionPatches.ts`).
 *
 * A patch covers the skin within `reach` of its step's laid places. Where two steps' places come
 * that close (the back's heart stroke sweeps round the shoulder blades), the skin goes to the step
 * first in `REGION_PRECEDENCE`, and the other's patch keeps a `gap` from it, so that the smaller,
 * more particular places stay whole and every patch reads as one place, not a smear of colour.
 */

/** The shape of the patches, metres [design choice: about a thumb's length round the lines, so a line's patch is a hand wide]. */
export interface RegionShape {
  /** How far a patch reaches beyond the step's lines and points. */
  readonly reach: number;
  /** Width of the seam left between two steps' patches. */
  readonly gap: number;
}

export const REGION_SHAPE: RegionShape = { reach: 0.03, gap: 0.008 };

/**
 * Which step's patch takes the skin where two reach [design choice]: the shoulder blades' dials
 * first (the points are read off them), then the neck and the shoulders, and the back (whose
 * strokes reach furthest) round them.
 */
export const REGION_PRECEDENCE: readonly StepId[] = ['scapulae', 'neck', 'shoulders', 'back'];

/**
 * Laid points closer than this to one already kept add nothing to a patch's shape (metres): a
 * patch's edge `reach` from a line of seeds this far apart wavers by under half a millimetre.
 */
export const SEED_SPACING = 0.01;
/** A step with no laid place this close to the midline (|x|, metres) has a patch on each side [design choice]. */
export const MIDLINE_GAP = 0.03;

/** Each step's places on the skin, thinned to about `SEED_SPACING` apart. */
export type RegionSeeds = Readonly<Record<StepId, readonly SkinPoint[]>>;

/**
 * The places a step works on: its phases' lines, its pressure points (unless `lines` only), and the
 * dials on the shoulder blades.
 */
export function regionSeeds(laid: LaidTechnique, { spacing = SEED_SPACING, lines = false }: { spacing?: number; lines?: boolean } = {}): RegionSeeds {
  const seeds = Object.fromEntries(STEP_IDS.map((id) => [id, [] as SkinPoint[]])) as Record<StepId, SkinPoint[]>;
  const keep = (stepId: StepId, line: readonly SkinPoint[]) => {
    const kept = seeds[stepId];
    let last: Vec3 | null = null;
    for (const p of line) {
      if (last && distanceSq(p.point, last) < spacing * spacing) continue;
      kept.push(p);
      last = p.point;
    }
  };
  for (const phase of laid.phases) keep(phase.stepId, phase.line);
  if (!lines) for (const action of laid.actions) for (const place of action.places) seeds[action.stepId].push(place);
  // The dials belong to the shoulder-blade step (their numbers are its labels: `overlayLabels`).
  for (const dial of laid.dials) keep('scapulae', dial.ring);
  return seeds;
}

const distanceSq = (a: Vec3, b: Vec3): number => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2;

/**
 * How far outside its patch a vertex still carries the patch's edge (metres): more than a skin
 * triangle is long, so every triangle the edge crosses has the edge's distance at all corners.
 */
export const EDGE_MARGIN = 0.02;

/**
 * Each skin vertex's patch, as a field the scene interpolates across the triangles, so a patch's
 * edge is a smooth line through them, not their staircase.
 */
export interface RegionField {
  /** The vertex's step, an index into `STEP_IDS`; -1 where no patch comes within `EDGE_MARGIN`. */
  readonly step: Int8Array;
  /**
   * Distance inside the patch's edge, metres: positive inside, 0 on the edge, negative outside
   * (down to -`EDGE_MARGIN`). Where a vertex may not be tinted (`include`), at most -`EDGE_MARGIN`
   * / 2, so patches end before the hair.
   */
  readonly edge: Float32Array;
}

/**
 * The steps' patches over a mesh's vertices.
 *
 * @param positions xyz per vertex, metres, body frame.
 * @param seeds each step's places (`regionSeeds`).
 * @param include whether a vertex may be tinted at all (the skin, not hair or cloth); default all.
 * @param shape reach and gap (`REGION_SHAPE`).
 * @param precedence which step takes the skin where two reach (`REGION_PRECEDENCE`).
 */
export function regionField(
  positions: ArrayLike<number>,
  seeds: RegionSeeds,
  include: (vertex: number) => boolean = () => true,
  shape: RegionShape = REGION_SHAPE,
  precedence: readonly StepId[] = REGION_PRECEDENCE,
): RegionField {
  const order = precedence.map((id) => STEP_IDS.indexOf(id));
  const count = Math.floor(positions.length / 3);
  const step = new Int8Array(count).fill(-1);
  const edge = new Float32Array(count).fill(-EDGE_MARGIN);
  const grid = new SeedGrid(seeds, shape.reach + shape.gap + EDGE_MARGIN);
  const nearest = new Float64Array(STEP_IDS.length);
  for (let v = 0; v < count; v++) {
    const x = positions[3 * v]!;
    const y = positions[3 * v + 1]!;
    const z = positions[3 * v + 2]!;
    if (!grid.near(x, y, z)) continue;
    grid.nearestPerStep(x, y, z, nearest);
    // A step's patch ends `reach` from its places, and `gap` before any patch ahead of it.
    let best = -EDGE_MARGIN;
    let ahead = Infinity;
    for (const s of order) {
      const d = nearest[s]!;
      const inside = Math.min(shape.reach - d, ahead - shape.reach - shape.gap);
      if (inside > best) {
        best = inside;
        step[v] = s;
      }
      ahead = Math.min(ahead, d);
    }
    edge[v] = include(v) ? best : Math.min(best, -EDGE_MARGIN / 2);
  }
  return { step, edge };
}

/**
 * The seeds bucketed in a grid of `cell`-sized cubes: a vertex only looks at the 27 cells around
 * it, so weighing the whole skin costs milliseconds, not a second. Flat typed arrays: this runs
 * over tens of thousands of vertices on the main thread.
 */
class SeedGrid {
  /** xyz of each seed, grouped by cell. */
  private readonly xyz: Float64Array;
  /** Each seed's step (index into `STEP_IDS`), in the same order. */
  private readonly stepOf: Uint8Array;
  /** A cell's key -> where its seeds start in the arrays above, and how many there are (start * 65536 + count). */
  private readonly cells = new Map<number, number>();
  private readonly min: Vec3;
  private readonly max: Vec3;

  constructor(
    seeds: RegionSeeds,
    private readonly cell: number,
  ) {
    const all = STEP_IDS.flatMap((id, step) => seeds[id].map(({ point }) => ({ step, point, key: this.key(point[0], point[1], point[2], 0, 0, 0) })));
    all.sort((a, b) => a.key - b.key);
    this.xyz = new Float64Array(all.length * 3);
    this.stepOf = new Uint8Array(all.length);
    const lo = [Infinity, Infinity, Infinity];
    const hi = [-Infinity, -Infinity, -Infinity];
    all.forEach(({ step, point, key }, i) => {
      for (let a = 0; a < 3; a++) {
        this.xyz[3 * i + a] = point[a]!;
        lo[a] = Math.min(lo[a]!, point[a]!);
        hi[a] = Math.max(hi[a]!, point[a]!);
      }
      this.stepOf[i] = step;
      const run = this.cells.get(key);
      this.cells.set(key, run === undefined ? i * 65536 + 1 : run + 1);
    });
    this.min = [lo[0]! - cell, lo[1]! - cell, lo[2]! - cell];
    this.max = [hi[0]! + cell, hi[1]! + cell, hi[2]! + cell];
  }

  /** A cell's number: its indices packed, each offset into 0..1023 (a body is far smaller than 1024 cells). */
  private key(x: number, y: number, z: number, dx: number, dy: number, dz: number): number {
    const i = Math.floor(x / this.cell) + dx + 512;
    const j = Math.floor(y / this.cell) + dy + 512;
    const k = Math.floor(z / this.cell) + dz + 512;
    return (i * 1024 + j) * 1024 + k;
  }

  /** Whether a point is within one cell of the seeds' bounding box. */
  near(x: number, y: number, z: number): boolean {
    return x >= this.min[0] && x <= this.max[0] && y >= this.min[1] && y <= this.max[1] && z >= this.min[2] && z <= this.max[2];
  }

  /** Distance to each step's nearest seed within one cell (Infinity beyond it), into `out`. */
  nearestPerStep(x: number, y: number, z: number, out: Float64Array): void {
    out.fill(Infinity);
    const { xyz, stepOf } = this;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++) {
          const run = this.cells.get(this.key(x, y, z, dx, dy, dz));
          if (run === undefined) continue;
          const start = Math.floor(run / 65536);
          const end = start + (run % 65536);
          for (let i = start; i < end; i++) {
            const ex = x - xyz[3 * i]!;
            const ey = y - xyz[3 * i + 1]!;
            const ez = z - xyz[3 * i + 2]!;
            const d = ex * ex + ey * ey + ez * ez;
            const step = stepOf[i]!;
            if (d < out[step]!) out[step] = d;
          }
        }
    for (let s = 0; s < out.length; s++) out[s] = Math.sqrt(out[s]!);
  }
}

/** Where a step's number is pinned: the middle of its patch, or of each of its two patches. */
export interface RegionAnchor {
  readonly stepId: StepId;
  /** 'both' for a patch across the midline; else the mother's side (+x is her right). */
  readonly side: 'both' | 'left' | 'right';
  readonly at: SkinPoint;
}

/**
 * How far a step's number keeps from every pressure point, metres [design choice: the label is
 * about 2 cm across on a laptop's overview, so a dot beside it stays in sight].
 */
export const LABEL_CLEARANCE = 0.025;
/** How far inside its patch's edge a number stands, where it can, metres [design choice]. */
export const LABEL_DEPTH = 0.012;

/**
 * Where each step's number goes: on its patch, as near its middle (the mean of its lines' places)
 * as it can be while keeping `LABEL_CLEARANCE` from every pressure point, so no number hides a dot,
 * and `LABEL_DEPTH` inside the patch's edge, so it reads as the patch's own.
 * A step whose places all keep `MIDLINE_GAP` from the spine (the shoulders, the shoulder blades)
 * has a patch on each side, and a number on each: her right first, then its mirror image.
 *
 * @param seeds each step's places (`regionSeeds(laid)`): the patches.
 * @param lines each step's lines' places (`regionSeeds(laid, { lines: true })`): the candidates,
 *   already on the skin.
 * @param points every pressure point's place, which the numbers keep clear of.
 */
export function regionAnchors(seeds: RegionSeeds, lines: RegionSeeds, points: readonly Vec3[]): RegionAnchor[] {
  const anchors: RegionAnchor[] = [];
  const clear = (p: SkinPoint) => points.every((q) => distanceSq(p.point, q) >= LABEL_CLEARANCE * LABEL_CLEARANCE);
  for (const stepId of STEP_IDS) {
    const places = lines[stepId];
    if (places.length === 0) continue;
    const field = regionField(places.flatMap((p) => p.point), seeds);
    const own = STEP_IDS.indexOf(stepId);
    const deep = new Set(places.filter((_, i) => field.step[i] === own && field.edge[i]! >= LABEL_DEPTH));
    const twoSided = places.every((p) => Math.abs(p.point[0]) >= MIDLINE_GAP);
    const groups: [RegionAnchor['side'], readonly SkinPoint[]][] = twoSided
      ? [
          ['right', places.filter((p) => p.point[0] > 0)],
          ['left', places.filter((p) => p.point[0] < 0)],
        ]
      : [['both', places]];
    let first: Vec3 | null = null;
    for (const [side, group] of groups) {
      if (group.length === 0) continue;
      // The second side's number mirrors the first's, so the two read as a pair.
      const sum = group.reduce<Vec3>((s, p) => [s[0] + p.point[0], s[1] + p.point[1], s[2] + p.point[2]], [0, 0, 0]);
      const middle: Vec3 = first ? [-first[0], first[1], first[2]] : [sum[0] / group.length, sum[1] / group.length, sum[2] / group.length];
      const byDistance = [...group].sort((a, b) => distanceSq(a.point, middle) - distanceSq(b.point, middle));
      const at: SkinPoint = first ? byDistance[0]! : (byDistance.find((p) => clear(p) && deep.has(p)) ?? byDistance.find(clear) ?? byDistance[0]!);
      first ??= at.point;
      anchors.push({ stepId, side, at });
    }
  }
  return anchors;
}

/**
 * The steps' numbers pinned to their patches, for the overview. A step with two patches has its
 * number on each; only the first is named (in the tab order, read by screen readers), the other
 * repeats it for the eye and the pointer.
 */
export function regionLabels(anchors: readonly RegionAnchor[], technique: Technique): SceneLabelSpec[] {
  const named = new Set<StepId>();
  return anchors.flatMap((anchor): SceneLabelSpec[] => {
    const step = technique.steps.find((s) => s.id === anchor.stepId);
    if (!step) return [];
    const first = !named.has(step.id);
    named.add(step.id);
    return [
      {
        key: `region-${step.id}-${anchor.side}`,
        kind: 'region',
        stepId: step.id,
        actionId: null,
        text: String(step.number),
        name: first ? step.title : null,
        at: anchor.at,
      },
    ];
  });
}
