import { describe, expect, test } from 'vitest';
import { QUESTION_BANK, buildQuestionBank, questionById } from '../../../../src/modes/check/bank/generate';
import type { Question } from '../../../../src/modes/check/bank/questions';
import { STATEMENT_COUNT, validateBank } from '../../../../src/modes/check/bank/validateBank';
import { HAND_PART_LABELS, TECHNIQUE, isStroke, type Technique } from '../../../../src/technique';

const ofKind = <K extends Question['kind']>(kind: K) => QUESTION_BANK.filter((q): q is Extract<Question, { kind: K }> => q.kind === kind);
const actionOf = (id: string) => TECHNIQUE.steps.flatMap((s) => s.actions).find((a) => a.id === id);

describe('the question bank', () => {
  test('has no problems: ten statements, half true, every step tested, unique ids, both languages', () => {
    expect(validateBank(QUESTION_BANK)).toEqual([]);
    expect(ofKind('statement')).toHaveLength(STATEMENT_COUNT);
  });

  test('the validator catches what a hand-typed statement gets wrong', () => {
    const [first, ...rest] = ofKind('statement');
    const broken: Question[] = [{ ...first!, prompt: { id: 'Ada', en: ' ' } }, ...rest, { ...rest[0]! }];
    const problems = validateBank(broken);
    expect(problems.some((p) => p.includes('both languages'))).toBe(true);
    expect(problems.some((p) => p.includes('used twice'))).toBe(true);
    expect(problems.some((p) => p.includes('10 statements'))).toBe(true);
  });

  test('has every kind the issue names', () => {
    for (const kind of ['statement', 'tapPoint', 'drawStroke', 'pressOrGlide', 'handPart', 'order'] as const) {
      expect(ofKind(kind).length, kind).toBeGreaterThan(0);
    }
  });

  test('every question is found by its id', () => {
    for (const q of QUESTION_BANK) expect(questionById(q.id)).toBe(q);
    expect(questionById('no-such-question')).toBeUndefined();
  });
});

describe('questions made from the technique', () => {
  test('asks for all six shoulder-blade points and the point behind the ear', () => {
    const asked = ofKind('tapPoint').filter((q) => q.target === 'point').map((q) => q.actionId);
    expect(asked).toEqual(expect.arrayContaining(['mastoid-press', 'scapula-l-3', 'scapula-l-6', 'scapula-l-8', 'scapula-r-9', 'scapula-r-6', 'scapula-r-4']));
    expect(ofKind('tapPoint').find((q) => q.actionId === 'scapula-l-8')?.prompt.en).toContain("Left shoulder blade, 8 o'clock");
  });

  test('asks where the shoulder stroke\'s pressure starts', () => {
    expect(ofKind('tapPoint').some((q) => q.actionId === 'shoulder-stroke' && q.target === 'pressureStart')).toBe(true);
  });

  test('draws the neck top to bottom and the shoulders toward the neck: the way of each pressure phase', () => {
    for (const q of ofKind('drawStroke')) {
      const stroke = actionOf(q.actionId);
      if (!stroke || !isStroke(stroke)) throw new Error(q.actionId);
      const pressure = stroke.phases.find((p) => p.kind === 'pressure')!;
      expect(q.forward).toBe(pressure.to > pressure.from);
    }
    expect(ofKind('drawStroke').map((q) => q.actionId)).toEqual(expect.arrayContaining(['neck-stroke', 'shoulder-stroke']));
  });

  test('press-or-glide asks only of strokes with both phases, and its answer is a phase they have', () => {
    for (const q of ofKind('pressOrGlide')) {
      const stroke = actionOf(q.actionId);
      if (!stroke || !isStroke(stroke)) throw new Error(q.actionId);
      expect(stroke.phases.some((p) => p.kind === q.answer)).toBe(true);
      expect(new Set(stroke.phases.map((p) => p.kind)).size).toBe(2);
    }
  });

  test('the hand part is the working hand\'s, among four different pictured parts', () => {
    for (const q of ofKind('handPart')) {
      expect(q.options).toContain(q.answer);
      expect(new Set(q.options).size).toBe(4);
      for (const part of q.options) expect(HAND_PART_LABELS[part]).toBeDefined();
    }
    expect(ofKind('handPart').find((q) => q.actionId === 'back-circles')?.answer).toBe('fist');
  });

  test('the steps are put in the technique\'s order', () => {
    const steps = QUESTION_BANK.find((q) => q.id === 'order-steps');
    expect(steps?.kind === 'order' && steps.items.map((i) => i.id)).toEqual(['neck', 'shoulders', 'scapulae', 'back']);
  });

  test('cannot drift from the lesson: a renamed point changes its question', () => {
    const renamed: Technique = {
      ...TECHNIQUE,
      steps: TECHNIQUE.steps.map((step) => ({
        ...step,
        actions: step.actions.map((a) => (a.id === 'mastoid-press' && a.kind === 'press' ? { ...a, label: { id: 'Titik baru', en: 'New point' } } : a)),
      })),
    };
    const question = buildQuestionBank(renamed).find((q) => q.id === 'tap-mastoid-press');
    expect(question?.prompt.en).toContain('New point');
  });
});
