import { describe, expect, test } from 'vitest';
import type { TestKind } from '../../../src/records';
import { isAnswerRecord, isAttemptRecord, isEnvelope, isIsoDate, isReviewCard, judgeRecord } from '../../../src/records/validate';
import { answer, attempt, card } from './fixtures';
import { workshop } from './fixtures';

describe('attempt records', () => {
  test.each<TestKind>(['pre', 'post', 'practice'])('a %s-test attempt passes', (testKind) => {
    expect(isAttemptRecord(attempt({ testKind }))).toBe(true);
  });

  test('a finished attempt and one in progress pass', () => {
    expect(isAttemptRecord(attempt())).toBe(true);
    expect(isAttemptRecord(attempt({ finishedAt: null, score: null, answers: [] }))).toBe(true);
    expect(isAttemptRecord({ ...attempt(), laterField: 1 })).toBe(true);
  });

  // Each field broken in turn.
  test.each<[string, Record<string, unknown>]>([
    ['no id', { id: '' }],
    ['another kind', { type: 'review' }],
    ['an unknown test kind', { testKind: 'mid' }],
    ['no language', { lang: '' }],
    ['a start that is no date', { startedAt: 'yesterday' }],
    ['an impossible date', { startedAt: '2026-13-45T99:00:00.000Z' }],
    ['a finish that is no date', { finishedAt: 12 }],
    ['a score over 100', { score: 101 }],
    ['a score that is not a number', { score: '90' }],
    ['finished without a score', { score: null }],
    ['a score while in progress', { finishedAt: null }],
    ['question ids not strings', { questionIds: ['a', 2] }],
    ['answers not a list', { answers: {} }],
    ['a damaged answer', { answers: [answer({ questionKind: 'essay' as never })] }],
  ])('%s is damaged', (_, broken) => {
    expect(isAttemptRecord({ ...attempt(), ...broken })).toBe(false);
    expect(judgeRecord('attempts', { ...attempt(), ...broken })).toBe('damaged');
  });

  test.each([null, 'attempt', [], 42])('%j is damaged', (value) => {
    expect(judgeRecord('attempts', value)).toBe('damaged');
  });
});

describe('answers', () => {
  test.each<[string, Record<string, unknown>]>([
    ['no question id', { questionId: '' }],
    ['an unknown kind', { questionKind: 'essay' }],
    ['a step that is a number', { stepId: 2 }],
    ['correct as text', { correct: 'yes' }],
    ['no answer text', { given: undefined }],
    ['a negative distance', { distanceMm: -1 }],
    ['an infinite distance', { distanceMm: Infinity }],
    ['no date', { answeredAt: undefined }],
  ])('%s is damaged', (_, broken) => {
    expect(isAnswerRecord({ ...answer(), ...broken })).toBe(false);
  });

  test('a place answer with its distance, and a statement with no step, pass', () => {
    expect(isAnswerRecord(answer({ questionKind: 'tapPoint', distanceMm: 12.5 }))).toBe(true);
    expect(isAnswerRecord(answer({ stepId: null }))).toBe(true);
  });
});

describe('review cards', () => {
  test.each([1, 5])('box %i passes', (box) => expect(isReviewCard(card({ box }))).toBe(true));

  test.each<[string, Record<string, unknown>]>([
    ['box 0', { box: 0 }],
    ['box 6', { box: 6 }],
    ['box 1.5', { box: 1.5 }],
    ['no due date', { due: null }],
    ['a last-seen that is no date', { lastSeen: 'now' }],
    ['another version of the type', { type: 'attempt' }],
  ])('%s is damaged', (_, broken) => {
    expect(judgeRecord('reviews', { ...card(), ...broken })).toBe('damaged');
  });
});

describe('newer records', () => {
  test('a higher version of the same kind is newer, whatever its fields', () => {
    expect(judgeRecord('attempts', { id: 'x', type: 'attempt', v: 2, shape: 'new' })).toBe('newer');
    expect(judgeRecord('reviews', { id: 'x', type: 'review', v: 7 })).toBe('newer');
  });

  test('without the envelope, of another kind or a broken version, it is damaged', () => {
    expect(judgeRecord('attempts', { type: 'attempt', v: 2 })).toBe('damaged');
    expect(judgeRecord('attempts', { id: 'x', type: 'review', v: 2 })).toBe('damaged');
    expect(judgeRecord('attempts', { id: 'x', type: 'attempt', v: 1.5 })).toBe('damaged');
    expect(judgeRecord('attempts', { ...attempt(), v: 0 })).toBe('damaged');
  });
});

describe('diary records (envelope only, for now) and checklist records (workshops; workshops.test.ts has the rest)', () => {
  test('a diary entry needs only its envelope; a checklist record must be a workshop', () => {
    expect(judgeRecord('checklists', workshop())).toBe('ok');
    expect(judgeRecord('checklists', { id: 'c1', type: 'checklist', v: 1, anything: [1, 2] })).toBe('damaged');
    expect(judgeRecord('diary', { id: 'd1', type: 'diaryEntry', v: 4 })).toBe('ok');
  });

  test.each([{ type: 'x', v: 1 }, { id: 'a', v: 1 }, { id: 'a', type: 'x', v: '1' }, { id: 5, type: 'x', v: 1 }, 'a'])(
    '%j is damaged',
    (value) => {
      expect(isEnvelope(value)).toBe(false);
      expect(judgeRecord('diary', value)).toBe('damaged');
    },
  );
});

test('ISO dates: what toISOString writes, and with an offset', () => {
  expect(isIsoDate(new Date().toISOString())).toBe(true);
  expect(isIsoDate('2026-12-02T09:00+07:00')).toBe(true);
  expect(isIsoDate('2026-12-02')).toBe(false);
  expect(isIsoDate('Wed Dec 02 2026')).toBe(false);
});
