import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { TECHNIQUE } from '../../technique';

/**
 * How to read the drawing. The overview shows where each step is done (numbered shaded regions)
 * and the pressure points as dots; a step shows its lines, where pressure and no pressure differ
 * in thickness, dashes and colour, not colour alone. Each thing the picture uses has a shape or a
 * number of its own; the colour only repeats it.
 */
export function Legend() {
  const { t } = useTranslation();
  const overview = useAppStore((s) => s.selectedView === 'setting');
  return (
    <section className="panel-section legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t(overview ? 'legend.overviewTitle' : 'legend.title')}</h2>
      {overview ? (
        <ul>
          <li>
            <span className="legend-swatch legend-regions" aria-hidden="true">
              {TECHNIQUE.steps.map((step) => (
                <span key={step.id} className={`legend-region region-${step.id}`}>{step.number}</span>
              ))}
            </span>
            {t('legend.regions')}
          </li>
          <li><span className="legend-swatch legend-dot" aria-hidden="true" />{t('legend.dot')}</li>
          <li><span className="legend-swatch legend-lines" aria-hidden="true" />{t('legend.linesInStep')}</li>
        </ul>
      ) : (
        <ul>
          <li><span className="legend-swatch legend-pressure" aria-hidden="true" />{t('legend.pressure')}</li>
          <li><span className="legend-swatch legend-glide" aria-hidden="true" />{t('legend.glide')}</li>
          <li><span className="legend-swatch legend-point" aria-hidden="true">3</span>{t('legend.point')}</li>
          <li><span className="legend-swatch legend-arrow" aria-hidden="true">➜</span>{t('legend.arrow')}</li>
        </ul>
      )}
    </section>
  );
}
