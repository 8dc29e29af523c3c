/**
 * Rules that span several fields, which a shape check alone cannot see. Each returns the problems
 * it finds, with a path relative to the item, so `schema.ts` can report them like any other issue.
 */
import type { Anchor, PathSpec } from '../anatomy/paths';
import { STEP_IDS } from './ids';
import type { Hands, Mirror, PressPoint, Step, Stroke, Technique } from './types';

export interface Problem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

function anchorsOf(path: PathSpec): readonly Anchor[] {
  return path.kind === 'line' || path.kind === 'circles' ? path.waypoints : [path.centre];
}

const isLeftSide = (anchor: Anchor): boolean =>
  'clock' in anchor ? anchor.clock.side === 'L' : anchor.landmark.startsWith('L.');

const describeAnchor = (anchor: Anchor): string =>
  'clock' in anchor ? `left ${anchor.clock.hour} o'clock` : `"${anchor.landmark}"`;

/** Mirrored items are written once, for the mother's right side; the left copy is derived. */
function sideProblems(anchors: readonly Anchor[], mirror: Mirror, field: string): Problem[] {
  if (mirror === 'none') return [];
  return anchors
    .filter(isLeftSide)
    .map((anchor) => ({ path: [field], message: `is mirrored, so it must be written for the mother's right side, not ${describeAnchor(anchor)}` }));
}

function handsProblems(hands: Hands, mirror: Mirror): Problem[] {
  const active = [hands.left, hands.right].filter((hand) => hand !== undefined && hand.role !== 'supports');
  if (active.length === 0) return [{ path: ['hands'], message: 'needs a hand that strokes, presses or grips' }];
  if (mirror !== 'none' && active.length < 2) {
    return [{ path: ['hands'], message: `is mirrored ("${mirror}"), so both hands must be active, one per side` }];
  }
  return [];
}

/** Where a path's start and end meet, positions 0 and 1 are the same place. */
const isClosed = (path: PathSpec): boolean => path.kind === 'circle' || (path.kind === 'heart' && path.part === 'whole');

function phaseProblems(stroke: Stroke): Problem[] {
  const problems: Problem[] = [];
  const { phases, path } = stroke;
  const samePlace = (a: number, b: number) => a === b || (isClosed(path) && Math.abs(a - b) === 1);
  phases.forEach((phase, i) => {
    if (phase.from === phase.to) problems.push({ path: ['phases', i], message: 'does not move (from equals to)' });
    if (phase.route === 'baseline' && path.kind !== 'circles') {
      problems.push({ path: ['phases', i, 'route'], message: 'follows the baseline, which only a circles path has' });
    }
    const previous = phases[i - 1];
    if (previous && !samePlace(previous.to, phase.from)) {
      problems.push({ path: ['phases', i, 'from'], message: `starts at ${phase.from} but the phase before ends at ${previous.to}` });
    }
  });
  const first = phases[0];
  const last = phases[phases.length - 1];
  if (first && last && !samePlace(last.to, first.from)) {
    problems.push({ path: ['phases'], message: `ends at ${last.to} but starts at ${first.from}, so it cannot repeat` });
  }
  const kinds = new Set(phases.map((phase) => phase.kind));
  const hasBoth = kinds.has('pressure') && kinds.has('glide');
  if (!hasBoth && !stroke.singlePhaseReason) {
    problems.push({ path: ['phases'], message: 'needs a pressure phase and a glide phase, or a singlePhaseReason saying why not' });
  }
  if (hasBoth && stroke.singlePhaseReason) {
    problems.push({ path: ['singlePhaseReason'], message: 'has both a pressure and a glide phase, so singlePhaseReason does not apply' });
  }
  return problems;
}

export function strokeProblems(stroke: Stroke): Problem[] {
  const problems = [
    ...phaseProblems(stroke),
    ...handsProblems(stroke.hands, stroke.mirror),
    ...sideProblems(anchorsOf(stroke.path), stroke.mirror, 'path'),
  ];
  if (stroke.repetitions.min > stroke.repetitions.max) {
    problems.push({ path: ['repetitions'], message: `repetitions min ${stroke.repetitions.min} is above max ${stroke.repetitions.max}` });
  }
  return problems;
}

export function pointProblems(point: PressPoint): Problem[] {
  return [
    ...handsProblems(point.hands, point.mirror),
    ...sideProblems([point.anchor], point.mirror, 'anchor'),
  ];
}

export function stepProblems(step: Step): Problem[] {
  return step.actions.some((action) => action.kind === 'stroke') ? [] : [{ path: ['actions'], message: 'needs at least one stroke' }];
}

export function techniqueProblems(technique: Technique): Problem[] {
  const problems: Problem[] = [];
  const ids = technique.steps.map((step) => step.id);
  if (ids.join() !== STEP_IDS.join()) {
    problems.push({ path: ['steps'], message: `steps must be ${STEP_IDS.join(', ')} in that order, got ${ids.join(', ')}` });
  }
  const seen = new Map<string, string>();
  technique.steps.forEach((step, i) => {
    if (step.number !== i + 1) problems.push({ path: ['steps', i, 'number'], message: `number must be ${i + 1}, got ${step.number}` });
    step.actions.forEach((action, j) => {
      const owner = seen.get(action.id);
      if (owner !== undefined) {
        problems.push({ path: ['steps', i, 'actions', j, 'id'], message: `duplicate id "${action.id}" (also in step "${owner}")` });
      }
      seen.set(action.id, step.id);
    });
  });
  return problems;
}
