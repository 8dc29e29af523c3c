import type { SkinSurface } from './paths';
import { distance, lerp, type Vec3 } from './vec';

/** Steps of the walk between two points: fine enough to follow the back's curves within a mm. */
const WALK_STEP = 0.004;

/**
 * The distance from `a` to `b` along the skin, in metres: the straight line between them cut into
 * steps of at most 4 mm, each step's end laid on the skin, the lengths summed. Made for the short
 * distances of judging a tap (a few centimetres), where it follows the skin over the curve of a
 * shoulder blade or the furrow of the spine; it is not a true shortest path over long distances.
 */
export function distanceAlongSkin(a: Vec3, b: Vec3, surface: SkinSurface): number {
  const steps = Math.max(1, Math.ceil(distance(a, b) / WALK_STEP));
  let total = 0;
  let previous = surface.project(a).point;
  for (let i = 1; i <= steps; i++) {
    const next = surface.project(lerp(a, b, i / steps)).point;
    total += distance(previous, next);
    previous = next;
  }
  return total;
}
