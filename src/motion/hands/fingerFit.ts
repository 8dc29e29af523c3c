/**
 * Digits that fit the skin: poses with `fingerFit` curl or open each finger, poses with
 * `thumbFit` turn the thumb, until it rests on the body.
 */
import { Vector3 } from 'three';
import type { Vec3 } from '../../anatomy/vec';
import { FINGER_FRAMES, THUMB_CURL, curlFinger } from './curl';
import { FINGERS, rad } from './dimensions';
import { updateFrames } from './frames';
import type { PosedHand } from './kinematics';
import type { HandPlacement } from './placement';
import { CLEAR_MARGIN, PROBE_LIPSCHITZ, probeGroupsFor, skinAt, type ProbeGroup } from './probes';

/** Steps a finger's range is walked in before the bisection, and the bisection's steps (to within a fifth of a degree or so). */
const FIT_SCAN = 3;
const FIT_STEPS = 4;
const FIT_PROBE_STRIDE = 3;
/**
 * How far off the skin a fitted finger stays, metres: the fit is made at sample places a stroke
 * apart and blended between them, where the body may rise a little under the finger.
 */
const FIT_MARGIN = 0.0003;

const _probe = new Vector3();

/**
 * Curls or opens each finger of a `fingerFit` pose, and turns the thumb of a `thumbFit` pose,
 * within its range, as far toward the skin as it goes with none of its probes inside: more
 * flexion brings a finger nearer the body where the palm faces it, more extension where the back
 * of the hand does (`fingerFit.toward`); the thumb comes nearer turning toward the palm's side.
 * As far from the skin as it goes if even that goes in; as near as it comes if it never reaches.
 * The hand is placed pressing `press` metres into the skin: a digit that curls toward the palm's
 * side may sink its contact surface that far with it (the skin dents under the whole hand), so it
 * still rests on the skin as the press eases off; the fingers of a back of the hand, which only
 * glides, are fitted to the skin's surface. Writes `out.curl`, then every derived field of `out`.
 */
export function fitFingers(out: HandPlacement, posed: PosedHand, skin: (p: Vec3) => number, press = 0): void {
  const fingers = posed.pose.fingerFit;
  const thumb = posed.pose.thumbFit;
  const groups = probeGroupsFor(posed);
  const towardBack = fingers?.toward === 'back';
  const digits = [...(fingers ? FINGERS.flatMap((finger, k) => (fingers.only && !fingers.only.includes(finger) ? [] : [k])) : []), ...(thumb ? [THUMB_CURL] : [])];
  for (const k of digits) {
    const fit = k === THUMB_CURL ? thumb! : fingers!;
    const depth = (curl: number) => {
      out.curl[k] = curl;
      curlFinger(out, posed, k);
      return fingerDepth(out, groups, k, skin, towardBack && k !== THUMB_CURL ? 0 : press);
    };
    // `away` keeps the finger off the skin, `near` brings it onto it. A finger that curls round a
    // body (a neck, a shoulder) comes nearest part of the way and then wraps away again, so the
    // range is walked in steps from `away` to the first step that goes in, then bisected.
    const back = towardBack && k !== THUMB_CURL;
    const from = back ? rad(fit.close) : -rad(fit.open);
    const to = back ? -rad(fit.open) : rad(fit.close);
    let away = from;
    let near: number | null = null;
    let best = { curl: from, depth: depth(from) };
    if (best.depth > 0) continue; // even the farthest goes in: leave it there
    for (let step = 1; step <= FIT_SCAN; step++) {
      const curl = from + ((to - from) * step) / FIT_SCAN;
      const d = depth(curl);
      if (d > 0) {
        near = curl;
        break;
      }
      away = curl;
      if (d > best.depth) best = { curl, depth: d };
    }
    if (near === null) {
      // Never reaches the skin: as near to it as it comes.
      depth(best.curl);
      continue;
    }
    let inside: number = near;
    for (let step = 0; step < FIT_STEPS; step++) {
      const mid = (away + inside) / 2;
      if (depth(mid) <= 0) away = mid;
      else inside = mid;
    }
    depth(away);
  }
  updateFrames(out, posed);
}

/**
 * How deep finger `k`'s deepest probe is, beyond touching for its contact surface and beyond
 * `CLEAR_MARGIN` for the rest; where no probe can be in (each ball of probes is clear of the skin
 * by more than its radius), an upper bound of it from the balls' centres, at one distance query a
 * ball: the fit only needs to know whether a finger goes in, and how near it comes.
 */
function fingerDepth(out: HandPlacement, groups: readonly ProbeGroup[], k: number, skin: (p: Vec3) => number, press: number): number {
  let bound = -Infinity;
  let deepest = -Infinity;
  for (const group of groups) {
    if (group.finger !== k) continue;
    const frame = out.segments[group.frame]!;
    _probe.copy(group.centre).applyMatrix4(frame);
    const b = -skinAt(skin, _probe) + PROBE_LIPSCHITZ * group.radius + (group.anyContact ? FIT_MARGIN - press : CLEAR_MARGIN + FIT_MARGIN);
    if (b <= 0) {
      bound = Math.max(bound, b);
      continue;
    }
    // Every third probe of the bones nearer the hand (the fit is a finger's curl to within a degree
    // or two; the rigid pass after it checks them all), every probe of the end bone and its nail.
    const stride = group.frame === FINGER_FRAMES[k]![2] || group.frame === FINGER_FRAMES[k]![3] ? 1 : FIT_PROBE_STRIDE;
    for (let i = 0; i < group.probes.length; i += stride) {
      const pr = group.probes[i]!;
      _probe.copy(pr.local).applyMatrix4(frame);
      deepest = Math.max(deepest, -skinAt(skin, _probe) + (pr.contact ? FIT_MARGIN - press : CLEAR_MARGIN + FIT_MARGIN));
    }
  }
  return deepest > -Infinity ? deepest : bound;
}
