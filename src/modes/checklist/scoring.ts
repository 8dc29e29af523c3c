import type { ItemMark, ItemScore, Observation, ScoreKind, Trainee, TraineeScore } from '../../records';
import type { ChecklistItem } from './items';

/** Done right (2), needs correction (1), not done (0): the marks a trainer gives an item. */
export const SCORES: readonly ItemScore[] = [2, 1, 0];
export const MAX_ITEM_SCORE = 2;

export interface ObservationTotal {
  /** Points given over the scored items. */
  readonly points: number;
  /** 2 per scored item. */
  readonly possible: number;
  readonly scored: number;
  /** Items of the checklist not scored yet. */
  readonly unscored: number;
  /** points / possible in percent, rounded; null while nothing is scored. */
  readonly percent: number | null;
}

/**
 * An observation's total in percent of what the scored items could earn. Items left unscored are
 * counted apart (the UI says how many), not as zero: an observation cut short is not a fail.
 * A mark for an item the checklist no longer has (a removed own item) is left out.
 */
export function observationTotal(observation: Observation, items: readonly ChecklistItem[]): ObservationTotal {
  const ids = new Set(items.map((item) => item.id));
  const marks = observation.marks.filter((mark) => ids.has(mark.itemId));
  const points = marks.reduce((sum, mark) => sum + mark.score, 0);
  const possible = marks.length * MAX_ITEM_SCORE;
  return {
    points,
    possible,
    scored: marks.length,
    unscored: items.length - marks.length,
    percent: possible === 0 ? null : Math.round((100 * points) / possible),
  };
}

/** Gives an item its score (the same score again takes it back), keeping the note. */
export function withMark(observation: Observation, itemId: string, score: ItemScore | null, note?: string): Observation {
  const old = observation.marks.find((mark) => mark.itemId === itemId);
  const others = observation.marks.filter((mark) => mark.itemId !== itemId);
  if (score === null) return { ...observation, marks: others };
  const mark: ItemMark = { itemId, score, note: note ?? old?.note ?? '' };
  return { ...observation, marks: [...others, mark] };
}

/** The score of a kind that counts: the latest taken (a test taken again replaces the earlier one). */
export function latestScore(trainee: Trainee, kind: ScoreKind): TraineeScore | null {
  return trainee.scores.filter((s) => s.kind === kind).reduce<TraineeScore | null>((latest, s) => (latest === null || s.takenAt > latest.takenAt ? s : latest), null);
}
