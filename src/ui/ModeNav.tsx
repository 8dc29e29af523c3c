import { useTranslation } from 'react-i18next';
import { MODE_IDS, type ModeId } from '../state/modeIds';
import { useAppStore } from '../state/store';

/**
 * The app's ways of use as tabs in the title bar: links (so a trainer can copy or open one in a
 * new tab), taken over by a click so the page, the body and its kept skin stay loaded.
 */
/** The speaker view is opened by the presenter mode in a window of its own, not chosen here. */
const IN_NAV = (id: ModeId) => id !== ('speaker' as ModeId);

export function ModeNav() {
  const { t } = useTranslation();
  const mode = useAppStore((s) => s.mode);
  const setMode = useAppStore((s) => s.setMode);
  return (
    <nav className="mode-nav" aria-label={t('modes.label')}>
      {MODE_IDS.filter(IN_NAV).map((id) => {
        const href = `?mode=${id}&lang=${useAppStore.getState().language}`;
        return (
          <a
            key={id}
            href={href}
            aria-current={id === mode ? 'page' : undefined}
            onClick={(event) => {
              if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
              event.preventDefault();
              setMode(id);
            }}
          >
            {t(`modes.${id}`)}
          </a>
        );
      })}
    </nav>
  );
}
