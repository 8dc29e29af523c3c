import { beforeEach, describe, expect, test } from 'vitest';
import { bootState, persistPreferences } from '../../../src/state/boot';
import {
  DAMAGED_PREFERENCES_KEY,
  DEFAULT_PREFERENCES,
  PREFERENCES_KEY,
  PREFERENCES_VERSION,
  loadPreferences,
  savePreferences,
} from '../../../src/state/preferences';
import { MAX_STORED_CHARS } from '../../../src/state/storedValue';
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

const saved = (value: unknown) => memoryStorage({ [PREFERENCES_KEY]: typeof value === 'string' ? value : JSON.stringify(value) });
const stored = (storage: Storage): unknown => JSON.parse(storage.getItem(PREFERENCES_KEY) ?? 'null');
const NOTHING_WRONG = { unreadable: false, resetFields: [], fromNewerVersion: false, kept: {} };
const CHOSEN = { language: 'en', skinMode: 'translucent', showBones: true, showBoneLabels: false } as const;

describe('saved preferences', () => {
  test('nothing saved gives the defaults without a complaint', () => {
    expect(loadPreferences(memoryStorage())).toEqual({ preferences: DEFAULT_PREFERENCES, ...NOTHING_WRONG });
  });

  test('a saved choice round-trips, with the version written beside it', () => {
    const storage = memoryStorage();
    savePreferences(storage, CHOSEN);
    expect(stored(storage)).toEqual({ version: PREFERENCES_VERSION, ...CHOSEN });
    expect(loadPreferences(storage)).toEqual({ preferences: CHOSEN, ...NOTHING_WRONG });
  });

  test.each([
    ['not JSON', '{oops'],
    ['JSON but not an object', '[1,2,3]'],
    ['null', 'null'],
    ['far too long', JSON.stringify({ ...CHOSEN, padding: 'x'.repeat(MAX_STORED_CHARS) })],
  ])('%s is unreadable as a whole: defaults, and reported', (_, raw) => {
    expect(loadPreferences(saved(raw))).toEqual({ preferences: DEFAULT_PREFERENCES, ...NOTHING_WRONG, unreadable: true });
  });

  // Each field corrupted in turn: that field alone goes back to its default, the rest are kept.
  test.each([
    ['language', 'fr', { language: undefined }],
    ['language', 42, { language: undefined }],
    ['skinMode', 'glass', { skinMode: 'opaque' }],
    ['showBones', 'yes', { showBones: false }],
    ['showBoneLabels', 'yes', { showBoneLabels: false }],
    ['showBoneLabels', 'x'.repeat(5000), { showBoneLabels: false }],
  ] as const)('a bad %s (%s) is reset alone', (field, bad, reset) => {
    const loaded = loadPreferences(saved({ version: 1, ...CHOSEN, [field]: bad }));
    expect(loaded.preferences).toEqual({ ...CHOSEN, ...reset });
    expect(loaded.resetFields).toEqual([field]);
    expect(loaded.unreadable).toBe(false);
  });

  test('a missing field takes its default quietly (an older copy never wrote it)', () => {
    const loaded = loadPreferences(saved({ version: 1, skinMode: 'hidden' }));
    expect(loaded.preferences).toEqual({ ...DEFAULT_PREFERENCES, skinMode: 'hidden' });
    expect(loaded.resetFields).toEqual([]);
  });

  test('settings from a newer version are read as far as understood, and their own fields kept for saving', () => {
    const newer = { version: 2, ...CHOSEN, skinMode: 'xray', handSize: 'large' };
    const loaded = loadPreferences(saved(newer));
    expect(loaded.fromNewerVersion).toBe(true);
    expect(loaded.preferences).toEqual({ ...CHOSEN, skinMode: 'opaque' });
    expect(loaded.resetFields).toEqual(['skinMode']);
    expect(loaded.kept).toEqual({ version: 2, handSize: 'large' });
    // Changing a setting in this older copy keeps the newer version's number and fields.
    const storage = memoryStorage();
    savePreferences(storage, { ...loaded.preferences, showBones: false }, loaded.kept);
    expect(stored(storage)).toEqual({ version: 2, handSize: 'large', ...CHOSEN, skinMode: 'opaque', showBones: false });
  });

  test('blocked storage is not an error', () => {
    const blocked = { getItem: () => { throw new Error('SecurityError'); } };
    expect(loadPreferences(blocked)).toEqual({ preferences: DEFAULT_PREFERENCES, ...NOTHING_WRONG });
  });
});

describe('boot', () => {
  test('unreadable settings show a notice once, and the damaged value is set aside, not destroyed', () => {
    const storage = memoryStorage({ [PREFERENCES_KEY]: '{broken' });
    bootState({ search: '', storage, browserLanguages: ['id-ID'] });
    expect(useAppStore.getState().notices.map((n) => n.key)).toEqual(['corruptSettings']);
    expect(loadPreferences(storage).unreadable).toBe(false);
    expect(storage.getItem(DAMAGED_PREFERENCES_KEY)).toBe('{broken');
  });

  test('one bad field: the English user stays in English, the field is named and repaired at once', () => {
    const storage = saved({ version: 1, ...CHOSEN, showBoneLabels: 'yes' });
    const { language } = bootState({ search: '', storage, browserLanguages: ['id-ID'] });
    expect(language).toBe('en');
    expect(useAppStore.getState().preferences).toEqual({ ...CHOSEN, showBoneLabels: false });
    expect(useAppStore.getState().notices).toMatchObject([{ key: 'settingsReset', fields: ['showBoneLabels'] }]);
    expect(stored(storage)).toEqual({ version: 1, ...CHOSEN, showBoneLabels: false });
  });

  test('a newer version\'s settings are never written on load', () => {
    const raw = JSON.stringify({ version: 3, ...CHOSEN, skinMode: 'xray', extra: [1] });
    const storage = saved(raw);
    const { language, kept } = bootState({ search: '', storage, browserLanguages: [] });
    expect(language).toBe('en');
    expect(storage.getItem(PREFERENCES_KEY)).toBe(raw);
    // A later change goes over the newer fields, not instead of them.
    const stop = persistPreferences(storage, kept);
    useAppStore.getState().setShowBones(false);
    stop();
    expect(stored(storage)).toMatchObject({ version: 3, extra: [1], showBones: false, language: 'en' });
  });

  test('the link language wins over the saved one, which wins over the browser', () => {
    const storage = memoryStorage();
    savePreferences(storage, { ...DEFAULT_PREFERENCES, language: 'en' });
    expect(bootState({ search: '?lang=id', storage, browserLanguages: ['en-US'] }).language).toBe('id');
    expect(bootState({ search: '', storage, browserLanguages: ['id'] }).language).toBe('en');
    expect(bootState({ search: '?lang=xx', storage: memoryStorage(), browserLanguages: ['en-GB', 'id'] }).language).toBe('en');
  });

  test('an unknown language in the link says so, and falls back', () => {
    bootState({ search: '?lang=fr', storage: memoryStorage(), browserLanguages: ['id'] });
    expect(useAppStore.getState().language).toBe('id');
    expect(useAppStore.getState().notices).toMatchObject([{ key: 'unknownLanguage', value: 'fr' }]);
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
    expect(useAppStore.getState().notices).toMatchObject([{ key: 'unknownStep', value: 'toes' }]);
  });

  test.each([
    ['#/neck', 'neck'],
    ['#neck', 'neck'],
    ['#step=back', 'back'],
    ['#/Shoulders', 'shoulders'],
  ])('a step named in the hash (%s) opens it', (hash, step) => {
    bootState({ search: '', hash, storage: memoryStorage(), browserLanguages: [] });
    expect(useAppStore.getState().selectedView).toBe(step);
    expect(useAppStore.getState().notices).toEqual([]);
  });

  test('the query wins over the hash', () => {
    bootState({ search: '?step=back', hash: '#/neck', storage: memoryStorage(), browserLanguages: [] });
    expect(useAppStore.getState().selectedView).toBe('back');
  });

  test.each([
    ['?step=', ''],
    ['?step=%20', ''],
    ['', '#step='],
  ])('an empty step (%s%s) gets its own message', (search, hash) => {
    bootState({ search, hash, storage: memoryStorage(), browserLanguages: [] });
    expect(useAppStore.getState().selectedView).toBe('setting');
    expect(useAppStore.getState().notices).toMatchObject([{ key: 'emptyStep' }]);
  });

  test('an unknown hash step and a malformed escape are quoted back, cut short', () => {
    bootState({ search: '', hash: '#/toes', storage: memoryStorage(), browserLanguages: [] });
    expect(useAppStore.getState().notices).toMatchObject([{ key: 'unknownStep', value: 'toes' }]);
    useAppStore.setState(INITIAL_APP_STATE, true);
    bootState({ search: `?step=${'z'.repeat(100)}`, hash: '', storage: memoryStorage(), browserLanguages: [] });
    expect(useAppStore.getState().notices).toMatchObject([{ key: 'unknownStep', value: 'z'.repeat(40) }]);
    useAppStore.setState(INITIAL_APP_STATE, true);
    bootState({ search: '', hash: '#/%E0%A4%A', storage: memoryStorage(), browserLanguages: [] });
    expect(useAppStore.getState().notices).toMatchObject([{ key: 'unknownStep' }]);
  });
});

describe('modes in links', () => {
  test('the lesson is the default, ?mode=lesson opens it, an unknown mode says so', () => {
    bootState({ search: '', storage: memoryStorage(), browserLanguages: [] });
    expect(useAppStore.getState().mode).toBe('lesson');
    bootState({ search: '?mode=Lesson', storage: memoryStorage(), browserLanguages: [] });
    expect(useAppStore.getState().mode).toBe('lesson');
    expect(useAppStore.getState().notices).toEqual([]);
    bootState({ search: '?mode=quiz', storage: memoryStorage(), browserLanguages: [] });
    expect(useAppStore.getState().mode).toBe('lesson');
    expect(useAppStore.getState().notices).toMatchObject([{ key: 'unknownMode', value: 'quiz' }]);
  });
});
