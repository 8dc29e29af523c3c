import { useTranslation } from 'react-i18next';

/** How to read the drawing: pressure and glide differ in thickness, dashes and colour, not colour alone. */
export function Legend() {
  const { t } = useTranslation();
  return (
    <section className="panel-section legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      <ul>
        <li><span className="legend-swatch legend-pressure" aria-hidden="true" />{t('legend.pressure')}</li>
        <li><span className="legend-swatch legend-glide" aria-hidden="true" />{t('legend.glide')}</li>
        <li><span className="legend-swatch legend-point" aria-hidden="true">3</span>{t('legend.point')}</li>
        <li><span className="legend-swatch legend-arrow" aria-hidden="true">➜</span>{t('legend.arrow')}</li>
      </ul>
    </section>
  );
}
