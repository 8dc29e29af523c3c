import { dueCards, type ReviewCard, type TestKind } from '../../records';
import type { Question, QuestionKind } from './bank/questions';

/** A random number in [0, 1); tests pass a seeded one. */
export type Random = () => number;

/** A fresh order (Fisher-Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Questions in one practice round: short enough for a bus ride. */
export const PRACTICE_ROUND = 8;

/**
 * The questions of an attempt, in the order they are asked. Pre-test and post-test: the same ten
 * statements, each time in a new order. Practice: first what was missed (box 1) and what is due
 * again, then questions never seen, taking the kinds in turn so a round mixes them.
 */
export function questionsFor(kind: TestKind, bank: readonly Question[], cards: readonly ReviewCard[], now: Date, random: Random): Question[] {
  if (kind !== 'practice') return shuffled(bank.filter((q) => q.kind === 'statement'), random);
  const byId = new Map(bank.map((q) => [q.id, q]));
  const due = dueCards(cards, now)
    .map((card) => byId.get(card.id))
    .filter((q): q is Question => q !== undefined);
  const seen = new Set(cards.map((card) => card.id));
  const unseen = takeKindsInTurn(shuffled(bank.filter((q) => !seen.has(q.id)), random));
  const round = [...due, ...unseen].slice(0, PRACTICE_ROUND);
  // Everything seen and nothing due yet: review the least known anyway rather than show nothing.
  if (round.length === 0) {
    const leastKnown = [...cards].sort((a, b) => a.box - b.box || Date.parse(a.due) - Date.parse(b.due));
    return leastKnown.map((card) => byId.get(card.id)).filter((q): q is Question => q !== undefined).slice(0, PRACTICE_ROUND);
  }
  return round;
}

/** Reorders so that consecutive questions are of different kinds where it can. */
function takeKindsInTurn(questions: readonly Question[]): Question[] {
  const byKind = new Map<QuestionKind, Question[]>();
  for (const q of questions) byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), q]);
  const out: Question[] = [];
  while (out.length < questions.length) {
    for (const list of byKind.values()) {
      const next = list.shift();
      if (next) out.push(next);
    }
  }
  return out;
}
