import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';
import { AboutDialog } from './AboutDialog';
import { ModeNav } from './ModeNav';

export function Header() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
      <ModeNav />
      <div className="header-actions">
        <AboutDialog />
        <LanguageSwitch />
      </div>
    </header>
  );
}
