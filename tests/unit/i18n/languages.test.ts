import { describe, expect, test } from 'vitest';
import { en } from '../../../src/i18n/en';
import { id } from '../../../src/i18n/id';
import { preferredLanguage } from '../../../src/i18n/languages';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

describe('dictionaries', () => {
  const idLeaves = leaves(id);
  const enLeaves = leaves(en);

  test('Indonesian and English have the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...idLeaves.keys()].sort());
  });

  test('no string is empty, and the same placeholders appear in both', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of idLeaves) {
      const english = enLeaves.get(key) ?? '';
      expect(value.trim(), key).not.toBe('');
      expect(english.trim(), key).not.toBe('');
      expect(placeholders(english), key).toEqual(placeholders(value));
    }
  });
});

describe('preferred language', () => {
  test.each([
    [['id-ID', 'en'], 'id'],
    [['in'], 'id'],
    [['ms-MY'], 'id'],
    [['en-US', 'id'], 'en'],
    [['fr-FR', 'en-GB'], 'en'],
    [['fr-FR'], 'id'],
    [[], 'id'],
  ])('%j -> %s', (languages, expected) => {
    expect(preferredLanguage(languages)).toBe(expected);
  });
});
