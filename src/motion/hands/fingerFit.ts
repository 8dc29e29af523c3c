/** Fingers that fit the skin: poses with `fingerFit` curl or open each finger until it rests on the body. */
import { Vector3 } from 'three';
import type { Vec3 } from '../../anatomy/vec';
import { curlFinger } from './curl';
import { FINGERS, rad } from './dimensions';
import { updateFrames } from './frames';
import type { PosedHand } from './kinematics';
import type { HandPlacement } from './placement';
import { CLEAR_MARGIN, probeGroupsFor, skinAt, type ProbeGroup } from './probes';

/** Bisection steps of a finger's fit: its range of 40° or so to within a fifth of a degree. */
const FIT_STEPS = 8;

const _probe = new Vector3();

/**
 * Curls or opens each finger of a `fingerFit` pose, within its range, as far toward the skin as
 * it goes with none of its probes inside (more flexion brings a finger nearer the body in these
 * poses: their palms face it). Fully open if even that goes in; fully curled if it never reaches.
 * Writes `out.curl`, then every derived field of `out`.
 */
export function fitFingers(out: HandPlacement, posed: PosedHand, skin: (p: Vec3) => number): void {
  const fit = posed.pose.fingerFit!;
  const groups = probeGroupsFor(posed);
  for (let k = 0; k < FINGERS.length; k++) {
    const depth = (curl: number) => {
      out.curl[k] = curl;
      curlFinger(out, posed, k);
      return fingerDepth(out, groups, k, skin);
    };
    let open = -rad(fit.open);
    let closed = rad(fit.close);
    if (depth(closed) <= 0) continue;
    if (depth(open) > 0) continue;
    for (let step = 0; step < FIT_STEPS; step++) {
      const mid = (open + closed) / 2;
      if (depth(mid) <= 0) open = mid;
      else closed = mid;
    }
    depth(open);
  }
  updateFrames(out, posed);
}

/** How deep finger `k`'s deepest probe is, beyond touching for its contact surface and beyond `CLEAR_MARGIN` for the rest. */
function fingerDepth(out: HandPlacement, groups: readonly ProbeGroup[], k: number, skin: (p: Vec3) => number): number {
  let deepest = -Infinity;
  for (const group of groups) {
    if (group.finger !== k) continue;
    const frame = out.segments[group.frame]!;
    for (const pr of group.probes) {
      _probe.copy(pr.local).applyMatrix4(frame);
      deepest = Math.max(deepest, -skinAt(skin, _probe) + (pr.contact ? 0 : CLEAR_MARGIN));
    }
  }
  return deepest;
}
