/**
 * The pillow under the mother's forearms (seed 003: a pillow on the table supports the arms) as a
 * closed triangle mesh in plain arrays, for the scene's furniture.
 *
 * A stuffed cushion: its underside lies flat on the table and curls up to a seam round the edge;
 * its top is at the arms' resting height in the middle (`PILLOW.topY`) and falls to the seam toward
 * the edges, pinched at the corners as a stuffed pillow is. Where the arms lie on it, its top is
 * pressed down to just under them (the skin's own distance field says where), so the forearms and
 * hands rest on it and never pass through it. Sizes are estimates (`bodyProportions.ts`).
 */
import { ARM_POSE, PILLOW, SKIN_PROGRAM } from './bodySdf';
import type { SdfProgram } from './program';

export interface PillowMesh {
  readonly positions: Float32Array;
  readonly indices: Uint32Array;
}

/** Grid cells across and front to back: about 1.5 cm apart, fine enough for the dents under the arms [EST]. */
const COLUMNS = 40;
const ROWS = 28;
/** The puff across each side, (1 - |s|^EDGE)^ROUND for s from -1 to 1: flat in the middle, round to the seam [EST]. */
const EDGE = 8;
const ROUND = 0.3;
/** The top is never pressed closer than this to the underside, metres [EST]. */
const MIN_THICKNESS = 0.01;
/** Steps at most while pressing a point of the top down under the arms. */
const PRESS_STEPS = 40;
/** Grid cells per side of a tile that shares one plan of the skin's shapes. */
const TILE = 4;
/** A plan's ball reaches this far beyond its tile (the arms press the top down a few millimetres) [EST]. */
const PLAN_SLACK = 0.01;

const puff = (s: number): number => Math.max(0, 1 - Math.abs(s) ** EDGE) ** ROUND;

/**
 * Seen from above, the arms lie within this distance of their bones' lines (the widest part, the
 * hand with its thumb, about 5 cm, plus the blends) [EST, safe side]: beyond it nothing presses on
 * the pillow, so the skin's field need not be read there.
 */
const ARM_FOOTPRINT = 0.075;

/** Horizontal distance from (x, z) to the segment a-b. */
function distanceAcross(x: number, z: number, a: readonly number[], b: readonly number[]): number {
  const dx = b[0]! - a[0]!;
  const dz = b[2]! - a[2]!;
  const t = Math.max(0, Math.min(1, ((x - a[0]!) * dx + (z - a[2]!) * dz) / (dx * dx + dz * dz)));
  return Math.hypot(x - a[0]! - t * dx, z - a[2]! - t * dz);
}

/** Whether (x, z) lies under either arm, from the elbow to the fingertips (the body is symmetric). */
function underAnArm(x: number, z: number): boolean {
  const { humeralHead, elbow, wrist, fingertips } = ARM_POSE;
  const left = -Math.abs(x);
  return Math.min(distanceAcross(left, z, humeralHead, elbow), distanceAcross(left, z, elbow, wrist), distanceAcross(left, z, wrist, fingertips)) < ARM_FOOTPRINT;
}


/**
 * The pillow's mesh: a top sheet over a (COLUMNS + 1) x (ROWS + 1) grid and an underside that
 * shares its rim (the seam), so the surface is closed. Triangles wind counter-clockwise seen from
 * outside.
 */
export function pillowMesh(pillow: typeof PILLOW = PILLOW, skin: SdfProgram = SKIN_PROGRAM): PillowMesh {
  const seamY = pillow.bottomY + pillow.seamLift;
  const columns = COLUMNS + 1;
  const gridIndex = (i: number, j: number): number => j * columns + i;
  const onRim = (i: number, j: number): boolean => i === 0 || j === 0 || i === COLUMNS || j === ROWS;

  const top = new Float64Array(3 * columns * (ROWS + 1));
  // The top (and the rim): the puff, pressed under the arms. The skin is read through plans of
  // the few shapes near each tile of the grid (exact inside the plan's ball), not all of them.
  const plan = new Int32Array(skin.length);
  const tileX = pillow.halfWidth * (TILE / COLUMNS);
  const tileZ = pillow.halfDepth * (TILE / ROWS);
  const reach = Math.hypot(tileX, tileZ, pillow.topY - seamY) + PLAN_SLACK;
  for (let j0 = 0; j0 <= ROWS; j0 += TILE) {
    for (let i0 = 0; i0 <= COLUMNS; i0 += TILE) {
      const cx = (-1 + (2 * (i0 + TILE / 2)) / COLUMNS) * pillow.halfWidth;
      const cz = pillow.centreZ + (-1 + (2 * (j0 + TILE / 2)) / ROWS) * pillow.halfDepth;
      const cy = pillow.topY;
      // Planned when the tile's first point under an arm needs it.
      let count = -1;
      const field = (x: number, y: number, z: number): number => {
        if (Math.hypot(x - cx, y - cy, z - cz) >= reach) return skin.distance(x, y, z);
        if (count < 0) count = skin.plan(cx, cy, cz, reach, plan);
        return skin.distanceWith(plan, 0, count, x, y, z);
      };
      for (let j = j0; j <= Math.min(ROWS, j0 + TILE - 1); j++) {
        for (let i = i0; i <= Math.min(COLUMNS, i0 + TILE - 1); i++) {
          const s = -1 + (2 * i) / COLUMNS;
          const t = -1 + (2 * j) / ROWS;
          const x = s * pillow.halfWidth;
          const z = pillow.centreZ + t * pillow.halfDepth;
          const g = puff(s) * puff(t);
          const bottom = pillow.bottomY + pillow.seamLift * (1 - g);
          let y = seamY + (pillow.topY - seamY) * g;
          if (!onRim(i, j) && underAnArm(x, z)) {
            for (let k = 0; k < PRESS_STEPS; k++) {
              const short = pillow.restClearance - field(x, y, z);
              if (short <= 0) break;
              y -= short + 1e-5;
            }
            y = Math.max(y, bottom + MIN_THICKNESS * g);
          }
          top.set([x, y, z], 3 * gridIndex(i, j));
        }
      }
    }
  }
  const positions: number[] = Array.from(top);
  // The underside: its own points inside the rim; the rim is shared with the top.
  const under = new Map<number, number>();
  for (let j = 1; j < ROWS; j++) {
    for (let i = 1; i < COLUMNS; i++) {
      const s = -1 + (2 * i) / COLUMNS;
      const t = -1 + (2 * j) / ROWS;
      const g = puff(s) * puff(t);
      under.set(gridIndex(i, j), positions.length / 3);
      positions.push(s * pillow.halfWidth, pillow.bottomY + pillow.seamLift * (1 - g), pillow.centreZ + t * pillow.halfDepth);
    }
  }
  const below = (i: number, j: number): number => (onRim(i, j) ? gridIndex(i, j) : under.get(gridIndex(i, j))!);

  const indices: number[] = [];
  for (let j = 0; j < ROWS; j++) {
    for (let i = 0; i < COLUMNS; i++) {
      // +x along i, +z along j: x cross z points down, so the top winds a, d, c. A corner cell
      // is split along its other diagonal, so no triangle has all three corners on the rim (the
      // top's and the underside's would be one and the same).
      const [a, b, c, d] = [gridIndex(i, j), gridIndex(i + 1, j), gridIndex(i + 1, j + 1), gridIndex(i, j + 1)];
      const [ua, ub, uc, ud] = [below(i, j), below(i + 1, j), below(i + 1, j + 1), below(i, j + 1)];
      const rimTriangle = onRim(i, j) && onRim(i + 1, j + 1) && (onRim(i + 1, j) || onRim(i, j + 1));
      if (rimTriangle) indices.push(a, d, b, b, d, c, ua, ub, ud, ub, uc, ud);
      else indices.push(a, d, c, a, c, b, ua, ub, uc, ua, uc, ud);
    }
  }
  return { positions: new Float32Array(positions), indices: new Uint32Array(indices) };
}
