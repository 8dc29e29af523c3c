import { useEffect, useRef } from 'react';
import { useLocalized } from '../../state/useLocalized';
import type { Question } from './bank/questions';
import { useCheckStore } from './checkStore';
import { useCurrentQuestion } from './currentQuestion';
import { FeedbackBox } from './FeedbackBox';
import { BodyCursorPad } from './BodyCursorPad';
import { HandPartAnswer } from './HandPartAnswer';
import { OrderAnswer } from './OrderAnswer';
import { PressOrGlideAnswer } from './PressOrGlideAnswer';
import { StatementAnswer } from './StatementAnswer';
import { S, fill } from './strings';

/** One question: its number, kind and words, the way to answer it, then the feedback. */
export function QuestionPanel() {
  const local = useLocalized();
  const question = useCurrentQuestion();
  const index = useCheckStore((s) => s.index);
  const total = useCheckStore((s) => s.questions.length);
  const answered = useCheckStore((s) => s.feedback !== null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Each new question takes the focus, so a screen reader reads it and Tab starts from it.
  useEffect(() => heading.current?.focus(), [question]);
  if (!question) return null;
  return (
    <section className="check-question" aria-labelledby="check-question-text" data-question={question.id}>
      <p className="check-progress">
        {local(fill(S.question, { n: index + 1, total }))} · {local(S.kinds[question.kind])}
      </p>
      <progress max={total} value={index + (answered ? 1 : 0)} aria-hidden="true" />
      <h2 id="check-question-text" ref={heading} tabIndex={-1}>{local(question.prompt)}</h2>
      <AnswerFor question={question} />
      <FeedbackBox question={question} />
      <button type="button" className="check-quiet" onClick={() => useCheckStore.getState().home()}>{local(S.stop)}</button>
    </section>
  );
}

function AnswerFor({ question }: { readonly question: Question }) {
  const local = useLocalized();
  switch (question.kind) {
    case 'statement':
      return <StatementAnswer question={question} />;
    case 'tapPoint':
      return (
        <>
          <p className="check-help">{local(S.tapHelp)}</p>
          <BodyCursorPad question={question} />
        </>
      );
    case 'drawStroke':
      return (
        <>
          <p className="check-help">{local(S.drawHelp)}</p>
          <BodyCursorPad question={question} />
        </>
      );
    case 'pressOrGlide':
      return <PressOrGlideAnswer question={question} />;
    case 'handPart':
      return <HandPartAnswer question={question} />;
    case 'order':
      return <OrderAnswer question={question} />;
  }
}
