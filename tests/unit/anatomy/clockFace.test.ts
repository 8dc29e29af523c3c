import { describe, expect, test } from 'vitest';
import { CLOCK_RADIUS, clockPoint, dialFrame } from '../../../src/anatomy/clockFace';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { distance, dot, mirrorX, sub } from '../../../src/anatomy/vec';

const midlineDistance = (x: number) => Math.abs(x);

describe('scapula clock dial', () => {
  test('12 points toward the head and 3 toward +x, on both sides', () => {
    for (const side of ['L', 'R'] as const) {
      const f = dialFrame(side);
      expect(f.toTwelve[1]).toBeGreaterThan(0.7);
      expect(f.toThree[0]).toBeGreaterThan(0.7);
      expect(Math.abs(dot(f.toTwelve, f.toThree))).toBeLessThan(1e-9);
    }
  });

  test('left 3 is toward the spine (medial), left 8 is lower and outer', () => {
    const three = clockPoint('L', 3);
    const six = clockPoint('L', 6);
    const eight = clockPoint('L', 8);
    expect(midlineDistance(three.skin[0])).toBeLessThan(midlineDistance(eight.skin[0]));
    expect(six.skin[1]).toBeLessThan(three.skin[1]);
    expect(six.skin[1]).toBeLessThan(eight.skin[1]);
  });

  test('right 9/6/4 mirror left 3/6/8', () => {
    const pairs = [[3, 9], [6, 6], [8, 4]] as const;
    for (const [left, right] of pairs) {
      expect(distance(mirrorX(clockPoint('L', left).skin), clockPoint('R', right).skin)).toBeLessThan(1e-9);
    }
  });

  test('points stay over the shoulder blade, between the medial border and the lateral border', () => {
    const root = LANDMARKS['L.scapula.spineRoot'].bone;
    const ia = LANDMARKS['L.scapula.inferiorAngle'].bone;
    for (const hour of [3, 6, 8]) {
      const p = clockPoint('L', hour).bone;
      expect(midlineDistance(p[0]), `hour ${hour} lateral of the medial border`).toBeGreaterThan(midlineDistance(root[0]));
      expect(p[1], `hour ${hour} above the inferior angle`).toBeGreaterThan(ia[1]);
      expect(distance(p, dialFrame('L').centre.bone)).toBeCloseTo(CLOCK_RADIUS, 9);
    }
  });

  test('an hour outside 1-12 is rejected with a clear message', () => {
    expect(() => clockPoint('L', 0)).toThrow(/1 to 12/);
    expect(() => clockPoint('L', 13)).toThrow(/1 to 12/);
    expect(() => clockPoint('L', 2.5)).toThrow(/1 to 12/);
  });

  test('offsets lie in the skin tangent plane', () => {
    const f = dialFrame('L');
    const p = clockPoint('L', 8);
    expect(Math.abs(dot(sub(p.skin, f.centre.skin), f.centre.normal))).toBeLessThan(1e-9);
  });
});
