import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id } from './id';
import type { Language } from './languages';

/**
 * i18next with react-i18next: the standard React i18n pair, so translators and tooling know it,
 * interpolation and plurals are handled, and components re-render on a language switch.
 */
export function initI18n(language: Language): typeof i18next {
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'id',
    resources: { id: { translation: id }, en: { translation: en } },
    interpolation: { escapeValue: false }, // React escapes already.
    initAsync: false,
    returnNull: false,
  });
  return i18next;
}

export type { Language } from './languages';
