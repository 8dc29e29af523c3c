import { describe, expect, test, vi } from 'vitest';
import { REGION, REGION_COUNT } from '../../../src/anatomy/skin/bodySdf';
import { generateSkin, hashSkin } from '../../../src/anatomy/skin/generateSkin';
import { edgeReport, VertexGrid } from '../../../src/anatomy/skin/meshQueries';
import { skinDistance } from '../../../src/anatomy/skin/skinSurface';

let cached: ReturnType<typeof generateSkin> | null = null;
/** One mesh for the file (generation takes a fraction of a second). */
const skinMesh = () => (cached ??= generateSkin());
const clothStart = (mesh: ReturnType<typeof generateSkin>) => mesh.skinVertexCount;

/** Triangles the generated skin (with hair and sarong) may have: the scene's budget for it. */
const TRIANGLE_BUDGET = 60_000;

/**
 * Fingerprint of the default mesh. It changes whenever the body's shape changes on purpose
 * (landmarks, proportions, meshing options): then check the pictures and update it. It must never
 * change between two runs of the same code.
 */
const GOLDEN_HASH = 'b4e17a3a';

describe('skin mesh', { timeout: 60_000 }, () => {
  test('is deterministic: the same arrays on every run, in a fresh module too', async () => {
    const a = skinMesh();
    const b = generateSkin();
    expect(hashSkin(b)).toBe(hashSkin(a));
    expect(Buffer.from(b.positions.buffer).equals(Buffer.from(a.positions.buffer))).toBe(true);
    expect(Buffer.from(b.indices.buffer).equals(Buffer.from(a.indices.buffer))).toBe(true);
    vi.resetModules();
    const fresh = await import('../../../src/anatomy/skin/generateSkin');
    expect(fresh.hashSkin(fresh.generateSkin())).toBe(hashSkin(a));
  });

  test('has the expected fingerprint', () => {
    expect(hashSkin(skinMesh())).toBe(GOLDEN_HASH);
  });

  test('fits the triangle budget', () => {
    const mesh = skinMesh();
    const triangles = mesh.indices.length / 3;
    expect(triangles).toBeLessThanOrEqual(TRIANGLE_BUDGET);
    expect(triangles).toBeGreaterThan(TRIANGLE_BUDGET / 4); // not accidentally empty or coarse
  });

  test('arrays are consistent: finite positions, unit normals, indices in range, regions and weights', () => {
    const mesh = skinMesh();
    const n = mesh.positions.length / 3;
    expect(mesh.normals.length).toBe(3 * n);
    expect(mesh.regions.length).toBe(n);
    expect(mesh.regionWeights.length).toBe(REGION_COUNT * n);
    expect(mesh.positions.every(Number.isFinite)).toBe(true);
    for (let i = 0; i < n; i++) {
      const l = Math.hypot(mesh.normals[3 * i]!, mesh.normals[3 * i + 1]!, mesh.normals[3 * i + 2]!);
      if (Math.abs(l - 1) > 1e-4) expect.fail(`normal ${i} has length ${l}`);
      let sum = 0;
      for (let r = 0; r < REGION_COUNT; r++) sum += mesh.regionWeights[REGION_COUNT * i + r]!;
      if (Math.abs(sum - 255) > 2) expect.fail(`region weights of vertex ${i} sum to ${sum}`);
    }
    for (const i of mesh.indices) expect(i).toBeLessThan(n);
    const counts = [0, 0, 0];
    for (const r of mesh.regions) counts[r]!++;
    expect(counts[REGION.skin]).toBeGreaterThan(n / 3);
    expect(counts[REGION.hair]).toBeGreaterThan(200);
    expect(counts[REGION.cloth]).toBeGreaterThan(500);
  });

  test('is closed and manifold: every edge is used once in each direction, no degenerate triangles', () => {
    const mesh = skinMesh();
    const report = edgeReport(mesh.positions, mesh.indices);
    expect(report.degenerate).toBe(0);
    expect(report.repeated, 'directed edges used more than once (non-manifold or flipped)').toBe(0);
    expect(report.open, 'edges without a twin (holes)').toBe(0);
  });

  test.each([0.0058, 0.0075, 0.009])('stays closed and manifold at other resolutions (spacing %s m)', (spacing) => {
    const mesh = generateSkin({ spacing });
    expect(edgeReport(mesh.positions, mesh.indices)).toEqual({ repeated: 0, open: 0, degenerate: 0 });
  });

  test('winds counter-clockwise seen from outside, and its normals point outward', () => {
    const mesh = skinMesh();
    const { positions: p, normals: nm, indices } = mesh;
    let disagree = 0;
    for (let t = 0; t < indices.length; t += 3) {
      const [a, b, c] = [indices[t]!, indices[t + 1]!, indices[t + 2]!];
      const ux = p[3 * b]! - p[3 * a]!;
      const uy = p[3 * b + 1]! - p[3 * a + 1]!;
      const uz = p[3 * b + 2]! - p[3 * a + 2]!;
      const vx = p[3 * c]! - p[3 * a]!;
      const vy = p[3 * c + 1]! - p[3 * a + 1]!;
      const vz = p[3 * c + 2]! - p[3 * a + 2]!;
      const fx = uy * vz - uz * vy;
      const fy = uz * vx - ux * vz;
      const fz = ux * vy - uy * vx;
      const vn = [0, 0, 0];
      for (const v of [a, b, c]) for (let k = 0; k < 3; k++) vn[k]! += nm[3 * v + k]!;
      if (fx * vn[0]! + fy * vn[1]! + fz * vn[2]! <= 0) disagree++;
    }
    expect(disagree / (indices.length / 3)).toBeLessThan(0.001);
    // A millimetre along the normal from a skin vertex is outside the skin (in blended creases the
    // field under-reads the distance, so "outside" here is more than 0.2 mm, not 1 mm).
    const skinVertices = clothStart(mesh);
    for (let v = 0; v < skinVertices; v += 7) {
      const q = [0, 1, 2].map((k) => p[3 * v + k]! + 0.001 * nm[3 * v + k]!) as [number, number, number];
      if (!(skinDistance(q) > 0.0002)) expect.fail(`vertex ${v}: normal does not point out of the skin`);
    }
  });

  test('skin vertices lie on the skin field', () => {
    const mesh = skinMesh();
    let worst = 0;
    const skinVertices = clothStart(mesh);
    for (let v = 0; v < skinVertices; v++) {
      const d = Math.abs(skinDistance([mesh.positions[3 * v]!, mesh.positions[3 * v + 1]!, mesh.positions[3 * v + 2]!]));
      if (d > worst) worst = d;
    }
    expect(worst).toBeLessThan(0.0002);
  });

  test('is left-right symmetric: every vertex mirrored across x = 0 has a partner within 1 mm', () => {
    const mesh = skinMesh();
    const grid = new VertexGrid(mesh.positions, 0.004);
    let worst = 0;
    for (let v = 0; v < mesh.positions.length / 3; v++) {
      const d = grid.nearest([-mesh.positions[3 * v]!, mesh.positions[3 * v + 1]!, mesh.positions[3 * v + 2]!]);
      if (d > worst) worst = d;
    }
    expect(worst).toBeLessThan(0.001);
  });

  test('is exactly symmetric: the right side is the left mirrored, bit for bit (made once, on the left)', () => {
    const mesh = skinMesh();
    const key = (x: number, y: number, z: number) => `${x},${y},${z}`;
    const p = mesh.positions;
    const n = mesh.normals;
    const byPosition = new Map<string, number>();
    for (let v = 0; v < p.length / 3; v++) byPosition.set(key(p[3 * v]!, p[3 * v + 1]!, p[3 * v + 2]!), v);
    for (let v = 0; v < mesh.skinVertexCount; v++) {
      const m = byPosition.get(key(-p[3 * v]!, p[3 * v + 1]!, p[3 * v + 2]!));
      if (m === undefined) expect.fail(`vertex ${v} has no exact mirror image`);
      if (n[3 * m] !== -n[3 * v]! || n[3 * m + 1] !== n[3 * v + 1] || n[3 * m + 2] !== n[3 * v + 2]) expect.fail(`vertex ${v}: its mirror's normal is not mirrored`);
    }
  });
});
