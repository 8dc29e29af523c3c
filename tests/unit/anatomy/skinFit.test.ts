import { describe, expect, test } from 'vitest';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import type { LandmarkId } from '../../../src/anatomy/landmarkIds';
import { FIT_LANDMARKS, RAW_SKIN_PROGRAM, SKIN_FIT_BUMPS } from '../../../src/anatomy/skin/bodySdf';
import { generateSkin } from '../../../src/anatomy/skin/generateSkin';
import { distanceToMesh } from '../../../src/anatomy/skin/meshQueries';
import { keepOutsideSkin, projectToSkin, SKIN_SURFACE, skinDistance } from '../../../src/anatomy/skin/skinSurface';
import { add, distance, dot, length, scale, sub, type Vec3 } from '../../../src/anatomy/vec';

/** The landmark table's skin points the massage paths and pressure points are laid from. */
const TIGHT = 0.004;
/** The fossa and the shoulder top are estimates of soft-tissue points: looser. */
const LOOSE = 0.008;
/**
 * The shapes themselves (before the small landmark-fit bumps) must already pass this close, so the
 * bumps stay gentle and the tuned body, not the correction, carries the fit.
 */
const RAW = 0.0045;

const mirrored = (ids: readonly LandmarkId[]): LandmarkId[] => ids.flatMap((id) => (id.startsWith('L.') ? [id, `R.${id.slice(2)}` as LandmarkId] : [id]));
const cases = [
  ...mirrored(FIT_LANDMARKS.tight).map((id) => ({ id, tolerance: TIGHT })),
  ...mirrored(FIT_LANDMARKS.loose).map((id) => ({ id, tolerance: LOOSE })),
];

let cached: ReturnType<typeof generateSkin> | null = null;
/** One mesh for the file (generation takes a fraction of a second). */
const skinMesh = () => (cached ??= generateSkin());

/** Distance from p to the generated skin mesh (its skin part, triangles within 3 cm). */
function distanceToSkinMesh(p: Vec3): number {
  const mesh = skinMesh();
  return distanceToMesh(p, mesh.positions, mesh.indices, 0.03, mesh.skinIndexCount);
}

/** The first skin crossing on the way in along the landmark's normal, from `from` metres outside. */
function firstHitFromOutside(p: Vec3, normal: Vec3, from = 0.03): Vec3 {
  const step = 0.0005;
  let t = from;
  while (t > -from && skinDistance(add(p, scale(normal, t))) > 0) t -= step;
  return add(p, scale(normal, t));
}

describe('skin fit to the landmark table', { timeout: 60_000 }, () => {
  test.each(cases)('$id: the skin field passes within tolerance', ({ id, tolerance }) => {
    const l = LANDMARKS[id];
    expect(Math.abs(skinDistance(l.skin)), `${id}: ${(skinDistance(l.skin) * 1000).toFixed(2)} mm`).toBeLessThanOrEqual(tolerance);
  });

  test.each(cases)('$id: the generated mesh passes within tolerance', ({ id, tolerance }) => {
    expect(distanceToSkinMesh(LANDMARKS[id].skin)).toBeLessThanOrEqual(tolerance);
  });

  test.each(cases)('$id: is on the outer skin, not in a fold or a hidden pocket', ({ id, tolerance }) => {
    // Step 3 cm out along the skin's own normal there and come back in: the first skin met is the
    // landmark's (a point inside a cavity or under an overhang would be met somewhere else).
    const on = projectToSkin(LANDMARKS[id].skin);
    expect(distance(firstHitFromOutside(on.point, on.normal), LANDMARKS[id].skin)).toBeLessThanOrEqual(tolerance);
  });

  test('the shapes alone (before the fit bumps) already pass close to every fit landmark', () => {
    for (const { id } of cases) {
      const p = LANDMARKS[id].skin;
      const raw = RAW_SKIN_PROGRAM.distance(p[0], p[1], p[2]);
      expect(Math.abs(raw), `${id}: raw ${(raw * 1000).toFixed(1)} mm`).toBeLessThanOrEqual(RAW);
    }
    for (const o of SKIN_FIT_BUMPS) expect(Math.abs(o.amount)).toBeLessThanOrEqual(RAW);
  });
});

describe('projection onto the skin', { timeout: 60_000 }, () => {
  // Deterministic pseudo-random offsets around every landmark and around mesh vertices.
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647 - 0.5;
  };
  const probes: Vec3[] = [];
  for (const { id } of cases) for (let i = 0; i < 5; i++) probes.push(add(LANDMARKS[id].skin, [random() * 0.06, random() * 0.06, random() * 0.06]));

  test('lands on the skin (|distance| < 0.5 mm) with a unit normal, from points near the body', () => {
    const mesh = skinMesh();
    for (let v = 0; v < mesh.skinVertexCount; v += 401) {
      const p: Vec3 = [mesh.positions[3 * v]!, mesh.positions[3 * v + 1]!, mesh.positions[3 * v + 2]!];
      const n: Vec3 = [mesh.normals[3 * v]!, mesh.normals[3 * v + 1]!, mesh.normals[3 * v + 2]!];
      probes.push(add(p, scale(n, random() * 0.04)));
    }
    for (const p of probes) {
      const { point, normal } = projectToSkin(p);
      expect(Math.abs(skinDistance(point))).toBeLessThan(0.0005);
      expect(length(normal)).toBeCloseTo(1, 6);
      // The normal points out of the skin.
      expect(skinDistance(add(point, scale(normal, 0.002)))).toBeGreaterThan(0);
    }
  });

  test('is idempotent and goes to a near point, not a far one', () => {
    for (const p of probes) {
      const once = SKIN_SURFACE.project(p);
      const twice = SKIN_SURFACE.project(once.point);
      expect(distance(once.point, twice.point)).toBeLessThan(1e-4);
      // Near the skin where paths are laid (skin facing the giver, behind her) it is the closest
      // skin point: the offset from p is along the skin's normal there, and short (a jump to
      // another part of the body would be centimetres; in blends and hollows the field under-reads
      // the distance, up to about 3x). Deep creases on her front (under the bust, where no path
      // goes) can leave the closest point ambiguous, so they are not held to this.
      const d = Math.abs(skinDistance(p));
      if (d < 0.005 && once.normal[2] > 0) {
        const offset = sub(p, once.point);
        expect(length(sub(offset, scale(once.normal, dot(offset, once.normal))))).toBeLessThan(2e-4);
        expect(distance(once.point, p)).toBeLessThan(d * 3 + 0.002);
      }
    }
  });

  test('keepOutsideSkin leaves outside points alone and pushes inside points out to the clearance', () => {
    const outside: Vec3 = add(LANDMARKS.T4.skin, scale(LANDMARKS.T4.normal, 0.2));
    expect(keepOutsideSkin(outside, 0.06)).toEqual(outside);
    for (const p of probes) {
      const q = keepOutsideSkin(p, 0.05);
      expect(skinDistance(q)).toBeGreaterThanOrEqual(0.05 - 1e-5);
    }
  });
});
