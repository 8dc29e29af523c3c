import { LANGUAGES, type Language } from '../i18n/languages';
import { isBoolean, oneOf, optional } from './fieldChecks';
import { readStoredText, recoverFields, type FieldChecks } from './storedValue';

/** What the app remembers on this device between visits. */
export const SKIN_MODES = ['opaque', 'translucent', 'hidden'] as const;
export type SkinMode = (typeof SKIN_MODES)[number];

/** The version this copy of the app writes. */
export const PREFERENCES_VERSION = 1;

export interface Preferences {
  /** Only set once the user picks a language; until then the link or the browser decides. */
  readonly language?: Language | undefined;
  readonly skinMode: SkinMode;
  readonly showBones: boolean;
  readonly showBoneLabels: boolean;
}
export type PreferenceField = keyof Preferences;

const FIELDS: FieldChecks<Preferences> = {
  language: optional(oneOf(LANGUAGES)),
  skinMode: oneOf(SKIN_MODES),
  showBones: isBoolean,
  showBoneLabels: isBoolean,
};

export const DEFAULT_PREFERENCES: Preferences = {
  skinMode: 'opaque',
  showBones: false,
  showBoneLabels: false,
};

export const PREFERENCES_KEY = 'pijat-oksitosin.preferences';
/** Where a saved value that could not be read at all is kept, instead of being thrown away. */
export const DAMAGED_PREFERENCES_KEY = 'pijat-oksitosin.preferences.damaged';

/** What was saved beyond this version's fields (a newer version's, say): written back unchanged. */
export type KeptFields = Readonly<Record<string, unknown>>;

export interface LoadedPreferences {
  readonly preferences: Preferences;
  /** The whole saved value could not be read (not JSON, not an object, or far too long). */
  readonly unreadable: boolean;
  /** Fields that were saved but invalid, now at their defaults; the rest were kept. */
  readonly resetFields: readonly PreferenceField[];
  /** Saved by a newer version: read as far as understood, and never written back on load. */
  readonly fromNewerVersion: boolean;
  readonly kept: KeptFields;
}

const NOTHING_SAVED: LoadedPreferences = {
  preferences: DEFAULT_PREFERENCES,
  unreadable: false,
  resetFields: [],
  fromNewerVersion: false,
  kept: {},
};

/** Reads saved preferences field by field: valid fields are kept, invalid ones reset and named. */
export function loadPreferences(storage: Pick<Storage, 'getItem'> | undefined): LoadedPreferences {
  let stored: ReturnType<typeof readStoredText>;
  try {
    stored = readStoredText(storage?.getItem(PREFERENCES_KEY) ?? null);
  } catch {
    return NOTHING_SAVED; // Storage blocked: nothing to lose.
  }
  if (stored.kind === 'none') return NOTHING_SAVED;
  if (stored.kind !== 'object') return { ...NOTHING_SAVED, unreadable: true };
  const { version, ...fields } = stored.value;
  const recovered = recoverFields(fields, FIELDS, DEFAULT_PREFERENCES);
  const fromNewerVersion = typeof version === 'number' && version > PREFERENCES_VERSION;
  return {
    preferences: recovered.value,
    unreadable: false,
    resetFields: recovered.reset,
    fromNewerVersion,
    kept: fromNewerVersion ? { ...recovered.unknown, version } : recovered.unknown,
  };
}

/**
 * Saves preferences over what `kept` says was there: fields this version does not know, and a
 * newer version number, survive an older copy of the app changing a setting.
 */
export function savePreferences(storage: Pick<Storage, 'setItem'> | undefined, preferences: Preferences, kept: KeptFields = {}): void {
  try {
    storage?.setItem(PREFERENCES_KEY, JSON.stringify({ version: PREFERENCES_VERSION, ...kept, ...preferences }));
  } catch {
    // Private mode or a full quota: the app still works, it just forgets.
  }
}

/** Keeps an unreadable saved value aside before it is replaced, so nothing is destroyed. */
export function setAsideDamagedPreferences(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): void {
  try {
    const raw = storage?.getItem(PREFERENCES_KEY);
    if (raw != null) storage?.setItem(DAMAGED_PREFERENCES_KEY, raw);
  } catch {
    // A value too large to copy (or storage now refused) is dropped with the damaged original.
  }
}
