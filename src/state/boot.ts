import { isLanguage, preferredLanguage, type Language } from '../i18n/languages';
import { isViewId } from '../technique/ids';
import { loadPreferences, savePreferences } from './preferences';
import { useAppStore } from './store';

export interface BootEnvironment {
  readonly search: string;
  readonly storage: Storage | undefined;
  readonly browserLanguages: readonly string[];
}

/**
 * Puts saved preferences, the link's parameters and the browser's languages into the store, in
 * that order of trust: a shared link wins over the saved choice, which wins over the browser.
 * A link naming an unknown step says so and shows the overview instead.
 */
export function bootState(env: BootEnvironment): Language {
  const { preferences, wasCorrupt } = loadPreferences(env.storage);
  const fromLink = new URLSearchParams(env.search).get('lang');
  const language = isLanguage(fromLink) ? fromLink : (preferences.language ?? preferredLanguage(env.browserLanguages));
  useAppStore.setState({ language, preferences });
  const step = new URLSearchParams(env.search).get('step');
  if (step !== null && isViewId(step)) useAppStore.getState().openStep(step);
  else if (step !== null) useAppStore.getState().pushNotice({ key: 'unknownStep', step: step.slice(0, 40) });
  if (wasCorrupt) {
    useAppStore.getState().pushNotice({ key: 'corruptSettings' });
    savePreferences(env.storage, preferences); // Replace the damaged value so the notice shows once.
  }
  return language;
}

/** Saves preferences whenever they change. */
export function persistPreferences(storage: Storage | undefined): () => void {
  return useAppStore.subscribe((state, previous) => {
    if (state.preferences !== previous.preferences) savePreferences(storage, state.preferences);
  });
}
