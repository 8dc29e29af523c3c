import { useCallback, useEffect } from 'react';
import { SCHEDULE } from '../../motion/techniqueSchedule';
import { useBody } from '../../scene/body-api';
import { useLocalized } from '../../state/useLocalized';
import type { PressOrGlideQuestion } from './bank/questions';
import { useCheckStore } from './checkStore';
import { S } from './strings';

/** Lead-in before the marked moment, so the hands are seen arriving (seconds). */
const LEAD_IN_S = 0.6;

/** The moment asked about: that phase in the movement's second repetition (settled, not starting). */
export function momentOf(question: PressOrGlideQuestion) {
  const ofAction = SCHEDULE.segments.filter((s) => s.actionId === question.actionId && s.phase.kind === question.answer);
  const segment = ofAction.find((s) => s.repetition === 2) ?? ofAction[0];
  if (!segment) throw new RangeError(`check: "${question.actionId}" has no ${question.answer} phase`);
  return segment;
}

/**
 * The moment plays on the body with the lines hidden (the gauge and the phase words are not shown
 * in this mode); the learner says which it was. It plays once when the question opens and again
 * on demand.
 */
export function PressOrGlideAnswer({ question }: { readonly question: PressOrGlideQuestion }) {
  const local = useLocalized();
  const body = useBody();
  const given = useCheckStore((s) => s.feedback?.answer.given ?? null);
  const play = useCallback(() => {
    const moment = momentOf(question);
    body.playSpan(Math.max(0, moment.start - LEAD_IN_S), moment.end);
  }, [body, question]);
  useEffect(() => {
    // After the body has framed the step (the same render's effect in useBodyForQuestion).
    const timer = setTimeout(play, 50);
    return () => clearTimeout(timer);
  }, [play]);
  const choose = (kind: PressOrGlideQuestion['answer']) => useCheckStore.getState().answer({ correct: kind === question.answer, given: kind });
  return (
    <>
      <p className="check-help" role="status">{local(S.watchNow)}</p>
      <button type="button" className="check-quiet" onClick={play}>{local(S.playAgain)}</button>
      <div className="check-choices two">
        {(['pressure', 'glide'] as const).map((kind) => (
          <button key={kind} type="button" className={`check-choice check-${kind}`} aria-pressed={given === kind} disabled={given !== null} onClick={() => choose(kind)}>
            {local(kind === 'pressure' ? S.pressing : S.gliding)}
          </button>
        ))}
      </div>
    </>
  );
}
