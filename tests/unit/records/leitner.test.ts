import { describe, expect, test } from 'vitest';
import { BOX_INTERVAL_DAYS, dueCards, newCard, nextBox } from '../../../src/records';
import { isReviewCard } from '../../../src/records/validate';
import { card } from './fixtures';

const NOW = new Date('2026-12-02T09:00:00.000Z');
const daysLater = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();

describe('Leitner boxes', () => {
  test('a new question starts in box 1, due now', () => {
    expect(newCard('q1', NOW)).toEqual({ id: 'q1', type: 'review', v: 1, box: 1, lastSeen: NOW.toISOString(), due: NOW.toISOString() });
  });

  test.each([
    [1, 2, 1],
    [2, 3, 3],
    [3, 4, 7],
    [4, 5, 14],
    [5, 5, 14],
  ])('right in box %i: box %i, due in %i days', (box, next, days) => {
    const after = nextBox(card({ box }), true, NOW);
    expect(after).toMatchObject({ box: next, lastSeen: NOW.toISOString(), due: daysLater(days) });
    expect(isReviewCard(after)).toBe(true);
  });

  test.each([1, 3, 5])('wrong in box %i: back to box 1, due at once', (box) => {
    expect(nextBox(card({ box }), false, NOW)).toMatchObject({ box: 1, due: NOW.toISOString() });
  });

  test('the intervals are 0, 1, 3, 7 and 14 days', () => {
    expect(BOX_INTERVAL_DAYS).toEqual([0, 1, 3, 7, 14]);
  });

  test('due cards: only those due, lowest box first, then the longest overdue', () => {
    const cards = [
      card({ id: 'later', box: 1, due: daysLater(1) }),
      card({ id: 'box3-old', box: 3, due: daysLater(-10) }),
      card({ id: 'box1-recent', box: 1, due: daysLater(-1) }),
      card({ id: 'box1-old', box: 1, due: daysLater(-5) }),
      card({ id: 'exactly-now', box: 2, due: NOW.toISOString() }),
    ];
    expect(dueCards(cards, NOW).map((due) => due.id)).toEqual(['box1-old', 'box1-recent', 'exactly-now', 'box3-old']);
    expect(dueCards([], NOW)).toEqual([]);
  });
});
