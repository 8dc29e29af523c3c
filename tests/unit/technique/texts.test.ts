import { describe, expect, test } from 'vitest';
import {
  HAND_LABELS,
  HAND_PART_LABELS,
  HAND_ROLE_LABELS,
  PHASE_KIND_LABELS,
  SEED_CITATIONS,
  SOURCE_KIND_LABELS,
  SUPPLEMENTARY_CITATIONS,
  TECHNIQUE,
} from '../../../src/technique';

interface FoundText {
  readonly where: string;
  readonly text: Record<string, unknown>;
}

/** Every object with an `en` key (a Text), anywhere in `value`; a missing `en` is the schema's to catch. */
function findTexts(value: unknown, where: string, found: FoundText[] = []): FoundText[] {
  if (Array.isArray(value)) {
    value.forEach((element, i) => findTexts(element, `${where}[${i}]`, found));
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if ('en' in record) found.push({ where, text: record });
    else for (const [key, child] of Object.entries(record)) findTexts(child, `${where}.${key}`, found);
  }
  return found;
}

const EVERYTHING = {
  TECHNIQUE,
  SEED_CITATIONS,
  SUPPLEMENTARY_CITATIONS,
  HAND_LABELS,
  HAND_PART_LABELS,
  HAND_ROLE_LABELS,
  PHASE_KIND_LABELS,
  SOURCE_KIND_LABELS,
};
const texts = findTexts(EVERYTHING, 'all');

describe('every text is in Indonesian and English', () => {
  test('the walk finds the texts (a broken walk would pass vacuously)', () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  test.each(texts.map((t) => [t.where, t.text] as const))('%s', (_, text) => {
    expect(Object.keys(text).sort()).toEqual(['en', 'id']);
    expect(typeof text.id === 'string' && text.id.trim().length > 0).toBe(true);
    expect(typeof text.en === 'string' && text.en.trim().length > 0).toBe(true);
  });

  test('longer texts are translated, not copied across', () => {
    const copied = texts.filter(({ text }) => typeof text.en === 'string' && text.en.length > 25 && text.en === text.id);
    expect(copied.map((t) => t.where)).toEqual([]);
  });

  test('every step, stroke, point and phase has its texts', () => {
    for (const step of TECHNIQUE.steps) {
      const owned = findTexts(step, step.id).map((t) => t.where);
      expect(owned).toEqual(expect.arrayContaining([`${step.id}.title`, `${step.id}.summary`, `${step.id}.quote`]));
      step.actions.forEach((action, i) => {
        const prefix = `${step.id}.actions[${i}]`;
        const names = action.kind === 'stroke' ? ['title', 'instruction'] : ['label', 'instruction'];
        expect(owned).toEqual(expect.arrayContaining(names.map((name) => `${prefix}.${name}`)));
        if (action.kind === 'stroke') action.phases.forEach((_, j) => expect(owned).toContain(`${prefix}.phases[${j}].text`));
      });
    }
  });
});
