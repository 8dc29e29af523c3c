import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/store';
import { VIEW_BUTTONS } from '../state/viewPresetIds';

/** One button per preset view, and a reset that returns to the whole back. */
export function ViewButtons() {
  const { t } = useTranslation();
  const view = useAppStore((s) => s.view);
  const requestView = useAppStore((s) => s.requestView);
  return (
    <section className="panel-section" aria-labelledby="views-title">
      <h2 id="views-title">{t('views.title')}</h2>
      <div className="button-grid">
        {VIEW_BUTTONS.map((id) => (
          <button key={id} type="button" aria-pressed={view === id} onClick={() => requestView(id)}>
            {t(`views.${id}`)}
          </button>
        ))}
      </div>
      <button type="button" className="secondary" onClick={() => requestView('back')}>
        {t('views.reset')}
      </button>
    </section>
  );
}
