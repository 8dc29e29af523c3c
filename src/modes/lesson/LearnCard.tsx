import { useTranslation } from 'react-i18next';
import { segmentAt } from '../../motion/schedule';
import { SCHEDULE } from '../../motion/techniqueSchedule';
import { useAppStore } from '../../state/store';
import { useLessonStore } from './lessonStore';
import { STEP_IDS } from '../../technique/ids';
import { TECHNIQUE, stepById } from '../../technique';
import { useLocalized } from '../../state/useLocalized';

/**
 * Learn mode: the guided flow from the setting through the four steps. Each step's own text from
 * the data, the movement being shown, and one clear button to watch it or go on.
 */
export function LearnCard() {
  const { t } = useTranslation();
  const local = useLocalized();
  const learnMode = useLessonStore((s) => s.learnMode);
  const view = useAppStore((s) => s.selectedView);
  const time = useAppStore((s) => s.time);
  const playing = useAppStore((s) => s.playing);
  const openStep = useAppStore((s) => s.openStep);
  const play = useAppStore((s) => s.play);
  if (!learnMode) return null;

  if (view === 'setting') {
    return (
      <aside className="learn-card" aria-labelledby="learn-title">
        <h2 id="learn-title">{local(TECHNIQUE.setting.title)}</h2>
        <p>{local(TECHNIQUE.setting.summary)}</p>
        <button type="button" className="primary" onClick={() => { openStep('neck'); play(); }}>
          {t('learn.start')}
        </button>
      </aside>
    );
  }

  const step = stepById(TECHNIQUE, view);
  const stepTiming = SCHEDULE.steps.find((s) => s.stepId === view);
  const finished = !playing && stepTiming !== undefined && time >= stepTiming.end - 0.01;
  const next = STEP_IDS[STEP_IDS.indexOf(view) + 1];
  const segment = segmentAt(SCHEDULE, time);
  const action = step.actions.find((a) => a.id === segment.actionId);
  return (
    <aside className="learn-card" aria-labelledby="learn-title">
      <h2 id="learn-title">{t('steps.stepNumber', { number: step.number })}: {local(step.title)}</h2>
      {finished ? (
        <p><strong>{t('learn.done', { number: step.number })}</strong>{next ? '' : ` ${t('learn.allDone')}`}</p>
      ) : (
        <p>{action ? local(action.instruction) : local(step.summary)}</p>
      )}
      <div className="learn-actions">
        {!finished && !playing && (
          <button type="button" className="primary" onClick={play}>{t('learn.watch')}</button>
        )}
        {finished && next && (
          <button type="button" className="primary" onClick={() => { openStep(next); play(); }}>
            {t('learn.next', { number: step.number + 1 })}
          </button>
        )}
      </div>
    </aside>
  );
}
