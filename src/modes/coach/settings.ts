/**
 * The coach's settings, kept on the device with the mode (not in the shared preferences) and read
 * field by field (`state/storedValue.ts`): a damaged field goes back to its default, the others
 * are kept, unknown ones are written back as they were.
 */
import { isBoolean, type FieldCheck } from '../../state/fieldChecks';
import { readStoredText, recoverFields, type FieldChecks } from '../../state/storedValue';
import { DEFAULT_MINUTES, MAX_MINUTES, MIN_MINUTES } from './plan';

export const COACH_SETTINGS_KEY = 'pijat-oksitosin.coach';

export interface CoachSettings {
  /** The session's length, whole minutes 5..20. */
  readonly minutes: number;
  /** 0..1, for the voice and the tones. */
  readonly volume: number;
  /** The voice chosen (its `voiceURI`), or null: the device's default for the language. */
  readonly voiceURI: string | null;
  readonly tonesOnly: boolean;
  /** The small 3D view during a session. */
  readonly showBody: boolean;
}

export const DEFAULT_SETTINGS: CoachSettings = { minutes: DEFAULT_MINUTES, volume: 1, voiceURI: null, tonesOnly: false, showBody: true };

const isMinutes: FieldCheck<number> = (value): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= MIN_MINUTES && value <= MAX_MINUTES;
const isVolume: FieldCheck<number> = (value): value is number => typeof value === 'number' && value >= 0 && value <= 1;
const isVoice: FieldCheck<string | null> = (value): value is string | null => value === null || (typeof value === 'string' && value.length <= 500);

const CHECKS: FieldChecks<CoachSettings> = { minutes: isMinutes, volume: isVolume, voiceURI: isVoice, tonesOnly: isBoolean, showBody: isBoolean };

let unknownFields: Readonly<Record<string, unknown>> = {};

const storage = (): Storage | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

export function loadSettings(): CoachSettings {
  let raw: string | null;
  try {
    raw = storage()?.getItem(COACH_SETTINGS_KEY) ?? null;
  } catch {
    return DEFAULT_SETTINGS;
  }
  const stored = readStoredText(raw);
  if (stored.kind !== 'object') return DEFAULT_SETTINGS;
  const { value, unknown } = recoverFields(stored.value, CHECKS, DEFAULT_SETTINGS);
  unknownFields = unknown;
  return value;
}

export function saveSettings(settings: CoachSettings): void {
  try {
    storage()?.setItem(COACH_SETTINGS_KEY, JSON.stringify({ ...unknownFields, ...settings }));
  } catch {
    // Storage full or refused: the settings hold for this visit.
  }
}
