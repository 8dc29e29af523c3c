/**
 * Spaced review for the Practise queue, as Leitner boxes: a right answer moves a question's card
 * up a box (reviewed less often), a wrong one sends it back to box 1 (reviewed at once). Five
 * boxes suit a bank of a few dozen questions; an FSRS scheduler would need many more reviews per
 * question than a trainee gives before it beats this.
 */
import type { ReviewCard } from './types';
import { LEITNER_BOXES } from './validate';

/** Days until a card in box 1..5 is due again. */
export const BOX_INTERVAL_DAYS = [0, 1, 3, 7, 14] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

function scheduled(id: string, box: number, now: Date): ReviewCard {
  const days = BOX_INTERVAL_DAYS[box - 1] ?? 0;
  return {
    id,
    type: 'review',
    v: 1,
    box,
    lastSeen: now.toISOString(),
    due: new Date(now.getTime() + days * DAY_MS).toISOString(),
  };
}

/** A question not seen before: box 1, due now. */
export function newCard(questionId: string, now: Date): ReviewCard {
  return scheduled(questionId, 1, now);
}

/** The card after an answer: up a box when right (5 at most), back to box 1 when wrong. */
export function nextBox(card: ReviewCard, correct: boolean, now: Date): ReviewCard {
  return scheduled(card.id, correct ? Math.min(card.box + 1, LEITNER_BOXES) : 1, now);
}

/** Cards due at `now`: lowest box first (what was missed), then the longest overdue. */
export function dueCards(cards: readonly ReviewCard[], now: Date): ReviewCard[] {
  const at = now.getTime();
  return cards
    .filter((card) => Date.parse(card.due) <= at)
    .sort((a, b) => a.box - b.box || Date.parse(a.due) - Date.parse(b.due));
}
