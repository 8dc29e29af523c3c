import type { Text } from '../technique/types';
import { useAppStore } from './store';

/** Picks the current language from a bilingual data text. */
export function useLocalized(): (text: Text) => string {
  const language = useAppStore((s) => s.language);
  return (text) => text[language];
}
