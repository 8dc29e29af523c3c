import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../i18n/languages';
import type { Notice } from '../state/slices/statusSlice';
import { useAppStore } from '../state/store';

/** Notices about the language itself are said in every language: the reader may not read the one shown. */
const IN_EVERY_LANGUAGE: ReadonlySet<Notice['key']> = new Set(['unknownLanguage']);

/** Messages about bad input (a broken link, damaged saved settings), read out politely. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const shown = useAppStore((s) => s.language);
  const dismiss = useAppStore((s) => s.dismissNotice);

  const message = (notice: Notice, lng: Language): string => {
    switch (notice.key) {
      case 'settingsReset':
        return t('problems.settingsReset', {
          lng,
          fields: notice.fields.map((field) => t(`settingsFields.${field}`, { lng })).join(', '),
        });
      case 'unknownLanguage':
        return t('problems.unknownLanguage', { lng, value: notice.value, language: t(`languageInSentence.${shown}`, { lng }) });
      case 'unknownStep':
      case 'unknownMode':
      case 'unknownPrint':
        return t(`problems.${notice.key}`, { lng, value: notice.value });
      default:
        return t(`problems.${notice.key}`, { lng });
    }
  };

  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <div key={notice.id} className="notice">
          <div className="notice-text">
            {IN_EVERY_LANGUAGE.has(notice.key) ? (
              [shown, ...LANGUAGES.filter((l) => l !== shown)].map((lng) => (
                <p key={lng} lang={lng}>{message(notice, lng)}</p>
              ))
            ) : (
              <p>{message(notice, shown)}</p>
            )}
          </div>
          <button type="button" onClick={() => dismiss(notice.id)} aria-label={t('problems.dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
