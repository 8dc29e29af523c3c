import { expect, test } from 'vitest';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { resolvePath } from '../../../src/anatomy/paths';
import { SKIN_SURFACE } from '../../../src/anatomy/skin/skinSurface';
import { dot, type Vec3 } from '../../../src/anatomy/vec';
import { handNormals } from '../../../src/motion/handNormals';

// The neck stroke's line, C1 to C7, runs in the midline furrow of the nape.
const neck = resolvePath({ kind: 'line', waypoints: [{ landmark: 'C1' }, { landmark: 'C4' }, { landmark: 'C7' }] }, LANDMARKS, SKIN_SURFACE);
const sideways = (normals: readonly Vec3[]) => Math.max(...normals.map((n) => Math.abs(n[0])));
const largestTurn = (normals: readonly Vec3[]) => Math.max(...normals.slice(1).map((n, i) => Math.acos(Math.min(1, dot(n, normals[i]!))) * (180 / Math.PI)));

test('in the nape furrow the skin normal swings from wall to wall; the hand-sized normal does not', () => {
  const raw = neck.map((p) => p.normal);
  const hand = handNormals(neck).map((p) => p.normal);
  // The furrow is real: single-point normals lean well to one side or the other somewhere.
  expect(sideways(raw)).toBeGreaterThan(0.3);
  // A hand across it sits square to the back of the neck, turning smoothly from point to point.
  expect(sideways(hand)).toBeLessThan(0.12);
  expect(largestTurn(hand)).toBeLessThan(largestTurn(raw));
  expect(largestTurn(hand)).toBeLessThan(8);
});

test('the points stay where they were, on the skin; only the normals change, outward and unit', () => {
  const hand = handNormals(neck);
  hand.forEach((p, i) => {
    expect(p.point).toEqual(neck[i]!.point);
    expect(Math.hypot(...p.normal)).toBeCloseTo(1, 9);
    expect(dot(p.normal, neck[i]!.normal)).toBeGreaterThan(0.5);
  });
});
