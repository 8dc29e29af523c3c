import { describe, expect, test } from 'vitest';
import { newCard, nextBox, type ReviewCard } from '../../../../src/records';
import { QUESTION_BANK } from '../../../../src/modes/check/bank/generate';
import { PRACTICE_ROUND, questionsFor, shuffled } from '../../../../src/modes/check/session';

/** A seeded random (mulberry32), so each run picks the same. */
function seeded(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const NOW = new Date('2026-12-02T08:00:00Z');

describe('a test\'s questions', () => {
  test('pre-test and post-test: the same ten statements, in a new order each time', () => {
    const pre = questionsFor('pre', QUESTION_BANK, [], NOW, seeded(1));
    const post = questionsFor('post', QUESTION_BANK, [], NOW, seeded(2));
    expect(pre).toHaveLength(10);
    expect(pre.every((q) => q.kind === 'statement')).toBe(true);
    expect(new Set(post.map((q) => q.id))).toEqual(new Set(pre.map((q) => q.id)));
    expect(post.map((q) => q.id)).not.toEqual(pre.map((q) => q.id));
  });

  test('a first practice round mixes the kinds: every kind in the first six', () => {
    const round = questionsFor('practice', QUESTION_BANK, [], NOW, seeded(3));
    expect(round).toHaveLength(PRACTICE_ROUND);
    expect(new Set(round.slice(0, 6).map((q) => q.kind)).size).toBe(6);
  });

  test('practice brings back what was missed first, then what is due; not what was just got right', () => {
    const [missed, known, old] = QUESTION_BANK.filter((q) => q.kind !== 'statement');
    const cards: ReviewCard[] = [
      nextBox(newCard(missed!.id, NOW), false, NOW),
      nextBox(newCard(known!.id, NOW), true, NOW), // box 2: due tomorrow
      { ...nextBox(nextBox(newCard(old!.id, NOW), true, NOW), true, NOW), due: '2026-11-30T08:00:00.000Z' }, // box 3, overdue
    ];
    const round = questionsFor('practice', QUESTION_BANK, cards, NOW, seeded(4));
    expect(round[0]!.id).toBe(missed!.id);
    expect(round[1]!.id).toBe(old!.id);
    expect(round.map((q) => q.id)).not.toContain(known!.id);
  });

  test('with everything seen and nothing due, practice still offers the least known', () => {
    const tomorrow = new Date(NOW.getTime() + 86_400_000);
    const cards = QUESTION_BANK.map((q, i) => ({ ...newCard(q.id, NOW), box: 1 + (i % 5), due: tomorrow.toISOString() }));
    const round = questionsFor('practice', QUESTION_BANK, cards, NOW, seeded(5));
    expect(round).toHaveLength(PRACTICE_ROUND);
    expect(round.every((q) => cards.find((c) => c.id === q.id)!.box === 1)).toBe(true);
  });

  test('shuffling keeps every item', () => {
    const items = [1, 2, 3, 4, 5, 6];
    expect([...shuffled(items, seeded(6))].sort()).toEqual(items);
  });
});
