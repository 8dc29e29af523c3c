import { preferredLanguage, type Language } from '../i18n/languages';
import { readLink } from './linkParams';
import {
  loadPreferences,
  savePreferences,
  setAsideDamagedPreferences,
  type KeptFields,
  type Preferences,
} from './preferences';
import { useAppStore } from './store';

export interface BootEnvironment {
  readonly search: string;
  readonly hash?: string;
  readonly storage: Storage | undefined;
  readonly browserLanguages: readonly string[];
}

export interface BootResult {
  readonly language: Language;
  /** What the saved preferences held beyond this version's fields; pass to `persistPreferences`. */
  readonly kept: KeptFields;
}

/**
 * Puts saved preferences, the link's parameters and the browser's languages into the store, in
 * that order of trust: a shared link wins over the saved choice, which wins over the browser.
 * Whatever the link or the saved settings asked for that can't be done is said in a notice.
 */
export function bootState(env: BootEnvironment): BootResult {
  const loaded = loadPreferences(env.storage);
  const link = readLink(env.search, env.hash ?? '');
  const language = link.language ?? loaded.preferences.language ?? preferredLanguage(env.browserLanguages);
  useAppStore.setState({ language, preferences: loaded.preferences, ...(link.mode ? { mode: link.mode } : {}) });
  const { openStep, pushNotice } = useAppStore.getState();
  if (link.step !== null) openStep(link.step);
  for (const problem of link.problems) {
    pushNotice(problem.key === 'emptyStep' ? { key: 'emptyStep' } : { key: problem.key, value: problem.value });
  }

  if (loaded.unreadable) {
    pushNotice({ key: 'corruptSettings' });
    setAsideDamagedPreferences(env.storage);
    savePreferences(env.storage, loaded.preferences); // So the notice shows once.
  } else if (loaded.resetFields.length > 0) {
    pushNotice({ key: 'settingsReset', fields: loaded.resetFields });
    // A newer version's settings are never written on load; our own are repaired at once.
    if (!loaded.fromNewerVersion) savePreferences(env.storage, loaded.preferences, loaded.kept);
  }
  return { language, kept: loaded.kept };
}

/** Saves preferences whenever they change, over the fields `kept` from what was saved. */
export function persistPreferences(storage: Storage | undefined, kept: KeptFields): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (state.preferences !== previous.preferences) savePreferences(storage, state.preferences satisfies Preferences, kept);
  });
}
