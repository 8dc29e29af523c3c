import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { registerGauge } from './gaugeBridge';

/**
 * A vertical gauge of the working hand's relative pressure. Its level is written straight to the
 * DOM by the frame loop (`gaugeBridge`), not through React, so it moves smoothly at no render cost.
 * Pressure shows as height, a number and a text, not by colour alone.
 */
export function PressureGauge() {
  const { t } = useTranslation();
  const meter = useRef<HTMLDivElement>(null);
  useEffect(() => registerGauge(meter.current, (percent) => t('playback.pressureValue', { percent })), [t]);
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
