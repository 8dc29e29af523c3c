import { beforeEach, describe, expect, test } from 'vitest';
import { bootState } from '../../../src/state/boot';
import { DEFAULT_PREFERENCES, PREFERENCES_KEY, loadPreferences, savePreferences } from '../../../src/state/preferences';
import { INITIAL_APP_STATE, useAppStore } from '../../../src/state/store';

/** An in-memory Storage so tests see exactly what the app wrote. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

beforeEach(() => useAppStore.setState(INITIAL_APP_STATE, true));

describe('saved preferences', () => {
  test('nothing saved gives the defaults without a complaint', () => {
    expect(loadPreferences(memoryStorage())).toEqual({ preferences: DEFAULT_PREFERENCES, wasCorrupt: false });
  });

  test('a saved choice round-trips', () => {
    const storage = memoryStorage();
    const chosen = { ...DEFAULT_PREFERENCES, language: 'en' as const, skinMode: 'translucent' as const, showBones: true };
    savePreferences(storage, chosen);
    expect(loadPreferences(storage)).toEqual({ preferences: chosen, wasCorrupt: false });
  });

  test.each([
    ['not JSON', '{oops'],
    ['wrong shape', JSON.stringify({ version: 1, skinMode: 'glass', showBones: true, showBoneLabels: false })],
    ['unknown language', JSON.stringify({ ...DEFAULT_PREFERENCES, language: 'fr' })],
    ['future version', JSON.stringify({ ...DEFAULT_PREFERENCES, version: 2 })],
  ])('%s is reported and replaced by the defaults', (_, raw) => {
    expect(loadPreferences(memoryStorage({ [PREFERENCES_KEY]: raw }))).toEqual({ preferences: DEFAULT_PREFERENCES, wasCorrupt: true });
  });

  test('blocked storage is not an error', () => {
    const blocked = { getItem: () => { throw new Error('SecurityError'); } };
    expect(loadPreferences(blocked).wasCorrupt).toBe(false);
  });
});

describe('boot', () => {
  test('a corrupted setting shows a notice once and is overwritten', () => {
    const storage = memoryStorage({ [PREFERENCES_KEY]: '{broken' });
    bootState({ search: '', storage, browserLanguages: ['id-ID'] });
    expect(useAppStore.getState().notices.map((n) => n.key)).toEqual(['corruptSettings']);
    expect(loadPreferences(storage).wasCorrupt).toBe(false);
  });

  test('the link language wins over the saved one, which wins over the browser', () => {
    const storage = memoryStorage();
    savePreferences(storage, { ...DEFAULT_PREFERENCES, language: 'en' });
    expect(bootState({ search: '?lang=id', storage, browserLanguages: ['en-US'] })).toBe('id');
    expect(bootState({ search: '', storage, browserLanguages: ['id'] })).toBe('en');
    expect(bootState({ search: '?lang=xx', storage: memoryStorage(), browserLanguages: ['en-GB', 'id'] })).toBe('en');
  });

  test('choosing a language remembers it', () => {
    useAppStore.getState().chooseLanguage('en');
    expect(useAppStore.getState().preferences.language).toBe('en');
    expect(useAppStore.getState().language).toBe('en');
  });

  test('asking for bone names also shows the bones', () => {
    useAppStore.getState().setShowBoneLabels(true);
    expect(useAppStore.getState().preferences.showBones).toBe(true);
  });
});

describe('links', () => {
  test('a link to a step opens that step', () => {
    bootState({ search: '?step=scapulae', storage: memoryStorage(), browserLanguages: [] });
    expect(useAppStore.getState().selectedView).toBe('scapulae');
    expect(useAppStore.getState().notices).toEqual([]);
  });

  test('an unknown step says so and falls back to the overview', () => {
    bootState({ search: '?step=toes', storage: memoryStorage(), browserLanguages: [] });
    expect(useAppStore.getState().selectedView).toBe('setting');
    expect(useAppStore.getState().notices).toMatchObject([{ key: 'unknownStep', step: 'toes' }]);
  });
});
