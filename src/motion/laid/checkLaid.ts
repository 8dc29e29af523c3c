/**
 * Whether something read back from the device (or from anywhere outside this code) is a laid
 * technique for `technique` that the overlay and the motion can read without failing: every
 * action in order with its copies, phases, places and hand tracks, the phase table tied both ways,
 * the head and the dials; every coordinate a finite number. Anything else is laid again.
 */
import type { Technique } from '../../technique/types';
import { HAND_SIDES, POSE_IDS } from '../hands/ids';
import type { LaidTechnique } from './layTechnique';

type Shape = Record<string, unknown>;

const isObject = (v: unknown): v is Shape => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFinite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isVec3 = (v: unknown): boolean => Array.isArray(v) && v.length === 3 && v.every(isFinite);
const isSkinPoint = (v: unknown): boolean => isObject(v) && isVec3(v.point) && isVec3(v.normal);
const isLine = (v: unknown, min = 1): boolean => Array.isArray(v) && v.length >= min && v.every(isSkinPoint);
const isPlace = (v: unknown): boolean => isObject(v) && isVec3(v.point) && isVec3(v.normal) && isVec3(v.travel) && isVec3(v.heading);
const isPose = (v: unknown): boolean => (POSE_IDS as readonly unknown[]).includes(v);

function isArcPath(v: unknown): boolean {
  if (!isObject(v) || !Array.isArray(v.points) || v.points.length === 0 || typeof v.closed !== 'boolean' || !isFinite(v.total)) return false;
  const n = v.points.length;
  const same = (a: unknown) => Array.isArray(a) && a.length === n;
  return same(v.normals) && same(v.tangents) && same(v.lengths) && [v.points, v.normals, v.tangents].every((a) => (a as unknown[]).every(isVec3)) && (v.lengths as unknown[]).every(isFinite);
}

function isMotion(v: unknown): boolean {
  if (!isObject(v)) return false;
  if (v.kind === 'fixed') return isPlace(v.place);
  return (
    v.kind === 'path' &&
    isArcPath(v.path) &&
    (v.baseline === null || isArcPath(v.baseline)) &&
    ['path', 'baseline', 'up'].includes(v.heading as string) &&
    (v.headingSign === 1 || v.headingSign === -1)
  );
}

function isTrack(v: unknown, hand: string, use: unknown): boolean {
  if (!isObject(v) || v.hand !== hand || !isPose(v.pose) || JSON.stringify(v.use) !== JSON.stringify(use)) return false;
  if ((v.role !== 'work' && v.role !== 'support') || (v.turnSide !== null && v.turnSide !== 'L' && v.turnSide !== 'R')) return false;
  if (!isMotion(v.motion) || !isPlace(v.start) || !isPlace(v.end)) return false;
  if (typeof v.startsWaiting !== 'boolean' || typeof v.endsWaiting !== 'boolean' || typeof v.guidance !== 'boolean') return false;
  const previous = v.previous;
  if (previous === null) return v.transit === null;
  return isObject(previous) && isPlace(previous.place) && typeof previous.waiting === 'boolean' && isPose(previous.pose) && isArcPath(v.transit);
}

function isDial(v: unknown, side: 'L' | 'R'): boolean {
  if (!isObject(v) || v.side !== side || !isLine(v.ring, 2) || !Array.isArray(v.ticks) || !Array.isArray(v.numbers)) return false;
  return v.ticks.length === 12 && v.ticks.every((t) => isLine(t, 2)) && v.numbers.every((n) => isObject(n) && Number.isInteger(n.hour) && isSkinPoint(n.at));
}

/** True when `value` is a laid technique of `technique` that is safe to read (see above). */
export function checkLaid(value: unknown, technique: Technique): value is LaidTechnique {
  if (!isObject(value) || !Array.isArray(value.actions) || !Array.isArray(value.phases) || !Array.isArray(value.dials)) return false;
  const { actions, phases } = value;
  const head = value.head;
  if (!isObject(head) || !['centre', 'up', 'forward', 'right'].every((k) => isVec3(head[k]))) return false;
  if (value.dials.length !== 2 || !isDial(value.dials[0], 'L') || !isDial(value.dials[1], 'R')) return false;
  let ordinal = 0;
  let row = 0;
  for (const step of technique.steps) {
    for (const action of step.actions) {
      const laid: unknown = actions[ordinal];
      if (!isObject(laid) || laid.actionId !== action.id || laid.stepId !== step.id || laid.kind !== action.kind) return false;
      if (!Array.isArray(laid.copies) || !Array.isArray(laid.places)) return false;
      for (const hand of HAND_SIDES) {
        const use = action.hands[hand];
        if (use ? !isTrack(laid[hand], hand, use) : laid[hand] !== null) return false;
      }
      if (action.kind === 'stroke') {
        const copies = action.mirror === 'none' ? [false] : [false, true];
        if (laid.places.length !== 0 || laid.copies.length !== copies.length) return false;
        for (const [c, mirrored] of copies.entries()) {
          const copy: unknown = laid.copies[c];
          if (!isObject(copy) || copy.mirrored !== mirrored || !isLine(copy.path) || !Array.isArray(copy.phases)) return false;
          if (copy.phases.length !== action.phases.length) return false;
          for (const [phaseIndex, phase] of action.phases.entries()) {
            // Rows come in technique order, each used once: the copy's row is the next one.
            const drawn: unknown = phases[row];
            if (copy.phases[phaseIndex] !== row++ || !isObject(drawn) || !isLine(drawn.line)) return false;
            if (drawn.action !== ordinal || drawn.actionId !== action.id || drawn.stepId !== step.id) return false;
            if (drawn.phaseIndex !== phaseIndex || drawn.kind !== phase.kind || drawn.mirrored !== mirrored) return false;
          }
        }
      } else {
        const count = action.mirror === 'together' ? 2 : 1;
        if (laid.copies.length !== 0 || laid.places.length !== count || !laid.places.every((p) => isSkinPoint(p))) return false;
      }
      ordinal++;
    }
  }
  return actions.length === ordinal && phases.length === row;
}
