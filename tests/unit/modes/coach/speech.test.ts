// @vitest-environment jsdom
import { afterEach, describe, expect, test } from 'vitest';
import { loadSettings, saveSettings, COACH_SETTINGS_KEY, DEFAULT_SETTINGS } from '../../../../src/modes/coach/settings';
import { chooseVoice, speaks, voicesFor } from '../../../../src/modes/coach/speech';

const voice = (lang: string, voiceURI = lang, isDefault = false) => ({ lang, name: lang, voiceURI, default: isDefault });

describe('a voice for the language', () => {
  test('Indonesian: id-ID, id, and in-ID / in_ID as older Android writes them; never an English voice', () => {
    for (const lang of ['id-ID', 'id', 'in-ID', 'in_ID', 'ID-id']) expect(speaks(voice(lang), 'id')).toBe(true);
    for (const lang of ['en-US', 'ms-MY', 'jv-ID', 'ind']) expect(speaks(voice(lang), 'id')).toBe(false);
    expect(chooseVoice([voice('en-US'), voice('en-GB')], 'id', null)).toBeNull();
  });

  test('English: any en-*; the default first; the one chosen in the settings when it speaks the language', () => {
    const voices = [voice('id-ID'), voice('en-US', 'us'), voice('en-GB', 'gb', true)];
    expect(voicesFor(voices, 'en').map((v) => v.voiceURI)).toEqual(['gb', 'us']);
    expect(chooseVoice(voices, 'en', null)?.voiceURI).toBe('gb');
    expect(chooseVoice(voices, 'en', 'us')?.voiceURI).toBe('us');
    // A chosen voice of the other language is not used for this one.
    expect(chooseVoice(voices, 'id', 'us')?.voiceURI).toBe('id-ID');
  });
});

describe('the coach settings, read field by field', () => {
  afterEach(() => localStorage.clear());

  test('nothing saved: the defaults (15 minutes, voice on, the body shown)', () => {
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toMatchObject({ minutes: 15, tonesOnly: false, showBody: true });
  });

  test('a damaged field goes back to its default, the others are kept, unknown ones are written back', () => {
    localStorage.setItem(COACH_SETTINGS_KEY, JSON.stringify({ minutes: 45, volume: 0.4, tonesOnly: 'yes', showBody: false, future: [1] }));
    const settings = loadSettings();
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, volume: 0.4, showBody: false });
    saveSettings({ ...settings, minutes: 10 });
    expect(JSON.parse(localStorage.getItem(COACH_SETTINGS_KEY)!)).toEqual({ ...settings, minutes: 10, future: [1] });
  });

  test('text that is not JSON: the defaults', () => {
    localStorage.setItem(COACH_SETTINGS_KEY, '{minutes');
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
