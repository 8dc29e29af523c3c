import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
import { MODES } from './registry';

/** The open mode, loaded when it opens; the shell (title bar, notices) stays while it loads. */
export function ModeOutlet() {
  const { t } = useTranslation();
  const Mode = MODES[useAppStore((s) => s.mode)];
  return (
    <Suspense fallback={<main className="app-main mode-loading"><p role="status">{t('viewport.loading')}</p></main>}>
      <Mode />
    </Suspense>
  );
}
