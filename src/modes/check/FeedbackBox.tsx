import { useEffect, useRef } from 'react';
import { useBody } from '../../scene/body-api';
import { useLocalized } from '../../state/useLocalized';
import { HAND_PART_LABELS, type Text } from '../../technique';
import type { Question } from './bank/questions';
import { useCheckStore, type Feedback } from './checkStore';
import { STROKE_NEAR_MM } from './grading';
import { S, centimetres, fill } from './strings';

/** What the answer earned and why, at once; "show me" plays it on the body; then the next question. */
export function FeedbackBox({ question }: { readonly question: Question }) {
  const local = useLocalized();
  const body = useBody();
  const feedback = useCheckStore((s) => s.feedback);
  const last = useCheckStore((s) => s.index + 1 >= s.questions.length);
  const next = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (feedback) next.current?.focus();
  }, [feedback]);
  if (!feedback) return null;
  const verdict = feedback.answer.correct ? S.right : feedback.grade === 'close' ? S.close : S.wrong;
  const showMe = () => {
    body.setLayers({ paths: true, points: true, labels: true, hands: true });
    if ('actionId' in question) {
      body.showStep(question.stepId);
      body.highlight({ kind: 'action', actionId: question.actionId });
      body.playAction(question.actionId);
    } else if (question.stepId) {
      body.showStep(question.stepId);
      body.playStep(question.stepId);
    }
  };
  return (
    <div className={`check-feedback ${feedback.answer.correct ? 'is-right' : 'is-wrong'}`} role="status">
      <p className="check-verdict">
        <span aria-hidden="true">{feedback.answer.correct ? '✓ ' : '✗ '}</span>
        {local(verdict)}
      </p>
      {details(question, feedback).map((text, i) => (
        <p key={i}>{local(text)}</p>
      ))}
      {question.kind === 'order' && !feedback.answer.correct && (
        <>
          <p>{local(S.rightOrder)}</p>
          <ol>{question.items.map((item) => <li key={item.id}>{local(item.label)}</li>)}</ol>
        </>
      )}
      <div className="check-actions">
        {question.stepId && <button type="button" onClick={showMe}>{local(S.showMe)}</button>}
        <button type="button" className="check-primary" ref={next} onClick={() => useCheckStore.getState().next()}>
          {local(last ? S.finish : S.next)}
        </button>
      </div>
    </div>
  );
}

/** The sentences that explain the verdict. */
function details(question: Question, feedback: Feedback): Text[] {
  switch (question.kind) {
    case 'statement':
      return [question.explanation];
    case 'tapPoint': {
      const mm = feedback.answer.distanceMm ?? 0;
      return [fill(S.distance, { d: centimetres(mm) }), S.ringShows];
    }
    case 'drawStroke': {
      const stroke = feedback.stroke;
      if (!stroke || feedback.answer.correct) return [S.lineShows];
      const why = !stroke.rightWay ? S.wrongWay : stroke.offPathMm > STROKE_NEAR_MM ? S.offPath : S.tooLittle;
      return [why, S.lineShows];
    }
    case 'pressOrGlide':
      return [fill(S.trueAnswer, { answer: question.answer === 'pressure' ? S.pressing : S.gliding })];
    case 'handPart':
      return [fill(S.trueAnswer, { answer: HAND_PART_LABELS[question.answer] })];
    case 'order':
      return feedback.inPlace === undefined ? [] : [fill(S.inPlace, { n: feedback.inPlace, total: question.items.length })];
  }
}
