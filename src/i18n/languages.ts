/** The app's languages: Indonesian first, English second. */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * Picks the language a browser prefers among ours. Indonesian ('id', the legacy 'in', and Malay,
 * which Indonesian readers share) wins when it is preferred; English when English comes first;
 * anything else falls back to Indonesian, the app's first language.
 */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'id' || primary === 'in' || primary === 'ms') return 'id';
    if (primary === 'en') return 'en';
  }
  return 'id';
}
