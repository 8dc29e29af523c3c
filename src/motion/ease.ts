/** Easing for the timeline, pure and allocation-free (clamp and smoothstep: `anatomy/scalar.ts`). */
import { clamp01 } from '../anatomy/scalar';

/**
 * A cubic from 0 to 1 on [0, 1] with slope `m0` at 0 and `m1` at 1 (in units of the straight
 * line's slope): (0, 0) is `smoothstep(0, 1, u)`, (1, 1) is the identity. Monotonic for slopes in [0, 3].
 * @param u progress 0..1 (clamped)
 * @param m0 slope at the start
 * @param m1 slope at the end
 */
export function hermite01(u: number, m0: number, m1: number): number {
  const x = clamp01(u);
  const x2 = x * x;
  const x3 = x2 * x;
  return (x3 - 2 * x2 + x) * m0 + (-2 * x3 + 3 * x2) + (x3 - x2) * m1;
}
