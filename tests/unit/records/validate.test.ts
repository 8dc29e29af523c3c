import { describe, expect, test } from 'vitest';
import type { TestKind } from '../../../src/records';
import { isAnswerRecord, isAttemptRecord, isEnvelope, isIsoDate, isReviewCard, judgeRecord } from '../../../src/records/validate';
import { isDiaryRecord } from '../../../src/records/validate';
import { MAX_DIARY_NOTE } from '../../../src/records';
import { diarySession } from './fixtures';
import { workshop } from './fixtures';
import { answer, attempt, card } from './fixtures';

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

describe('checklist records (workshops; tests/unit/records/workshops.test.ts has the rest)', () => {
  test('a workshop passes; an envelope alone no longer does', () => {
    expect(judgeRecord('checklists', workshop())).toBe('ok');
    expect(judgeRecord('checklists', { id: 'c1', type: 'checklist', v: 1, anything: [1, 2] })).toBe('damaged');
  });

  test.each([{ type: 'x', v: 1 }, { id: 'a', v: 1 }, { id: 'a', type: 'x', v: '1' }, { id: 5, type: 'x', v: 1 }, 'a'])(
    '%j is damaged',
    (value) => {
      expect(isEnvelope(value)).toBe(false);
      expect(judgeRecord('checklists', value)).toBe('damaged');
    },
  );
});

describe('diary sessions', () => {
  test('a whole session passes, with or without a note, and none done', () => {
    expect(isDiaryRecord(diarySession())).toBe(true);
    expect(isDiaryRecord(diarySession({ note: '', stepsCompleted: [], actualSeconds: 0 }))).toBe(true);
    expect(judgeRecord('diary', diarySession())).toBe('ok');
  });

  test.each<[string, Record<string, unknown>]>([
    ['another kind', { type: 'diaryEntry' }],
    ['no day', { day: undefined }],
    ['a day that is not on the calendar', { day: '2026-02-30' }],
    ['a month that does not exist', { day: '2026-13-01' }],
    ['a day with a time', { day: '2026-12-02T06:30' }],
    ['a start that is not a date', { startedAt: 'this morning' }],
    ['a planned length of 0', { plannedSeconds: 0 }],
    ['a fractional length', { actualSeconds: 12.5 }],
    ['a negative length', { actualSeconds: -1 }],
    ['steps that are not a list of ids', { stepsCompleted: 'neck' }],
    ['an empty step id', { stepsCompleted: [''] }],
    ['no note', { note: undefined }],
    ['a note that is too long', { note: 'x'.repeat(MAX_DIARY_NOTE + 1) }],
  ])('%s is damaged', (_, change) => {
    expect(judgeRecord('diary', { ...diarySession(), ...change })).toBe('damaged');
  });

  test('a later version of a session is newer, kept unread', () => {
    expect(judgeRecord('diary', { id: 'd1', type: 'diary', v: 2, moods: [] })).toBe('newer');
  });
});

test('ISO dates: what toISOString writes, and with an offset', () => {
  expect(isIsoDate(new Date().toISOString())).toBe(true);
  expect(isIsoDate('2026-12-02T09:00+07:00')).toBe(true);
  expect(isIsoDate('2026-12-02')).toBe(false);
  expect(isIsoDate('Wed Dec 02 2026')).toBe(false);
});
