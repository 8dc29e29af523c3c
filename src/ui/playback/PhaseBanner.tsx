import { useTranslation } from 'react-i18next';
import { useCurrentSegment } from '../../state/procedure';
import { TECHNIQUE, stepById } from '../../technique';
import { useLocalized } from '../../state/useLocalized';
import { PHASE_WORD_KEYS, PRESSING } from './phaseWords';

const SIDE_KEYS = { L: 'playback.sideLeft', R: 'playback.sideRight', both: 'playback.sideBoth' } as const;

/**
 * What is happening now, in words: the big phase word ("Tekan" / "Press") and a live region that
 * screen readers announce with the step, the movement and the repetition. It re-renders only when
 * the published time moves (a few times a second), and its text changes only with the segment.
 */
export function PhaseBanner() {
  const { t } = useTranslation();
  const local = useLocalized();
  const segment = useCurrentSegment();
  const step = stepById(TECHNIQUE, segment.stepId);
  const action = step.actions.find((a) => a.id === segment.actionId);
  const actionName = action ? local(action.kind === 'stroke' ? action.title : action.label) : '';
  const pressing = PRESSING.has(segment.phase.kind);
  const word = t(PHASE_WORD_KEYS[segment.phase.kind]);
  const side = segment.side && segment.side !== 'both' && action?.kind === 'stroke' && action.mirror === 'alternate' ? `, ${t(SIDE_KEYS[segment.side])}` : '';
  const repetition = segment.repetition > 0 && segment.repetitions > 1 ? t('playback.repetition', { count: segment.repetition, total: segment.repetitions }) : '';
  const announcement = [
    `${t('steps.stepNumber', { number: step.number })}: ${local(step.title)}`,
    `${actionName}${side}`,
    repetition,
    `${word}: ${local(segment.phase.text)}`,
  ]
    .filter(Boolean)
    .join('. ');
  return (
    <div className={`phase-banner ${pressing ? 'is-pressing' : 'is-light'}`} data-phase={segment.phase.kind}>
      <p className="phase-word" aria-hidden="true">
        <span className="phase-icon" />
        {word}
      </p>
      <p className="phase-detail" aria-hidden="true">
        {actionName}
        {side}
        {repetition && ` · ${repetition}`}
      </p>
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="phase-live">
        {announcement}
      </p>
    </div>
  );
}
