import { Vector3 } from 'three';
import type { Vec3 } from '../../anatomy/vec';
import type { HandSide } from './ids';

/**
 * The giver's shoulders: behind the mother (+z, design.md), either side of her midline, a little
 * above her shoulders, as for a giver standing close behind the chair or sitting on a higher
 * stool [EST]. Forearms run from the hands toward these.
 */
export const GIVER_SHOULDERS: Readonly<Record<HandSide, Vec3>> = { left: [-0.18, 1.1, 0.45], right: [0.18, 1.1, 0.45] };

/** Unit direction from `from` toward the giver's shoulder on `side`. */
export function towardGiver(side: HandSide, from: Vector3, target = new Vector3()): Vector3 {
  const s = GIVER_SHOULDERS[side];
  return target.set(s[0] - from.x, s[1] - from.y, s[2] - from.z).normalize();
}
