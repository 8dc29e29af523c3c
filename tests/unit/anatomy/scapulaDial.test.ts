/**
 * The clock dial and the massage circle on the shoulder blade, held against the bone's textbook
 * outline (`bones/scapula.ts`: a straight lateral border from the infraglenoid tubercle to the
 * inferior angle). Measured in the scapula's own plane (mm, before the upward rotation), where
 * the outline is drawn: every pressure point at least 6 mm inside the outline, the massage circle
 * (laid on the real skin, followed along the skin's normal down to the bone's plane) inside it.
 */
import { describe, expect, test } from 'vitest';
import { SCAPULA_BODY_OUTLINE, SCAPULA_LATERAL_BORDER, leftScapulaPlane } from '../../../src/anatomy/bones/scapula';
import { sampleClosed } from '../../../src/anatomy/bones/mesh';
import { CLOCK_RADIUS, clockPoint } from '../../../src/anatomy/clockFace';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import type { Side } from '../../../src/anatomy/landmarkIds';
import { resolvePath, type CirclePath } from '../../../src/anatomy/paths';
import { SKIN_SURFACE } from '../../../src/anatomy/skin/skinSurface';
import { mirrorX, scale, sub, type Vec3 } from '../../../src/anatomy/vec';
import { TECHNIQUE, isStroke, stepById } from '../../../src/technique';

type Uv = readonly [number, number];

/** The rim as the mesh draws it (the outline's spline), densely. */
const RIM: readonly Uv[] = sampleClosed(SCAPULA_BODY_OUTLINE, 720).map(([u, v]) => [u, v] as const);
const plane = leftScapulaPlane();

function segmentDistance(p: Uv, a: Uv, b: Uv): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** mm inside the outline (negative: outside). */
function depthInside(p: Uv): number {
  let d = Infinity;
  let inside = false;
  for (let i = 0, j = RIM.length - 1; i < RIM.length; j = i++) {
    const a = RIM[i]!;
    const b = RIM[j]!;
    d = Math.min(d, segmentDistance(p, a, b));
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside ? d : -d;
}

/** A point of either side in the left scapula's plane (the right side is its mirror image). */
const toLeft = (side: Side, p: Vec3): Vec3 => (side === 'L' ? p : mirrorX(p));

/** Where a line through `p` along `n` meets the scapula's plane: (u, v) mm. */
function onPlaneAlong(side: Side, p: Vec3, n: Vec3): Uv {
  const a = plane.toPlane(toLeft(side, p));
  const b = plane.toPlane(toLeft(side, sub(p, scale(n, 0.01))));
  const t = a[2] / (a[2] - b[2]);
  return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
}

const HOURS: Readonly<Record<Side, readonly number[]>> = { L: [3, 6, 8], R: [9, 6, 4] };
const SIDES = ['L', 'R'] as const;

describe('the scapula clock dial against the textbook outline', () => {
  test('the lateral border is straight from the infraglenoid tubercle to the inferior angle', () => {
    const { from, to } = SCAPULA_LATERAL_BORDER;
    const along = RIM.filter((p) => p[1] < from[1] - 2 && p[1] > to[1] + 2 && p[0] > 10);
    expect(along.length).toBeGreaterThan(20);
    for (const p of along) expect(segmentDistance(p, from, to), `(${p[0].toFixed(1)}, ${p[1].toFixed(1)})`).toBeLessThan(0.6);
  });

  test.each(SIDES)('%s: every pressure point lies on the bone, at least 6 mm inside the outline', (side) => {
    for (const hour of HOURS[side]) {
      const p = clockPoint(side, hour);
      const [u, v, w] = plane.toPlane(toLeft(side, p.bone));
      // The dial lies in the bone's plane (its normal is the plane's).
      expect(Math.abs(w), `${side} ${hour}: off the plane`).toBeLessThan(1e-6);
      expect(depthInside([u, v]), `${side} ${hour} o'clock: mm inside the outline`).toBeGreaterThanOrEqual(6);
    }
  });

  test('6 lies toward the inferior angle, on the bone above it; 12 stays below the spine of the scapula', () => {
    const ia = plane.toPlane(LANDMARKS['L.scapula.inferiorAngle'].bone);
    const centre = plane.toPlane(clockPoint('L', 12).bone);
    const six = plane.toPlane(clockPoint('L', 6).bone);
    expect(six[1]).toBeGreaterThan(ia[1] + 20);
    // Roughly toward the angle: within 30° of the direction from the centre to the angle.
    const dial = plane.toPlane(LANDMARKS['L.scapula.dialCentre'].bone);
    const toSix = Math.atan2(six[0] - dial[0], six[1] - dial[1]);
    const toAngle = Math.atan2(ia[0] - dial[0], ia[1] - dial[1]);
    expect(Math.abs(toSix - toAngle)).toBeLessThan((30 * Math.PI) / 180);
    // The spine of the scapula rises from its root (v = 0) laterally and upward.
    expect(centre[1]).toBeLessThan(-10);
  });

  test('the dial radius keeps the points about 2 cm from the centre', () => {
    expect(CLOCK_RADIUS).toBeGreaterThanOrEqual(0.018);
    expect(CLOCK_RADIUS).toBeLessThanOrEqual(0.024);
  });

  test.each(SIDES)('%s: the massage circle, laid on the skin, stays inside the outline and outside the clock points', (side) => {
    const step = stepById(TECHNIQUE, 'scapulae');
    const stroke = step.actions.filter(isStroke).find((s) => s.id === `scapula-${side.toLowerCase()}-circles`)!;
    const spec = stroke.path as CirclePath;
    expect(spec.radius).toBeGreaterThan(CLOCK_RADIUS);
    const path = resolvePath(spec, LANDMARKS, SKIN_SURFACE);
    const depths = path.map((p) => depthInside(onPlaneAlong(side, p.point, p.normal)));
    expect(Math.min(...depths), `${side}: mm inside the outline at the circle's tightest`).toBeGreaterThanOrEqual(2);
  });
});
