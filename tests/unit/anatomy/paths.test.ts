import { describe, expect, test } from 'vitest';
import { clockPoint } from '../../../src/anatomy/clockFace';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import {
  baselineOf,
  mirrorAnchor,
  mirrorClockHour,
  resolveAnchor,
  resolvePath,
  tangentFrame,
  type CirclesPath,
  type PathSpec,
  type SkinPoint,
  type SkinSurface,
} from '../../../src/anatomy/paths';
import { distance, dot, length, mirrorX, normalize, sub, type Vec3 } from '../../../src/anatomy/vec';
import { cylinder, plane, sphere } from '../technique/analyticSurfaces';

const SPACING = 0.004;
const FLAT = plane(0);
/** Centred on the midline, so the body's mirror symmetry carries over to the surface. */
const SPHERE_CENTRE: Vec3 = [0, 0.55, -0.25];
const SPHERE_RADIUS = 0.22;
const ROUND = sphere(SPHERE_CENTRE, SPHERE_RADIUS);
const TORSO = cylinder([0, 0, -0.15], 0.14);

const T7 = LANDMARKS.T7.skin;
const gaps = (points: readonly SkinPoint[]) => points.slice(1).map((p, i) => distance(p.point, points[i]!.point));

function expectOnSphere(points: readonly SkinPoint[]) {
  for (const { point, normal } of points) {
    expect(Math.abs(distance(point, SPHERE_CENTRE) - SPHERE_RADIUS)).toBeLessThan(1e-9);
    expect(distance(normal, normalize(sub(point, SPHERE_CENTRE)))).toBeLessThan(1e-9);
  }
}

function expectEvenlySpaced(points: readonly SkinPoint[]) {
  const g = gaps(points);
  expect(Math.max(...g)).toBeLessThanOrEqual(SPACING * 1.01);
  expect(Math.min(...g)).toBeGreaterThan(Math.max(...g) * 0.8);
}

describe('tangentFrame', () => {
  test('on a back facing the giver, across is +x and along is +y', () => {
    const { across, along } = tangentFrame([0, 0, 1]);
    expect(distance(across, [1, 0, 0])).toBeLessThan(1e-12);
    expect(distance(along, [0, 1, 0])).toBeLessThan(1e-12);
  });

  test('is orthonormal and tangent, including where the skin faces sideways', () => {
    for (const n of [[0.3, 0.5, 0.8], [-0.5, 0.4, 0.75], [1, 0, 0], [0, 1, 0]] as Vec3[]) {
      const normal = normalize(n);
      const { across, along } = tangentFrame(normal);
      expect(length(across)).toBeCloseTo(1, 12);
      expect(length(along)).toBeCloseTo(1, 12);
      expect(Math.abs(dot(across, along)) + Math.abs(dot(across, normal)) + Math.abs(dot(along, normal))).toBeLessThan(1e-12);
    }
  });

  test('along points headward wherever the skin does not face straight up', () => {
    expect(tangentFrame(normalize([0.5, 0.4, 0.75])).along[1]).toBeGreaterThan(0);
    expect(tangentFrame(normalize([-0.5, 0.4, 0.75])).along[1]).toBeGreaterThan(0);
  });
});

describe('resolveAnchor', () => {
  test('offsets move the point across (+x) and along (+y) on a flat back', () => {
    const p = resolveAnchor({ landmark: 'T7', across: 0.03, along: -0.02 }, LANDMARKS, FLAT).point;
    expect(distance(p, [T7[0] + 0.03, T7[1] - 0.02, 0])).toBeLessThan(1e-12);
  });

  test('a clock anchor lands on the dial point of clockFace.ts, projected to the skin', () => {
    const p = resolveAnchor({ clock: { side: 'L', hour: 8 } }, LANDMARKS, ROUND).point;
    expect(distance(p, ROUND.project(clockPoint('L', 8, LANDMARKS).skin).point)).toBeLessThan(1e-12);
  });

  test('offset points still lie on a curved skin', () => {
    expectOnSphere([resolveAnchor({ landmark: 'R.scapula.dialCentre', across: 0.04, along: 0.03 }, LANDMARKS, ROUND)]);
  });
});

describe('mirroring anchors', () => {
  test('clock hours mirror 3<->9, 8<->4, 6 and 12 stay', () => {
    expect([3, 9, 8, 4, 6, 12].map((h) => mirrorClockHour(h as 3 | 9 | 8 | 4 | 6 | 12))).toEqual([9, 3, 4, 8, 6, 12]);
  });

  test('landmarks swap sides and across changes sign', () => {
    expect(mirrorAnchor({ landmark: 'R.mastoid', across: 0.01, along: 0.02 })).toEqual({ landmark: 'L.mastoid', across: -0.01, along: 0.02 });
    expect(mirrorAnchor({ landmark: 'C7' })).toEqual({ landmark: 'C7' });
    expect(mirrorAnchor({ clock: { side: 'L', hour: 8 } })).toEqual({ clock: { side: 'R', hour: 4 } });
  });
});

describe('line paths', () => {
  const spec: PathSpec = { kind: 'line', waypoints: [{ landmark: 'C7', across: 0.025 }, { landmark: 'T4', across: 0.025 }, { landmark: 'T7', across: 0.025 }] };

  test('lie on the skin, evenly spaced, from the first waypoint to the last', () => {
    const points = resolvePath(spec, LANDMARKS, ROUND, { spacing: SPACING });
    expectOnSphere(points);
    expectEvenlySpaced(points);
    expect(distance(points[0]!.point, resolveAnchor({ landmark: 'C7', across: 0.025 }, LANDMARKS, ROUND).point)).toBeLessThan(1e-9);
    expect(distance(points.at(-1)!.point, resolveAnchor({ landmark: 'T7', across: 0.025 }, LANDMARKS, ROUND).point)).toBeLessThan(1e-9);
  });

  test('follow the curve of the skin instead of cutting through it', () => {
    const points = resolvePath(spec, LANDMARKS, TORSO, { spacing: SPACING });
    for (const { point } of points) expect(Math.hypot(point[0], point[2] + 0.15)).toBeCloseTo(0.14, 9);
  });
});

describe('circles paths', () => {
  const spec: CirclesPath = {
    kind: 'circles',
    waypoints: [{ landmark: 'T7', along: 0.1 }, { landmark: 'T7' }],
    radius: 0.01,
    loops: 5,
    turn: 'cw',
  };

  test('stay within the radius of the line and start at 12 o\'clock', () => {
    const points = resolvePath(spec, LANDMARKS, FLAT, { spacing: 0.002 });
    for (const { point } of points) expect(Math.abs(point[0] - T7[0])).toBeLessThanOrEqual(0.01 + 1e-9);
    expect(distance(points[0]!.point, [T7[0], T7[1] + 0.1 + 0.01, 0])).toBeLessThan(1e-9);
  });

  test('go round `loops` times, clockwise as seen from behind', () => {
    const points = resolvePath(spec, LANDMARKS, FLAT, { spacing: 0.001 });
    // Count crossings of 3 o'clock (right of the line, moving down) to count whole loops.
    const xs = points.map((p) => p.point[0] - T7[0]);
    const rightPeaks = xs.filter((x, i) => i > 0 && i < xs.length - 1 && x > 0.009 && x >= xs[i - 1]! && x >= xs[i + 1]!);
    expect(rightPeaks).toHaveLength(5);
    expect(points[1]!.point[0]).toBeGreaterThan(T7[0]);
  });

  test('baselineOf gives the line without circles', () => {
    expect(baselineOf(spec)).toEqual({ kind: 'line', waypoints: spec.waypoints });
  });
});

describe('circle paths', () => {
  const centre = LANDMARKS['L.scapula.dialCentre'].skin;

  test('keep the radius, start at the given hour and close', () => {
    const points = resolvePath({ kind: 'circle', centre: { landmark: 'L.scapula.dialCentre' }, radius: 0.035, startHour: 12, turn: 'ccw' }, LANDMARKS, FLAT);
    for (const { point } of points) expect(Math.hypot(point[0] - centre[0], point[1] - centre[1])).toBeCloseTo(0.035, 9);
    expect(distance(points[0]!.point, [centre[0], centre[1] + 0.035, 0])).toBeLessThan(1e-9);
    expect(distance(points[0]!.point, points.at(-1)!.point)).toBeLessThan(1e-9);
    // Counter-clockwise from 12 heads toward 9, the mother's left (-x).
    expect(points[1]!.point[0]).toBeLessThan(centre[0]);
  });

  test('lie on a curved skin', () => {
    expectOnSphere(resolvePath({ kind: 'circle', centre: { landmark: 'L.scapula.dialCentre' }, radius: 0.035, startHour: 3, turn: 'cw' }, LANDMARKS, ROUND));
  });
});

describe('heart paths', () => {
  const T5 = LANDMARKS.T5.skin;
  const heart = (part: 'whole' | 'rightHalf'): PathSpec => ({ kind: 'heart', centre: { landmark: 'T5' }, width: 0.2, height: 0.18, part });
  const flatHeart = (part: 'whole' | 'rightHalf') => resolvePath(heart(part), LANDMARKS, FLAT).map((p) => p.point);

  test('fills the given width and height around its centre', () => {
    const points = flatHeart('whole');
    const xs = points.map((p) => p[0] - T5[0]);
    const ys = points.map((p) => p[1] - T5[1]);
    expect(Math.max(...xs)).toBeCloseTo(0.1, 3);
    expect(Math.min(...xs)).toBeCloseTo(-0.1, 3);
    expect(Math.max(...ys)).toBeCloseTo(0.09, 3);
    expect(Math.min(...ys)).toBeCloseTo(-0.09, 3);
  });

  test('has two lobes on top and the point at the bottom, starting at the notch toward the right lobe', () => {
    const points = flatHeart('whole');
    const lowest = points.reduce((a, b) => (b[1] < a[1] ? b : a));
    expect(Math.abs(lowest[0] - T5[0])).toBeLessThan(0.002);
    const top = Math.max(...points.map((p) => p[1]));
    const highest = points.filter((p) => p[1] > top - 1e-4);
    expect(highest.every((p) => Math.abs(p[0] - T5[0]) > 0.03)).toBe(true);
    expect(Math.abs(points[0]![0] - T5[0])).toBeLessThan(1e-9);
    expect(points[0]![1]).toBeLessThan(top - 0.02);
    expect(points[1]![0]).toBeGreaterThan(T5[0]);
    expect(distance(points[0]!, points.at(-1)!)).toBeLessThan(1e-9);
  });

  test('the right half stays right of the centre and ends at the bottom point', () => {
    const points = flatHeart('rightHalf');
    for (const p of points) expect(p[0]).toBeGreaterThanOrEqual(T5[0] - 1e-9);
    expect(distance(points.at(-1)!, [T5[0], T5[1] - 0.09, 0])).toBeLessThan(1e-6);
  });

  test('lies on a curved skin, evenly spaced', () => {
    const points = resolvePath(heart('whole'), LANDMARKS, ROUND, { spacing: SPACING });
    expectOnSphere(points);
    expectEvenlySpaced(points);
  });
});

describe('mirrored paths', () => {
  const specs: Record<string, PathSpec> = {
    line: { kind: 'line', waypoints: [{ landmark: 'R.scapula.acromion' }, { landmark: 'R.shoulderTop' }, { landmark: 'C7', across: 0.05 }] },
    circles: { kind: 'circles', waypoints: [{ landmark: 'C7', across: 0.025 }, { landmark: 'T7', across: 0.025 }], radius: 0.012, loops: 6, turn: 'ccw' },
    circle: { kind: 'circle', centre: { landmark: 'R.scapula.dialCentre' }, radius: 0.035, startHour: 2, turn: 'cw' },
    clock: { kind: 'line', waypoints: [{ clock: { side: 'R', hour: 9 } }, { clock: { side: 'R', hour: 4 } }] },
    heart: { kind: 'heart', centre: { landmark: 'R.rib6.posterior' }, width: 0.09, height: 0.09, part: 'rightHalf' },
  };

  test.each(Object.entries(specs))('%s: the mirror copy is the original with x negated', (_, spec) => {
    for (const surface of [ROUND, TORSO] as SkinSurface[]) {
      const original = resolvePath(spec, LANDMARKS, surface);
      const mirrored = resolvePath(spec, LANDMARKS, surface, { mirror: true });
      expect(mirrored).toHaveLength(original.length);
      mirrored.forEach((m, i) => {
        expect(distance(m.point, mirrorX(original[i]!.point))).toBeLessThan(1e-6);
        expect(distance(m.normal, mirrorX(original[i]!.normal))).toBeLessThan(1e-6);
      });
    }
  });
});
