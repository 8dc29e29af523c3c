import type { StateCreator } from 'zustand';
import type { Language } from '../../i18n/languages';
import { DEFAULT_PREFERENCES, type Preferences, type SkinMode } from '../preferences';
import type { AppState } from '../store';

export interface PreferencesSlice {
  /** The language shown now (from the link, the saved choice or the browser). */
  language: Language;
  /** What is saved on this device; `language` is only set once the user picks one. */
  preferences: Preferences;
  chooseLanguage: (language: Language) => void;
  setSkinMode: (mode: SkinMode) => void;
  setShowBones: (show: boolean) => void;
  setShowBoneLabels: (show: boolean) => void;
}

export const createPreferencesSlice: StateCreator<AppState, [], [], PreferencesSlice> = (set) => ({
  language: 'id',
  preferences: DEFAULT_PREFERENCES,
  chooseLanguage: (language) => set((s) => ({ language, preferences: { ...s.preferences, language } })),
  setSkinMode: (skinMode) => set((s) => ({ preferences: { ...s.preferences, skinMode } })),
  setShowBones: (showBones) => set((s) => ({ preferences: { ...s.preferences, showBones } })),
  setShowBoneLabels: (showBoneLabels) =>
    // Names without bones would float over nothing, so asking for names shows the bones too.
    set((s) => ({ preferences: { ...s.preferences, showBoneLabels, showBones: showBoneLabels || s.preferences.showBones } })),
});
