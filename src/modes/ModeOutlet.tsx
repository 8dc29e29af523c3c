import { useTranslation } from 'react-i18next';
import { useLoaded } from '../state/loadable';
import { useAppStore } from '../state/store';
import { MODES } from './registry';

/** The open mode, loaded when it opens; the shell (title bar, notices) stays while it loads. */
export function ModeOutlet() {
  const { t } = useTranslation();
  const Mode = useLoaded(MODES[useAppStore((s) => s.mode)]);
  // eslint-disable-next-line react-hooks/static-components -- a module's export, loaded once: the same component on every render
  return Mode ? <Mode /> : <main className="app-main mode-loading"><p role="status">{t('viewport.loading')}</p></main>;
}
