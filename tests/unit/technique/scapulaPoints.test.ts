import { describe, expect, test } from 'vitest';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { mirrorClockHour, resolveAnchor, type ClockAnchor } from '../../../src/anatomy/paths';
import { distance, mirrorX } from '../../../src/anatomy/vec';
import { TECHNIQUE, pointsOf, stepById, type PressPoint } from '../../../src/technique';
import { sphere } from './analyticSurfaces';

const points = pointsOf(stepById(TECHNIQUE, 'scapulae'));
const clockOf = (point: PressPoint) => (point.anchor as ClockAnchor).clock;
const onSide = (side: 'L' | 'R') => points.filter((point) => 'clock' in point.anchor && clockOf(point).side === side);
const left = onSide('L');
const right = onSide('R');
/** Centred on the midline, so it keeps the body's left-right symmetry. */
const SKIN = sphere([0, 0.5, -0.25], 0.22);

describe('scapula pressure points', () => {
  test('every scapula point is a clock anchor: left 3, 6, 8 and right 9, 6, 4, in that order', () => {
    expect(left.length + right.length).toBe(points.length);
    expect(left.map((p) => clockOf(p).hour)).toEqual([3, 6, 8]);
    expect(right.map((p) => clockOf(p).hour)).toEqual([9, 6, 4]);
  });

  test('the right set is the mirror of the left (3<->9, 6<->6, 8<->4)', () => {
    expect(left.map((p) => mirrorClockHour(clockOf(p).hour))).toEqual(right.map((p) => clockOf(p).hour));
  });

  test('mirrored points land at mirrored places on the body', () => {
    left.forEach((l, i) => {
      const r = right[i]!;
      const lp = resolveAnchor(l.anchor, LANDMARKS, SKIN).point;
      const rp = resolveAnchor(r.anchor, LANDMARKS, SKIN).point;
      expect(distance(mirrorX(lp), rp)).toBeLessThan(1e-9);
    });
  });

  test('left 3 is toward the spine and 8 lower and further out; 6 is the lowest', () => {
    const [three, six, eight] = left.map((p) => resolveAnchor(p.anchor, LANDMARKS, SKIN).point);
    expect(Math.abs(three![0])).toBeLessThan(Math.abs(eight![0]));
    expect(six![1]).toBeLessThan(three![1]);
    expect(six![1]).toBeLessThan(eight![1]);
  });

  test('each side is pressed by its own thumb, with the same timing and pressure', () => {
    left.forEach((l, i) => {
      const r = right[i]!;
      expect(l.hands).toEqual({ left: { part: 'thumb', role: 'presses' } });
      expect(r.hands).toEqual({ right: { part: 'thumb', role: 'presses' } });
      expect(r.timing).toEqual(l.timing);
      expect(r.pressure).toBe(l.pressure);
    });
  });

  test('labels name the side and the hour in both languages', () => {
    expect(left[0]!.label).toEqual({ id: 'Tulang belikat kiri, jam 3', en: "Left shoulder blade, 3 o'clock" });
    expect(right[2]!.label).toEqual({ id: 'Tulang belikat kanan, jam 4', en: "Right shoulder blade, 4 o'clock" });
  });
});
