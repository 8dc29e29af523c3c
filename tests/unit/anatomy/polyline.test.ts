import { describe, expect, test } from 'vitest';
import { measurePath, samplePath, slicePath } from '../../../src/anatomy/polyline';

const up = [0, 0, 1] as const;
const line = measurePath([
  { point: [0, 0, 0], normal: up },
  { point: [1, 0, 0], normal: up },
  { point: [1, 2, 0], normal: up },
]);

describe('measured paths', () => {
  test('arc length adds up the segments', () => {
    expect(line.total).toBeCloseTo(3, 12);
  });

  test('fractions map to places along the arc, clamped at the ends', () => {
    expect(samplePath(line, 0.5).point).toEqual([1, 0.5, 0]);
    expect(samplePath(line, 0.5).forward).toEqual([0, 1, 0]);
    expect(samplePath(line, -1).point).toEqual([0, 0, 0]);
    expect(samplePath(line, 2).point).toEqual([1, 2, 0]);
  });

  test('a backward slice runs from the later fraction to the earlier one', () => {
    const slice = slicePath(line, 1, 0.5);
    expect(slice[0]!.point).toEqual([1, 2, 0]);
    expect(slice[slice.length - 1]!.point).toEqual([1, 0.5, 0]);
    expect(slicePath(line, 0, 1).map((p) => p.point)).toEqual([[0, 0, 0], [1, 0, 0], [1, 2, 0]]);
  });
});
