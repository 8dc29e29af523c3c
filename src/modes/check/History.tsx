import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import { questionById } from './bank/generate';
import { KIND_NAMES, when } from './attemptWords';
import { useCheckStore } from './checkStore';
import { StepLink } from './StepLink';
import { S } from './strings';

/** Every attempt on the device, newest first; each opens to the questions it missed. */
export function History() {
  const local = useLocalized();
  const language = useAppStore((s) => s.language);
  const attempts = useCheckStore((s) => s.attempts);
  return (
    <section className="check-history" aria-labelledby="check-history-title">
      <h3 id="check-history-title">{local(S.history)}</h3>
      {attempts.length === 0 ? (
        <p>{local(S.noHistory)}</p>
      ) : (
        <ul>
          {attempts.map((attempt) => {
            const missed = attempt.answers.filter((a) => !a.correct);
            return (
              <li key={attempt.id}>
                <details>
                  <summary>
                    <span>{local(KIND_NAMES[attempt.testKind])}</span>
                    <span>{when(attempt.startedAt, language)}</span>
                    <strong>{attempt.score === null ? local(S.inProgress) : `${local(S.score)} ${attempt.score}`}</strong>
                  </summary>
                  {missed.length === 0 ? (
                    <p>{local(S.noneMissedAny)}</p>
                  ) : (
                    <ul className="check-missed">
                      {missed.map((answer) => {
                        const question = questionById(answer.questionId);
                        return (
                          <li key={answer.questionId}>
                            {question ? local(question.prompt) : answer.questionId} <StepLink stepId={answer.stepId} />
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </details>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
