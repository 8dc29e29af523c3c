import * as z from 'zod/mini';
import { LANGUAGES, type Language } from '../i18n/languages';

/** What the app remembers on this device between visits. */
export const SKIN_MODES = ['opaque', 'translucent', 'hidden'] as const;
export type SkinMode = (typeof SKIN_MODES)[number];

const preferencesSchema = z.object({
  version: z.literal(1),
  language: z.optional(z.enum(LANGUAGES)),
  skinMode: z.enum(SKIN_MODES),
  showBones: z.boolean(),
  showBoneLabels: z.boolean(),
});

export type Preferences = z.infer<typeof preferencesSchema>;

export const DEFAULT_PREFERENCES: Preferences = {
  version: 1,
  skinMode: 'opaque',
  showBones: false,
  showBoneLabels: false,
};

export const PREFERENCES_KEY = 'pijat-oksitosin.preferences';

export interface LoadedPreferences {
  readonly preferences: Preferences;
  /** True when something was saved but could not be read: the user is told, defaults are used. */
  readonly wasCorrupt: boolean;
}

/** Reads saved preferences; anything unreadable falls back to the defaults and says so. */
export function loadPreferences(storage: Pick<Storage, 'getItem'> | undefined): LoadedPreferences {
  let raw: string | null = null;
  try {
    raw = storage?.getItem(PREFERENCES_KEY) ?? null;
  } catch {
    return { preferences: DEFAULT_PREFERENCES, wasCorrupt: false }; // Storage blocked: nothing to lose.
  }
  if (raw === null) return { preferences: DEFAULT_PREFERENCES, wasCorrupt: false };
  try {
    const parsed = preferencesSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { preferences: parsed.data, wasCorrupt: false };
  } catch {
    // Not JSON: reported below like any other unreadable value.
  }
  return { preferences: DEFAULT_PREFERENCES, wasCorrupt: true };
}

export function savePreferences(storage: Pick<Storage, 'setItem'> | undefined, preferences: Preferences): void {
  try {
    storage?.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
  } catch {
    // Private mode or a full quota: the app still works, it just forgets.
  }
}

export const withLanguage = (p: Preferences, language: Language): Preferences => ({ ...p, language });
