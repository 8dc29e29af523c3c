import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import type { AttemptRecord } from '../../records';
import { questionById } from './bank/generate';
import { when } from './attemptWords';
import { useCheckStore } from './checkStore';
import { StepLink } from './StepLink';
import { S, fill } from './strings';

const latestFinished = (attempts: readonly AttemptRecord[], kind: AttemptRecord['testKind']) =>
  attempts.find((a) => a.testKind === kind && a.finishedAt !== null && a.score !== null);

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The latest pre-test beside the latest post-test: scores, the change, each statement missed with its step. */
export function PrePostCompare() {
  const local = useLocalized();
  const attempts = useCheckStore((s) => s.attempts);
  const pre = latestFinished(attempts, 'pre');
  const post = latestFinished(attempts, 'post');
  if (!pre && !post) return null;
  const gain = pre && post ? post.score! - pre.score! : null;
  return (
    <section className="check-compare" aria-labelledby="check-compare-title">
      <h3 id="check-compare-title">{local(S.compare)}</h3>
      <div className="compare-columns">
        <ScoreCard title={local(S.pre)} attempt={pre} />
        <ScoreCard title={local(S.post)} attempt={post} />
      </div>
      {gain !== null && <p className="compare-gain">{local(fill(S.gain, { gain: { id: signed(gain), en: signed(gain) } }))}</p>}
      {pre && <MissedList title={`${local(S.missed)} (${local(S.pre)})`} attempt={pre} />}
      {post && <MissedList title={`${local(S.missed)} (${local(S.post)})`} attempt={post} />}
    </section>
  );
}

function ScoreCard({ title, attempt }: { readonly title: string; readonly attempt: AttemptRecord | undefined }) {
  const local = useLocalized();
  const language = useAppStore((s) => s.language);
  return (
    <div className="compare-column">
      <h4>{title}</h4>
      {attempt ? (
        <>
          <p className="compare-score">
            <span className="sr-only">{local(S.score)} </span>
            {attempt.score}
            <span className="compare-of">/100</span>
          </p>
          <p className="compare-date">{when(attempt.startedAt, language)}</p>
        </>
      ) : (
        <p className="compare-score compare-none">—</p>
      )}
    </div>
  );
}

function MissedList({ title, attempt }: { readonly title: string; readonly attempt: AttemptRecord }) {
  const local = useLocalized();
  const missed = attempt.answers.filter((a) => !a.correct);
  return (
    <>
      <h4 className="compare-missed-title">{title}</h4>
      {missed.length === 0 ? (
        <p>{local(S.noneMissed)}</p>
      ) : (
        <ul className="check-missed">
          {missed.map((answer) => (
            <li key={answer.questionId}>
              {local(questionById(answer.questionId)?.prompt ?? { id: answer.questionId, en: answer.questionId })} <StepLink stepId={answer.stepId} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
