import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { HelpDialog } from './HelpDialog';
import { PhaseBanner } from './PhaseBanner';
import { PressureGauge } from './PressureGauge';
import { Transport } from './Transport';
import { useShortcuts } from './useShortcuts';

/** Under the 3D view: what is happening now, the pressure gauge and the transport controls. */
export function PlaybackPanel() {
  const { t } = useTranslation();
  const help = useRef<HTMLDialogElement>(null);
  const openHelp = useCallback(() => help.current?.showModal(), []);
  const learnMode = useAppStore((s) => s.learnMode);
  const setLearnMode = useAppStore((s) => s.setLearnMode);
  useShortcuts(openHelp);
  return (
    <div className="playback">
      <div className="playback-now">
        <PressureGauge />
        <PhaseBanner />
        <button type="button" className="learn-toggle" aria-pressed={learnMode} onClick={() => setLearnMode(!learnMode)}>
          {t('learn.mode')}
        </button>
      </div>
      <Transport onHelp={openHelp} />
      <HelpDialog ref={help} />
    </div>
  );
}
