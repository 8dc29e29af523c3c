import { describe, expect, test } from 'vitest';
import { spreadApart } from '../../../src/scene/body-api/spreadApart';

const nearest = (xs: Float32Array, ys: Float32Array, count: number) => {
  let d = Infinity;
  for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) d = Math.min(d, Math.hypot(xs[j]! - xs[i]!, ys[j]! - ys[i]!));
  return d;
};

describe('spreadApart', () => {
  test('labels far enough apart do not move', () => {
    const xs = Float32Array.from([0, 30, 100]);
    const ys = Float32Array.from([0, 0, 50]);
    spreadApart(xs, ys, 3, 26);
    expect(Array.from(xs)).toEqual([0, 30, 100]);
    expect(Array.from(ys)).toEqual([0, 0, 50]);
  });

  test('a crowded cluster (3, 6 and 8 of a shoulder blade seen from afar) ends at least about the distance apart, around where it was', () => {
    const xs = Float32Array.from([312, 283, 294, 500]);
    const ys = Float32Array.from([228, 239, 250, 400]);
    const cx = (312 + 283 + 294) / 3;
    const cy = (228 + 239 + 250) / 3;
    spreadApart(xs, ys, 3, 26, 8);
    expect(nearest(xs, ys, 3)).toBeGreaterThan(25);
    // Pushed symmetrically: the cluster's middle stays put, and each moves at most a label's width.
    expect((xs[0]! + xs[1]! + xs[2]!) / 3).toBeCloseTo(cx, 3);
    expect((ys[0]! + ys[1]! + ys[2]!) / 3).toBeCloseTo(cy, 3);
    [312, 283, 294].forEach((x, i) => expect(Math.hypot(xs[i]! - x, ys[i]! - [228, 239, 250][i]!)).toBeLessThan(26));
    // Only the first `count` take part.
    expect(xs[3]).toBe(500);
  });

  test('two on the same spot part side by side', () => {
    const xs = Float32Array.from([10, 10]);
    const ys = Float32Array.from([5, 5]);
    spreadApart(xs, ys, 2, 20);
    expect(xs[0]).toBeCloseTo(0, 5);
    expect(xs[1]).toBeCloseTo(20, 5);
    expect(Array.from(ys)).toEqual([5, 5]);
  });
});
