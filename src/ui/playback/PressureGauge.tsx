import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { afterEachFrame } from '../../state/frameValues';

/**
 * A vertical gauge of the working hand's relative pressure. It pulls the frame's pressure after
 * each drawn frame (`afterEachFrame`) and writes the DOM itself, only when the shown percent
 * changes: it moves smoothly at no render cost. Pressure shows as height, a number and a text,
 * not by colour alone.
 */
export function PressureGauge() {
  const { t } = useTranslation();
  const meter = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = meter.current;
    if (!element) return;
    const value = element.querySelector('.gauge-value');
    let shown = -1;
    return afterEachFrame(({ pressure }) => {
      const percent = Math.round(Math.min(1, Math.max(0, pressure)) * 100);
      if (percent === shown) return;
      shown = percent;
      element.style.setProperty('--pressure', String(percent / 100));
      element.setAttribute('aria-valuenow', String(percent));
      element.setAttribute('aria-valuetext', t('playback.pressureValue', { percent }));
      if (value) value.textContent = `${percent}%`;
    });
  }, [t]);
  return (
    <div
      ref={meter}
      className="pressure-gauge"
      role="meter"
      aria-label={t('playback.pressure')}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={0}
      title={t('playback.guidance')}
    >
      <div className="gauge-track">
        <div className="gauge-fill" />
      </div>
      <span className="gauge-value">0%</span>
    </div>
  );
}
