/**
 * Moves screen points apart until no two are nearer than `minDistance` (or `iterations` passes
 * are used up): each pair too close is pushed apart along the line between them, each by half
 * what is missing. Labels of points a few millimetres apart on the body (the shoulder blade's
 * 3, 6 and 8 seen from across the room) then sit side by side instead of on top of each other;
 * labels already apart do not move. Works in place on `xs` and `ys`; allocates nothing.
 */
export function spreadApart(xs: Float32Array, ys: Float32Array, count: number, minDistance: number, iterations = 4): void {
  for (let pass = 0; pass < iterations; pass++) {
    let moved = false;
    for (let i = 0; i < count; i++) {
      for (let j = i + 1; j < count; j++) {
        let dx = xs[j]! - xs[i]!;
        let dy = ys[j]! - ys[i]!;
        let d = Math.hypot(dx, dy);
        if (d >= minDistance) continue;
        // Two on the same spot: part them side by side, the earlier one to the left.
        if (d < 1e-6) {
          dx = 1;
          dy = 0;
          d = 1;
        }
        const push = (minDistance - d) / 2 / d;
        xs[i] = xs[i]! - dx * push;
        ys[i] = ys[i]! - dy * push;
        xs[j] = xs[j]! + dx * push;
        ys[j] = ys[j]! + dy * push;
        moved = true;
      }
    }
    if (!moved) return;
  }
}
