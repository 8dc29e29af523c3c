import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n/languages';
import { useAppStore } from '../state/store';

/** Two pressed/unpressed buttons: each names its language in that language. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.language);
  const chooseLanguage = useAppStore((s) => s.chooseLanguage);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-label={t(`language.${code}`)}
          aria-pressed={language === code}
          onClick={() => chooseLanguage(code)}
        >
          {/* A phone shows the code (ID, EN) to keep the title bar to two rows; the name stays the button's (its label). */}
          <span className="language-name">{t(`language.${code}`)}</span>
          <span className="language-code" aria-hidden="true">{code.toUpperCase()}</span>
        </button>
      ))}
    </div>
  );
}
