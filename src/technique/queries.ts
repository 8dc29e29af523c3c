/** Small lookups over the technique that the UI and the timeline share. */
import type { Action, PressPoint, Step, Stroke, Technique } from './types';
import type { StepId } from './ids';

export const isStroke = (action: Action): action is Stroke => action.kind === 'stroke';
export const isPressPoint = (action: Action): action is PressPoint => action.kind === 'press';

export const strokesOf = (step: Step): Stroke[] => step.actions.filter(isStroke);
export const pointsOf = (step: Step): PressPoint[] => step.actions.filter(isPressPoint);

export function stepById(technique: Technique, id: StepId): Step {
  const step = technique.steps.find((candidate) => candidate.id === id);
  if (!step) throw new RangeError(`technique: no step "${id}"`);
  return step;
}

/** A, B, C... for the strokes of a step, in the order they are done. */
export const strokeLetter = (index: number): string => String.fromCharCode(65 + index);

/**
 * The mark that ties an action in a step's list to its place on the body: a letter for a stroke,
 * the clock hour for a shoulder-blade point, otherwise the point's number in its step.
 */
export function actionBadge(actions: readonly Action[], index: number): string {
  const action = actions[index]!;
  const before = actions.slice(0, index).filter((a) => a.kind === action.kind).length;
  if (action.kind === 'stroke') return strokeLetter(before);
  return 'clock' in action.anchor ? String(action.anchor.clock.hour) : String(before + 1);
}
