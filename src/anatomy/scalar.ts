/** Small pure scalar maths, shared by the body's geometry, the hands and the timeline. */

export const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x);
export const clamp01 = (x: number): number => clamp(x, 0, 1);

/** 0 at `edge0`, 1 at `edge1`, with zero slope at both (GLSL's smoothstep); `x` clamped to the edges. */
export const smoothstep = (edge0: number, edge1: number, x: number): number => {
  const u = clamp01((x - edge0) / (edge1 - edge0));
  return u * u * (3 - 2 * u);
};
