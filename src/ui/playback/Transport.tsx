import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { PROCEDURE } from '../../state/procedure';
import { MAX_SPEED, MIN_SPEED } from '../../state/slices/playbackSlice';
import { useAppStore } from '../../state/store';
import { TECHNIQUE, stepById } from '../../technique';
import { useLocalized } from '../../state/useLocalized';
import { Icon } from './icons';
import { clockTime } from './phaseWords';

const SPEEDS = [0.25, 0.5, 0.75, 1, 1.5, 2].filter((s) => s >= MIN_SPEED && s <= MAX_SPEED);

/** Play/pause, previous/next movement and step, a scrub bar with step markers, speed, loop, follow. */
export function Transport({ onHelp }: { readonly onHelp: () => void }) {
  const { t } = useTranslation();
  const local = useLocalized();
  // Actions are stable; only the values shown here re-render the bar.
  const s = useAppStore(
    useShallow((state) => ({
      time: state.time,
      playing: state.playing,
      speed: state.speed,
      loopAction: state.loopAction,
      followHands: state.followHands,
      toggle: state.toggle,
      seek: state.seek,
      previousStep: state.previousStep,
      nextStep: state.nextStep,
      previousAction: state.previousAction,
      nextAction: state.nextAction,
      setSpeed: state.setSpeed,
      setLoopAction: state.setLoopAction,
      setFollowHands: state.setFollowHands,
    })),
  );
  const total = PROCEDURE.duration;
  return (
    <section className="transport" aria-label={t('playback.title')}>
      <div className="transport-buttons">
        <button type="button" onClick={s.previousStep} aria-label={t('playback.previousStep')} title={t('playback.previousStep')}><Icon name="previousStep" /></button>
        <button type="button" onClick={s.previousAction} aria-label={t('playback.previousAction')} title={t('playback.previousAction')}><Icon name="previousAction" /></button>
        <button type="button" className="play-button" onClick={s.toggle} aria-label={s.playing ? t('playback.pause') : t('playback.play')}>
          <Icon name={s.playing ? 'pause' : 'play'} /> <span>{s.playing ? t('playback.pause') : t('playback.play')}</span>
        </button>
        <button type="button" onClick={s.nextAction} aria-label={t('playback.nextAction')} title={t('playback.nextAction')}><Icon name="nextAction" /></button>
        <button type="button" onClick={s.nextStep} aria-label={t('playback.nextStep')} title={t('playback.nextStep')}><Icon name="nextStep" /></button>
        <button type="button" onClick={onHelp} aria-label={t('playback.help')} title={t('playback.help')}>?</button>
      </div>
      <div className="scrub">
        <input
          type="range"
          min={0}
          max={total}
          step={0.1}
          value={s.time}
          aria-label={t('playback.scrub')}
          aria-valuetext={t('playback.time', { current: clockTime(s.time), total: clockTime(total) })}
          onChange={(e) => s.seek(Number(e.target.value))}
        />
        <div className="scrub-markers" aria-hidden="true">
          {PROCEDURE.steps.map((step) => (
            <span key={step.stepId} className="scrub-marker" style={{ left: `${(step.start / total) * 100}%` }}>
              {stepById(TECHNIQUE, step.stepId).number}. {local(stepById(TECHNIQUE, step.stepId).title)}
            </span>
          ))}
        </div>
        <span className="scrub-time">
          {t('playback.time', { current: clockTime(s.time), total: clockTime(total) })}
          <span className="demo-note"> · {t('playback.demoNote')}</span>
        </span>
      </div>
      <div className="transport-options">
        <label>
          {t('playback.speed')}{' '}
          <select aria-label={t('playback.speed')} value={s.speed} onChange={(e) => s.setSpeed(Number(e.target.value))}>
            {SPEEDS.map((v) => (
              <option key={v} value={v}>{v}×</option>
            ))}
          </select>
        </label>
        <label className="toggle">
          <input type="checkbox" checked={s.loopAction} onChange={(e) => s.setLoopAction(e.target.checked)} />
          <span>{t('playback.loop')}</span>
        </label>
        <button type="button" aria-pressed={s.followHands} onClick={() => s.setFollowHands(!s.followHands)}>
          {s.followHands ? t('playback.followOn') : t('playback.follow')}
        </button>
      </div>
    </section>
  );
}
