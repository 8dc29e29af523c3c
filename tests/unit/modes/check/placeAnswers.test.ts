import { describe, expect, test, vi } from 'vitest';
import { answerTap, placesReady } from '../../../../src/modes/check/placeAnswers';
import type { TapPointQuestion } from '../../../../src/modes/check/bank/questions';
import type { BodyApi } from '../../../../src/scene/body-api';

/** A body whose technique is laid (places for the mastoid press) or not yet (none). */
const bodyWith = (laid: boolean) =>
  ({
    placesOf: vi.fn(() => (laid ? [{ kind: 'point', actionId: 'mastoid-press', stepId: 'neck', name: { id: '', en: '' }, points: [[0, 1.5, 0.05]], lines: [[[0, 1.5, 0.05]]] }] : [])),
    distanceAlongSkinMm: vi.fn(() => 12),
    setLayers: vi.fn(),
    highlight: vi.fn(),
  }) as unknown as BodyApi;

const question = { kind: 'tapPoint', id: 'tap-mastoid-press', stepId: 'neck', actionId: 'mastoid-press', target: 'point' } as TapPointQuestion;

describe('answers wait for the technique on the body', () => {
  test('before the technique is laid (a first visit, a moment after the body is drawn) there is nothing to grade by', () => {
    const body = bodyWith(false);
    expect(placesReady(body, 'mastoid-press')).toBe(false);
    expect(answerTap(body, question, [0, 1.5, 0.05])).toBe(false);
    expect(body.highlight).not.toHaveBeenCalled();
  });

  test('once it is, a tap is graded and the true place shown', () => {
    const body = bodyWith(true);
    expect(placesReady(body, 'mastoid-press')).toBe(true);
    expect(answerTap(body, question, [0, 1.5, 0.05])).toBe(true);
    expect(body.highlight).toHaveBeenCalledWith({ kind: 'action', actionId: 'mastoid-press' });
  });
});
