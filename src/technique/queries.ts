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
