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
import { CONFORM } from './poses';
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

/** Beyond this off the skin, metres, how far a finger is matters no more (it is lifted, not resting). */
const FIT_FAR = 0.012;

const _probe = new Vector3();
/** A finger's balls of probes and their bounds, for `fingerDepth` (a finger has a handful). */
const _bounds = new Float64Array(8);
const _ballOf: ProbeGroup[] = [];

/**
 * Curls or opens each finger of a `fingerFit` pose, and turns the thumb of a `thumbFit` pose,
 * within its range, as far toward the skin as it goes with none of its probes inside: more
 * flexion brings a finger nearer the body where the palm faces it, more extension where the back
 * of the hand does (`fingerFit.toward`); the thumb comes nearer turning toward the palm's side.
 * As far from the skin as it goes if even that goes in; as near as it comes if it never reaches.
 * The hand is placed pressing `press` metres into the skin: a digit that curls toward the palm's
 * side may sink its contact surface that far with it (the skin dents under the whole hand), so it
 * still rests on the skin as the press eases off; the fingers of a back of the hand, which rise
 * with it off the skin as the press eases, are fitted at half the press, so they sink or rise by
 * at most half of it. Writes `out.curl`, then every derived field of `out`.
 */
export function fitFingers(out: HandPlacement, posed: PosedHand, skin: (p: Vec3) => number, press = 0): void {
  const fingers = posed.pose.fingerFit;
  const thumb = posed.pose.thumbFit;
  const groups = probeGroupsFor(posed);
  const towardBack = fingers?.toward === 'back';
  const give = ballGive(posed);
  for (const k of fittedDigits(posed)) {
    const fit = k === THUMB_CURL ? thumb! : fingers!;
    const depth = (curl: number) => {
      out.curl[k] = curl;
      curlFinger(out, posed, k);
      return fingerDepth(out, groups, k, skin, fitPress(posed, k, press), give);
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

/** The digits a pose fits (indices into `FINGER_FRAMES`): its `fingerFit` fingers, then a `thumbFit` thumb. */
export function fittedDigits(posed: PosedHand): readonly number[] {
  const fingers = posed.pose.fingerFit;
  const fitted = fingers ? FINGERS.flatMap((finger, k) => (fingers.only && !fingers.only.includes(finger) ? [] : [k])) : [];
  return posed.pose.thumbFit ? [...fitted, THUMB_CURL] : fitted;
}

/** Whether every fitted digit (`fingerFit`, `thumbFit`) of a placed hand is out of the skin, as `fitFingers` judges it. */
export function fittedFingersClear(out: HandPlacement, posed: PosedHand, skin: (p: Vec3) => number, press = 0): boolean {
  const groups = probeGroupsFor(posed);
  const give = ballGive(posed);
  return fittedDigits(posed).every((k) => fingerDepth(out, groups, k, skin, fitPress(posed, k, press), give) <= 0);
}

/** The press digit `k` is fitted at: the hand's, or half of it for fingers that open toward the skin (`fingerFit.toward: 'back'`). */
const fitPress = (posed: PosedHand, k: number, press: number) => (posed.pose.fingerFit?.toward === 'back' && k !== THUMB_CURL ? press / 2 : press);

/**
 * How deep finger `k`'s deepest probe is, beyond touching for its contact surface and beyond
 * `CLEAR_MARGIN` for the rest. Exact (to the probes' stride) wherever the finger comes within
 * `FIT_FAR` of the skin; farther off, an upper bound of it, `FIT_FAR` or more off. Each ball of
 * probes is bounded from its centre's distance; balls are measured, the most promising first,
 * only while one could be deeper than what is found already, so a finger far from the skin costs
 * one distance query a ball. (A bound and a measure must never be mixed: a loose bound of one
 * ball read beside another's exact depth made the fit's "nearest" jump between curls.)
 */
function fingerDepth(out: HandPlacement, groups: readonly ProbeGroup[], k: number, skin: (p: Vec3) => number, press: number, give: number): number {
  let count = 0;
  for (const group of groups) {
    if (group.finger !== k) continue;
    _probe.copy(group.centre).applyMatrix4(out.segments[group.frame]!);
    _bounds[count] = -skinAt(skin, _probe) + PROBE_LIPSCHITZ * group.radius + marginOf(group.anyContact, sinkOf(group, press, give));
    _ballOf[count++] = group;
  }
  let deepest = -Infinity;
  for (;;) {
    let pick = -1;
    for (let i = 0; i < count; i++) if (pick < 0 || _bounds[i]! > _bounds[pick]!) pick = i;
    const bound = pick < 0 ? -Infinity : _bounds[pick]!;
    if (bound <= Math.max(deepest, -FIT_FAR)) return Math.max(deepest, bound);
    _bounds[pick] = -Infinity;
    const group = _ballOf[pick]!;
    const frame = out.segments[group.frame]!;
    // Every third probe of the bones nearer the hand (the fit is a finger's curl to within a degree
    // or two), every probe of the end bone and its nail.
    const stride = group.frame === FINGER_FRAMES[k]![2] || group.frame === FINGER_FRAMES[k]![3] ? 1 : FIT_PROBE_STRIDE;
    for (let i = 0; i < group.probes.length; i += stride) {
      const pr = group.probes[i]!;
      _probe.copy(pr.local).applyMatrix4(frame);
      deepest = Math.max(deepest, -skinAt(skin, _probe) + marginOf(pr.contact, sinkOf(group, press, give)));
    }
  }
}

/** How far outside the skin a probe must stay: its contact surface may sink by `sink`. */
const marginOf = (contact: boolean, sink: number) => (contact ? FIT_MARGIN - sink : CLEAR_MARGIN + FIT_MARGIN);

/** The ball of the thumb: the soft cone of its metacarpal, which gives on the skin as the palm does. */
const THUMB_BALL = FINGER_FRAMES[THUMB_CURL]![0]!;
/**
 * How far a group's contact surface may sink: a digit's by the press (it rests on the skin as it
 * dents), the ball of the thumb also by the pose's give (`HandPose.conform`), as `keepClear`
 * lets the palm: judged stiffer, it bars a thumb from ever settling beside a flat hand.
 */
const sinkOf = (group: ProbeGroup, press: number, give: number) => (group.frame === THUMB_BALL ? press + give : press);
const ballGive = (posed: PosedHand) => posed.pose.conform ?? CONFORM;
