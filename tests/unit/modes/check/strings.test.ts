import { describe, expect, test } from 'vitest';
import { S, centimetres, fill } from '../../../../src/modes/check/strings';

describe('the check mode\'s words', () => {
  test('fill numbers and bilingual words into both languages', () => {
    expect(fill(S.question, { n: 2, total: 10 })).toEqual({ id: 'Soal 2 dari 10', en: 'Question 2 of 10' });
    expect(fill(S.distance, { d: centimetres(23) })).toEqual({ id: 'Jarak dari tempat yang benar: 2,3 cm.', en: 'Distance from the right place: 2.3 cm.' });
  });

  test('every text has both languages, and both name the same placeholders', () => {
    const walk = (value: unknown, path: string): void => {
      if (value && typeof value === 'object' && 'id' in value && 'en' in value) {
        const { id, en } = value as { id: string; en: string };
        expect(id.trim(), path).not.toBe('');
        expect(en.trim(), path).not.toBe('');
        const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(names(id), path).toEqual(names(en));
        return;
      }
      if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
    };
    walk(S, 'S');
  });
});
