/**
 * The clearance solver: a rigid pose cannot bend round the body's curves, so a hand placed square
 * to the skin at one point may dip into it further along (fingertips on a round shoulder, the
 * sleeve on the upper back). Given the skin's signed distance, `keepClear` tilts the hand about
 * its contact point and, where that is not enough, lifts it, until its probes are outside.
 */
import { Matrix4, Vector3 } from 'three';
import type { Vec3 } from '../../anatomy/vec';
import { rad } from './dimensions';
import { fitFingers, fittedDigits, fittedFingersClear } from './fingerFit';
import { CONFORM } from './poses';
import { updateFrames } from './frames';
import type { PosedHand } from './kinematics';
import type { HandPlacement } from './placement';
import { CLEAR_MARGIN, PROBE_LIPSCHITZ, probeGroupsFor, skinAt } from './probes';

/**
 * Largest tilt `keepClear` may give a hand, radians: 8° keeps the contact normal within
 * cos 8° ≈ 0.99 of the skin's.
 */
export const MAX_TILT = rad(8);
/** Most `keepClear` may lift a hand off its contact point along the normal, metres [EST]. */
export const MAX_LIFT = 0.03;
/** How far outside the skin the contact surface must be, beyond what it may sink (it is probed more densely where it presses). */
const CONTACT_MARGIN = 0.0005;
const CLEAR_ITERATIONS = 20;

const _probe = new Vector3();
const _lever = new Vector3();
const _axis = new Vector3();
const _pivot = new Matrix4();
const _turn = new Matrix4();
const _undo = new Matrix4();
const _bestHand = new Matrix4();

/**
 * With the skin's signed distance, turns the hand about its contact point, by at most `maxTilt`,
 * until the pose's probe points (its non-contact surface) are outside; once turning is used up or
 * stops helping, lifts it along `normal`, by at most `maxLift`. The contact point stays where it
 * was put; writes `out.tilt` (how far the contact normal turned) and `out.lift`, and for poses
 * with `fingerFit` or `thumbFit` (unless `fit` is false), `out.curl`.
 * @param normal the skin's outward unit normal at the contact
 * @param press metres the contact surface is pushed into the skin
 */
export function keepClear(out: HandPlacement, posed: PosedHand, skin: (p: Vec3) => number, normal: Vector3, press: number, maxTilt: number, maxLift: number, fit = true): void {
  // Fingers that fit themselves to the skin do so where the hand ends up; a pose whose fingers
  // would go deep into the body as shaped (`fingerFit.first`: a grip, a hand on the round head;
  // a fitted thumb, always) also first, so the rigid move answers only for what they cannot fix.
  const fits = fit && (posed.pose.fingerFit !== undefined || posed.pose.thumbFit !== undefined);
  if (fits && (posed.pose.fingerFit?.first || posed.pose.thumbFit)) fitFingers(out, posed, skin, Math.max(0, press));
  const limits = { maxTilt, maxLift };
  if (!fits || !posed.pose.fingerFit) {
    moveClear(out, posed, skin, normal, press, limits, NONE);
    if (fits) fitFingers(out, posed, skin, Math.max(0, press));
    return;
  }
  // The fitted fingers first leave the rigid move to the rest of the hand (the fit then takes
  // them out of the body, where lifting the whole hand for them would sink its other end, a
  // forearm reaching back past the base of the neck); only where the fit cannot do so do they
  // steer it, as before.
  _start.copy(out.hand);
  const curl = _startCurl;
  curl.length = 0;
  curl.push(...out.curl);
  const tilt = out.tilt;
  const lift = out.lift;
  moveClear(out, posed, skin, normal, press, limits, fittedSet(posed));
  fitFingers(out, posed, skin, Math.max(0, press));
  if (fittedFingersClear(out, posed, skin, Math.max(0, press))) return;
  out.hand.copy(_start);
  for (let k = 0; k < curl.length; k++) out.curl[k] = curl[k]!;
  out.tilt = tilt;
  out.lift = lift;
  updateFrames(out, posed);
  moveClear(out, posed, skin, normal, press, limits, NONE);
  fitFingers(out, posed, skin, Math.max(0, press));
}

const NONE: ReadonlySet<number> = new Set();
const fittedSets = new WeakMap<object, ReadonlySet<number>>();
/** `fittedDigits` as a set, made once per pose. */
function fittedSet(posed: PosedHand): ReadonlySet<number> {
  let set = fittedSets.get(posed.pose);
  if (!set) fittedSets.set(posed.pose, (set = new Set(fittedDigits(posed))));
  return set;
}
const _start = new Matrix4();
const _startCurl: number[] = [];

/** The rigid move of `keepClear`: turns, then lifts, the hand until its probes (but those of the `skipped` digits) are out. */
function moveClear(out: HandPlacement, posed: PosedHand, skin: (p: Vec3) => number, normal: Vector3, press: number, limits: { readonly maxTilt: number; readonly maxLift: number }, skipped: ReadonlySet<number>): void {
  const { maxTilt, maxLift } = limits;
  const groups = probeGroupsFor(posed);
  // The contact surface may sink by the press plus what a soft hand gives on a curve.
  const sink = Math.max(0, press) + (posed.pose.conform ?? CONFORM);
  let best = Infinity;
  let bestTilt = 0;
  let bestLift = 0;
  let undoTilt = 0;
  let turned = false; // the last step was a turn
  let turning = true; // turns still help
  let before = Infinity;
  for (let iteration = 0; ; iteration++) {
    // The deepest probe beyond what it may sink (a non-contact probe may not sink at all).
    let deepest = -Infinity;
    for (const group of groups) {
      if (skipped.has(group.finger)) continue;
      const frame = group.frame < 0 ? out.hand : out.segments[group.frame]!;
      // Skip a group that cannot beat what is found already (or reach the skin at all): its
      // centre's distance bounds every probe's, the field changing at most PROBE_LIPSCHITZ per metre.
      _probe.copy(group.centre).applyMatrix4(frame);
      const bound = -skinAt(skin, _probe) + PROBE_LIPSCHITZ * group.radius + (group.anyContact ? Math.max(CLEAR_MARGIN, CONTACT_MARGIN - sink) : CLEAR_MARGIN);
      if (bound <= Math.max(deepest, 0)) continue;
      for (const pr of group.probes) {
        _probe.copy(pr.local).applyMatrix4(frame);
        const depth = -skinAt(skin, _probe) + (pr.contact ? CONTACT_MARGIN - sink : CLEAR_MARGIN);
        if (depth > deepest) {
          deepest = depth;
          _lever.copy(_probe).sub(out.contact);
        }
      }
    }
    // A turn that made things worse (it sank the other end): undo it and lift from now on.
    if (turned && deepest >= before) {
      out.hand.copy(_undo);
      updateFrames(out, posed);
      out.tilt = undoTilt;
      turned = false;
      turning = false;
      continue;
    }
    // Keep the best state seen.
    if (deepest < best) {
      best = deepest;
      _bestHand.copy(out.hand);
      bestTilt = out.tilt;
      bestLift = out.lift;
    }
    if (deepest <= 0 || iteration === CLEAR_ITERATIONS) break;
    // Turn about the axis lever × n: the probe rises along the skin normal. Once the tilt is
    // used up (a palm across a groove, whose edges ride the ridges), lift the whole hand.
    _axis.crossVectors(_lever, normal);
    const reach = _axis.length();
    const room = maxTilt - out.tilt;
    if (!turning || reach < 1e-6 || room <= 1e-6) {
      const rise = Math.min(deepest, maxLift - out.lift);
      if (rise <= 1e-6) break;
      _turn.makeTranslation(normal.x * rise, normal.y * rise, normal.z * rise);
      out.hand.premultiply(_turn);
      updateFrames(out, posed);
      out.lift += rise;
      turned = false;
      continue;
    }
    _undo.copy(out.hand);
    undoTilt = out.tilt;
    before = deepest;
    turned = true;
    _axis.divideScalar(reach);
    const angle = Math.min(room, Math.atan2(deepest, reach));
    _turn.makeRotationAxis(_axis, angle);
    // pivot = T(contact) · R · T(-contact)
    _pivot.makeTranslation(out.contact.x, out.contact.y, out.contact.z).multiply(_turn);
    _turn.makeTranslation(-out.contact.x, -out.contact.y, -out.contact.z);
    _pivot.multiply(_turn);
    out.hand.premultiply(_pivot);
    updateFrames(out, posed);
    out.tilt = Math.acos(Math.min(1, -out.contactNormal.dot(normal)));
  }
  if (!out.hand.equals(_bestHand)) {
    out.hand.copy(_bestHand);
    updateFrames(out, posed);
    out.tilt = bestTilt;
    out.lift = bestLift;
  }
}
