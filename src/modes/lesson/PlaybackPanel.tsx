import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLessonStore } from './lessonStore';
import { HelpDialog } from './HelpDialog';
import { PhaseBanner } from '../../ui/playback/PhaseBanner';
import { PressureGauge } from '../../ui/playback/PressureGauge';
import { Transport } from '../../ui/playback/Transport';
import { useShortcuts } from './useShortcuts';

/** Under the 3D view: what is happening now, the pressure gauge and the transport controls. */
export function PlaybackPanel() {
  const { t } = useTranslation();
  const help = useRef<HTMLDialogElement>(null);
  const openHelp = useCallback(() => help.current?.showModal(), []);
  const learnMode = useLessonStore((s) => s.learnMode);
  const setLearnMode = useLessonStore((s) => s.setLearnMode);
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
