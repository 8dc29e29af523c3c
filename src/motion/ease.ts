/** Small scalar easing maths for the timeline, pure and allocation-free. */

export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
export const clamp01 = (x: number): number => clamp(x, 0, 1);

/** 0 -> 0, 1 -> 1 with zero slope at both ends. */
export const smoothstep = (u: number): number => {
  const x = clamp01(u);
  return x * x * (3 - 2 * x);
};

/**
 * A cubic from 0 to 1 on [0, 1] with slope `m0` at 0 and `m1` at 1 (in units of the straight
 * line's slope): (0, 0) is smoothstep, (1, 1) is the identity. Monotonic for slopes in [0, 3].
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
