import { describe, expect, test } from 'vitest';
import type { AttemptRecord, RecordsStore } from '../../../../src/records';
import { useCheckStore } from '../../../../src/modes/check/checkStore';

/** A records store whose attempt writes wait until released, keeping what was written last. */
function slowRecords() {
  const kept = new Map<string, AttemptRecord>();
  const waiting: (() => void)[] = [];
  const records = {
    readOnly: false,
    putAttempt: (attempt: AttemptRecord) =>
      new Promise<void>((resolve) => {
        waiting.push(() => {
          kept.set(attempt.id, attempt);
          resolve();
        });
      }),
    putReviews: () => Promise.resolve(),
  } as unknown as RecordsStore; // only the two writes the store makes while a test is taken
  const releaseAll = async () => {
    while (waiting.length) waiting.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { records, kept, releaseAll };
}

describe('finishing an attempt', () => {
  test('the score shows only once the finished attempt is kept, so a reload at the score never finds it unfinished', async () => {
    const { records, kept, releaseAll } = slowRecords();
    useCheckStore.setState({ records, attempts: [], cards: [] });
    const store = useCheckStore.getState;
    store().start('pre');
    const count = store().questions.length;
    for (let i = 0; i < count; i++) {
      store().answer({ correct: true, given: 'true' });
      store().next();
    }
    const id = store().attempt!.id;
    // Written through the last answer, the finished record still on its way: no score yet.
    expect(store().attempt!.finishedAt).not.toBeNull();
    expect(store().screen).toBe('question');
    // A second press of "See the result" while it is written changes nothing.
    store().next();
    await releaseAll();
    expect(store().screen).toBe('result');
    expect(kept.get(id)!.finishedAt).not.toBeNull();
    expect(kept.get(id)!.score).toBe(100);
  });
});
