import { describe, expect, test } from 'vitest';
import { CLOTH_PROGRAM, SKIN_PROGRAM } from '../../../src/anatomy/skin/bodySdf';
import { SdfProgram, bump, type Step } from '../../../src/anatomy/skin/program';
import {
  WORLD_AXES,
  axesFromUpBack,
  capsule,
  chain,
  clipped,
  ellipsoid,
  halfSpace,
  inflated,
  plate,
  roundCone,
  scaled,
  shapeDistance,
  smax,
  smin,
  sphere,
} from '../../../src/anatomy/skin/sdf';
import { gridAround, surfaceNets } from '../../../src/anatomy/skin/surfaceNets';
import { edgeReport } from '../../../src/anatomy/skin/meshQueries';
import type { Vec3 } from '../../../src/anatomy/vec';

let seed = 11;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647 - 0.5;
};

describe('smooth operators', () => {
  test('smin equals min outside its blend width and is at most k/4 below it inside', () => {
    expect(smin(0.1, 0.3, 0.05)).toBe(0.1);
    expect(smin(0.3, 0.1, 0.05)).toBe(0.1);
    expect(smin(0.2, 0.2, 0.04)).toBeCloseTo(0.2 - 0.01, 12);
    for (let i = 0; i < 200; i++) {
      const a = random();
      const b = random();
      const k = Math.abs(random()) * 0.2;
      const s = smin(a, b, k);
      expect(s).toBeLessThanOrEqual(Math.min(a, b));
      expect(s).toBeGreaterThanOrEqual(Math.min(a, b) - k / 4 - 1e-12);
      expect(smax(a, b, k)).toBeCloseTo(-smin(-a, -b, k), 12);
    }
  });

  test('smin is continuous (no jump where the blend starts)', () => {
    const k = 0.02;
    for (let d = -0.03; d < 0.03; d += 0.0001) {
      expect(Math.abs(smin(0, d, k) - smin(0, d + 1e-7, k))).toBeLessThan(1e-6);
    }
  });
});

describe('primitives', () => {
  test('sphere, capsule and round cone give exact distances', () => {
    expect(shapeDistance(sphere([1, 2, 3], 0.5), [1, 2, 4])).toBeCloseTo(0.5, 12);
    const c = capsule([0, 0, 0], [0, 1, 0], 0.1);
    expect(shapeDistance(c, [0.3, 0.5, 0])).toBeCloseTo(0.2, 12);
    expect(shapeDistance(c, [0, 1.5, 0])).toBeCloseTo(0.4, 12);
    expect(shapeDistance(c, [0, -0.2, 0])).toBeCloseTo(0.1, 12);
    expect(shapeDistance(c, [0, 0.5, 0])).toBeCloseTo(-0.1, 12);
    // A cone from a ball of 0.2 to one of 0.1 over length 1: the slant side.
    const rc = roundCone([0, 0, 0], [0, 1, 0], 0.2, 0.1);
    expect(shapeDistance(rc, [0, -0.5, 0])).toBeCloseTo(0.3, 12);
    expect(shapeDistance(rc, [0, 1.3, 0])).toBeCloseTo(0.2, 12);
    // On the slanted side: the surface's normal leans toward b by asin((ra - rb) / length), so the
    // distance is (rho cos + y sin) - ra for a point at radius rho, height y.
    const sin = 0.1;
    const cos = Math.sqrt(1 - sin * sin);
    expect(shapeDistance(rc, [1, 0.5, 0])).toBeCloseTo(1 * cos + 0.5 * sin - 0.2, 12);
  });

  test('ellipsoid is exact on its surface and signed inside/outside', () => {
    const axes = axesFromUpBack([0, 1, 0], [0, 0, 1]);
    const e = ellipsoid([0.1, 0.2, 0.3], axes, [0.2, 0.1, 0.05]);
    for (let i = 0; i < 100; i++) {
      const u = random() * 2 * Math.PI;
      const v = random() * Math.PI;
      const p: Vec3 = [0.1 + 0.2 * Math.cos(u) * Math.cos(v), 0.2 + 0.1 * Math.sin(v), 0.3 + 0.05 * Math.sin(u) * Math.cos(v)];
      expect(Math.abs(shapeDistance(e, p))).toBeLessThan(1e-9);
    }
    expect(shapeDistance(e, [0.1, 0.2, 0.3])).toBeLessThan(0);
    expect(shapeDistance(e, [0.1, 0.5, 0.3])).toBeGreaterThan(0.15);
  });

  test('plate: flat faces `radius` either side of the polygon, rounded edges around it', () => {
    const square: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
    ];
    const p = plate([0, 0, 0], WORLD_AXES, square, 0.1);
    expect(shapeDistance(p, [0.5, 0.5, 0.3])).toBeCloseTo(0.2, 12);
    expect(shapeDistance(p, [0.5, 0.5, 0])).toBeCloseTo(-0.1, 12);
    expect(shapeDistance(p, [1.5, 0.5, 0])).toBeCloseTo(0.4, 12);
    expect(shapeDistance(p, [1.3, 1.4, 0])).toBeCloseTo(0.5 - 0.1, 12);
  });

  test('composites: scaled, clipped, inflated, chain', () => {
    const s = scaled(sphere([0, 0, 0], 1), [0, 0, 0], WORLD_AXES, [2, 1, 1]);
    expect(shapeDistance(s, [2, 0, 0])).toBeCloseTo(0, 12);
    expect(shapeDistance(s, [0, 1, 0])).toBeCloseTo(0, 12);
    const cut = clipped(sphere([0, 0, 0], 1), halfSpace([0, 0, 0], [0, 1, 0]), 0);
    expect(shapeDistance(cut, [0, 0.5, 0])).toBeCloseTo(0.5, 12);
    expect(shapeDistance(cut, [0, -0.5, 0])).toBeCloseTo(-0.5, 12);
    expect(shapeDistance(inflated(sphere([0, 0, 0], 1), 0.25), [2, 0, 0])).toBeCloseTo(0.75, 12);
    const two = chain([sphere([0, 0, 0], 1), sphere([3, 0, 0], 1)]);
    expect(shapeDistance(two, [1.5, 0, 0])).toBeCloseTo(0.5, 12);
  });

  test('bump profile: 1 at the centre, 0 from the rim on, monotone', () => {
    expect(bump(0)).toBe(1);
    expect(bump(1)).toBe(0);
    expect(bump(2)).toBe(0);
    let last = 1;
    for (let r = 0.01; r <= 1; r += 0.01) {
      expect(bump(r)).toBeLessThanOrEqual(last);
      last = bump(r);
    }
  });
});

describe('programs', () => {
  // Authored on the left (x < 0), clear of the midline, mirrored by the program.
  const steps: Step[] = [
    { kind: 'union', shape: sphere([-0.15, 0, 0], 0.1), blend: 0.03, region: 0, name: 'a' },
    { kind: 'union', shape: capsule([-0.15, 0, 0], [-0.15, 0.2, 0], 0.05), blend: 0.02, region: 1, name: 'b' },
    { kind: 'displace', shape: sphere([-0.15, 0.1, 0.05], 0), radius: 0.04, amount: -0.005, name: 'dent' },
    { kind: 'subtract', shape: sphere([-0.24, 0, 0], 0.03), blend: 0.01, region: 0, name: 'hollow' },
  ];

  test('a mirrored program is symmetric in x', () => {
    const program = new SdfProgram(steps);
    for (let i = 0; i < 200; i++) {
      const p: Vec3 = [random() * 0.4, random() * 0.4, random() * 0.4];
      expect(program.distance(p[0], p[1], p[2])).toBe(program.distance(-p[0], p[1], p[2]));
    }
  });

  test('planned evaluation is bit-identical to the full program inside the planned ball', () => {
    for (const program of [new SdfProgram(steps), SKIN_PROGRAM, CLOTH_PROGRAM]) {
      const out = new Int32Array(program.length);
      const b = program.bounds;
      for (let trial = 0; trial < 60; trial++) {
        const c: Vec3 = [0, 1, 2].map((a) => b.min[a]! + (random() + 0.5) * (b.max[a]! - b.min[a]!)) as unknown as Vec3;
        const radius = 0.01 + Math.abs(random()) * 0.06;
        const count = program.plan(c[0], c[1], c[2], radius, out);
        expect(program.plannedCentreValue).toBe(program.distance(c[0], c[1], c[2]));
        for (let i = 0; i < 20; i++) {
          const dir: Vec3 = [random(), random(), random()];
          const l = Math.hypot(...dir) || 1;
          const r = radius * Math.abs(random() * 2);
          const p: Vec3 = [c[0] + (dir[0] / l) * r, c[1] + (dir[1] / l) * r, c[2] + (dir[2] / l) * r];
          expect(program.distanceWith(out, 0, count, p[0], p[1], p[2])).toBe(program.distance(p[0], p[1], p[2]));
        }
      }
    }
  });

  test('a plan made within a plan (a small ball inside a planned one) is as exact, and shorter', () => {
    for (const program of [new SdfProgram(steps), SKIN_PROGRAM, CLOTH_PROGRAM]) {
      const outer = new Int32Array(program.length);
      const inner = new Int32Array(program.length);
      const b = program.bounds;
      let outerSteps = 0;
      let innerSteps = 0;
      for (let trial = 0; trial < 60; trial++) {
        const c: Vec3 = [0, 1, 2].map((a) => b.min[a]! + (random() + 0.5) * (b.max[a]! - b.min[a]!)) as unknown as Vec3;
        const radius = 0.03;
        const outerCount = program.plan(c[0], c[1], c[2], radius, outer);
        // A small ball somewhere inside the big one, planned from the big one's list.
        const q: Vec3 = [c[0] + random() * radius, c[1] + random() * radius, c[2] + random() * radius];
        const small = 2e-4;
        const innerCount = program.planWithin(outer, 0, outerCount, q[0], q[1], q[2], small, inner);
        expect(program.plannedCentreValue).toBe(program.distance(q[0], q[1], q[2]));
        expect(innerCount).toBeLessThanOrEqual(outerCount);
        outerSteps += outerCount;
        innerSteps += innerCount;
        for (let i = 0; i < 8; i++) {
          const p: Vec3 = [q[0] + random() * small, q[1] + random() * small, q[2] + random() * small];
          expect(program.distanceWith(inner, 0, innerCount, p[0], p[1], p[2])).toBe(program.distance(p[0], p[1], p[2]));
        }
      }
      if (program === SKIN_PROGRAM) expect(innerSteps).toBeLessThan(outerSteps * 0.8);
    }
  });

  test('surface nets on a small program: closed, manifold, vertices near the surface', () => {
    const program = new SdfProgram(steps);
    // A spacing that puts no surface exactly on grid points (a surface through a grid point gives
    // coincident vertices in raw surface nets; the skin pipeline's smoothing separates them).
    const mesh = surfaceNets(program, gridAround(program.bounds.min, program.bounds.max, 0.00413));
    expect(mesh.indices.length).toBeGreaterThan(300);
    expect(edgeReport(mesh.positions, mesh.indices)).toEqual({ repeated: 0, open: 0, degenerate: 0 });
    for (let v = 0; v < mesh.positions.length / 3; v++) {
      const d = program.distance(mesh.positions[3 * v]!, mesh.positions[3 * v + 1]!, mesh.positions[3 * v + 2]!);
      expect(Math.abs(d)).toBeLessThan(0.004);
    }
  });

  test('surface nets on a mirrored program pair every vertex on the right with its mirror image on the left (whose refinement it copies)', () => {
    const program = new SdfProgram(steps);
    const mesh = surfaceNets(program, gridAround(program.bounds.min, program.bounds.max, 0.00413));
    const count = mesh.positions.length / 3;
    const at = (v: number, a: number) => mesh.positions[3 * v + a]!;
    let paired = 0;
    for (let v = 0; v < count; v++) {
      const m = mesh.mirrorVertex[v]!;
      if (m < 0) {
        expect(at(v, 0)).toBeLessThanOrEqual(0);
        continue;
      }
      paired++;
      expect(mesh.mirrorVertex[m]).toBe(-1);
      expect(Math.abs(at(v, 0) + at(m, 0))).toBeLessThan(1e-9);
      expect(Math.abs(at(v, 1) - at(m, 1))).toBeLessThan(1e-9);
      expect(Math.abs(at(v, 2) - at(m, 2))).toBeLessThan(1e-9);
    }
    expect(2 * paired).toBe(count);
    expect(surfaceNets(new SdfProgram(steps, false), gridAround(program.bounds.min, program.bounds.max, 0.00413)).mirrorVertex.every((m) => m === -1)).toBe(true);
  });

  test('surface nets evaluate a mirrored program on the left only (each mirrored pair of grid points once)', () => {
    class Counting extends SdfProgram {
      right = 0;
      left = 0;
      override distanceWith(list: Int32Array, start: number, end: number, x: number, y: number, z: number): number {
        if (x > 0) this.right++;
        else this.left++;
        return super.distanceWith(list, start, end, x, y, z);
      }
    }
    const program = new Counting(steps);
    surfaceNets(program, gridAround(program.bounds.min, program.bounds.max, 0.00413));
    expect(program.left).toBeGreaterThan(1000);
    expect(program.right).toBe(0);
  });

  test('a displacement too steep for the culling bound is refused', () => {
    expect(
      () =>
        new SdfProgram([
          { kind: 'union', shape: sphere([0, 0, 0], 0.1), blend: 0, region: 0, name: 'a' },
          { kind: 'displace', shape: sphere([0, 0.1, 0], 0), radius: 0.01, amount: 0.01, name: 'spike' },
        ]),
    ).toThrow(/too steep/);
  });
});
