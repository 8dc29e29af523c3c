/**
 * The pillow on the table under the mother's forearms (seed 003: a pillow supports the arms): the
 * arms rest on it and never pass through it, it lies on the table, clear of her body, and it is a
 * closed surface.
 */
import { describe, expect, test } from 'vitest';
import { ARM_POSE, CLOTH_PROGRAM, PILLOW, SKIN_PROGRAM, TABLE } from '../../../src/anatomy/skin/bodySdf';
import { edgeReport } from '../../../src/anatomy/skin/meshQueries';
import { pillowMesh } from '../../../src/anatomy/skin/pillow';
import { lerp, type Vec3 } from '../../../src/anatomy/vec';

const mesh = pillowMesh();
const points: Vec3[] = [];
for (let i = 0; i < mesh.positions.length; i += 3) points.push([mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!]);
const mm = (m: number) => m * 1000;

/** The lowest skin point straight above (x, z), between the table and 40 cm above it; null if none. */
function skinBottom(x: number, z: number): number | null {
  for (let y = TABLE.topY; y < TABLE.topY + 0.4; y += 0.0002) if (SKIN_PROGRAM.distance(x, y, z) <= 0) return y;
  return null;
}

/** The pillow's top at (x, z): the highest of its points within 1 cm across. */
function pillowTop(x: number, z: number): number {
  let top = -Infinity;
  for (const p of points) if (Math.hypot(p[0] - x, p[2] - z) < 0.01) top = Math.max(top, p[1]);
  return top;
}

describe('the pillow under the forearms', () => {
  test('is a closed surface: every edge shared by two triangles, none degenerate', () => {
    expect(edgeReport(mesh.positions, mesh.indices)).toEqual({ repeated: 0, open: 0, degenerate: 0 });
  });

  test('lies on the table, inside its top, hanging a little over its near edge toward her', () => {
    const ys = points.map((p) => p[1]);
    expect(Math.min(...ys)).toBeCloseTo(TABLE.topY, 6);
    for (const p of points) expect(Math.abs(p[0])).toBeLessThanOrEqual(TABLE.width / 2);
    const nearest = Math.max(...points.map((p) => p[2]));
    expect(nearest).toBeGreaterThan(TABLE.nearEdgeZ);
    expect(nearest - TABLE.nearEdgeZ).toBeLessThan(0.03);
  });

  test('no point of it is inside her skin or her sarong', () => {
    let closest = Infinity;
    for (const p of points) {
      closest = Math.min(closest, SKIN_PROGRAM.distance(...p), CLOTH_PROGRAM.distance(...p));
    }
    expect(mm(closest)).toBeGreaterThanOrEqual(mm(PILLOW.restClearance) - 0.01);
  });

  test('the forearms and hands rest on it: at most 3.5 mm of air under them from near the elbow to the fingers', () => {
    const { elbow, wrist, fingertips } = ARM_POSE;
    const stations: Vec3[] = [];
    for (let k = 2; k <= 10; k++) stations.push(lerp(elbow, wrist, k / 10));
    for (let k = 1; k <= 9; k++) stations.push(lerp(wrist, fingertips, k / 10));
    for (const side of [-1, 1]) {
      for (const s of stations) {
        const x = side * Math.abs(s[0]);
        const bottom = skinBottom(x, s[2]);
        expect(bottom, `skin above (${x.toFixed(3)}, ${s[2].toFixed(3)})`).not.toBeNull();
        const gap = bottom! - pillowTop(x, s[2]);
        expect(mm(gap), `air under the arm at (${x.toFixed(3)}, ${s[2].toFixed(3)})`).toBeLessThanOrEqual(3.5);
        // Not through it (the points of its top lie under the skin, tested above; between them
        // the top is a little flatter than the arm's round underside).
        expect(mm(gap)).toBeGreaterThan(-0.5);
      }
    }
  });

  test('is a pillow, not a slab: its middle is the thickest, the rim a seam', () => {
    const middle = pillowTop(0, PILLOW.centreZ);
    expect(middle).toBeCloseTo(PILLOW.topY, 3);
    const corner = pillowTop(PILLOW.halfWidth - 0.005, PILLOW.centreZ + PILLOW.halfDepth - 0.005);
    expect(corner).toBeLessThan(PILLOW.bottomY + PILLOW.seamLift + 0.01);
  });
});
