import { expect, test } from 'vitest';
import { cachedSurface } from '../../../src/anatomy/cachedSurface';
import type { SkinSurface } from '../../../src/anatomy/paths';

test('a cached surface asks the real one once per distinct point and returns the same answer', () => {
  let calls = 0;
  const plane: SkinSurface = { project: (p) => { calls++; return { point: [p[0], p[1], 0], normal: [0, 0, 1] }; } };
  const cached = cachedSurface(plane);
  const a = cached.project([0.1, 0.2, 0.3]);
  const b = cached.project([0.1, 0.2, 0.3]);
  const c = cached.project([0.1, 0.2, 0.31]);
  expect(calls).toBe(2);
  expect(b).toBe(a);
  expect(c.point).toEqual([0.1, 0.2, 0]);
});
