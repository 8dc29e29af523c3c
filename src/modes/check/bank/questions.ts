import type { HandPart, Phase, Text } from '../../../technique';
import type { StepId } from '../../../technique/ids';

/** What every question shares: a stable id (kept in the records), the step it tests, its words. */
interface QuestionBase {
  readonly id: string;
  /** The step it tests; null for the setting (position, how often). */
  readonly stepId: StepId | null;
  readonly prompt: Text;
}

/** True or false: the pre-test and post-test. */
export interface StatementQuestion extends QuestionBase {
  readonly kind: 'statement';
  readonly answer: boolean;
  /** Why, shown with the feedback (the source's words, briefly). */
  readonly explanation: Text;
}

/** Tap the place on the body; graded by the distance along the skin. */
export interface TapPointQuestion extends QuestionBase {
  readonly kind: 'tapPoint';
  readonly stepId: StepId;
  /** The movement whose place is asked for. */
  readonly actionId: string;
  /** A pressure point's place, or where a stroke's pressure starts (the start of its lines). */
  readonly target: 'point' | 'pressureStart';
}

/** Drag on the body the way the pressure goes. */
export interface DrawStrokeQuestion extends QuestionBase {
  readonly kind: 'drawStroke';
  readonly stepId: StepId;
  readonly actionId: string;
  /** Pressure runs along the stroke's path as drawn (its start to its end), or back. */
  readonly forward: boolean;
}

/** A moment of a movement plays with no lines or words: pressing or gliding? */
export interface PressOrGlideQuestion extends QuestionBase {
  readonly kind: 'pressOrGlide';
  readonly stepId: StepId;
  readonly actionId: string;
  readonly answer: Phase['kind'];
}

/** Which part of the hand does the movement. */
export interface HandPartQuestion extends QuestionBase {
  readonly kind: 'handPart';
  readonly stepId: StepId;
  readonly actionId: string;
  readonly answer: HandPart;
  /** The answer and three others, in a fixed order. */
  readonly options: readonly HandPart[];
}

/** Put the steps, or a step's movements, in order. */
export interface OrderQuestion extends QuestionBase {
  readonly kind: 'order';
  /** In the right order. */
  readonly items: readonly { readonly id: string; readonly label: Text }[];
}

export type Question =
  | StatementQuestion
  | TapPointQuestion
  | DrawStrokeQuestion
  | PressOrGlideQuestion
  | HandPartQuestion
  | OrderQuestion;

export type QuestionKind = Question['kind'];
