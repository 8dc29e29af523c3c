import { useEffect, useRef } from 'react';
import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import { BackupControls } from './BackupControls';
import { KIND_NAMES } from './attemptWords';
import { useCheckStore } from './checkStore';
import { PrePostCompare } from './PrePostCompare';
import { RecordsMessages } from './RecordsMessages';
import { ResultQr } from './ResultQr';
import { S, fill } from './strings';

/** The score at once, what to do next, and the pre-test beside the post-test. */
export function ResultScreen() {
  const local = useLocalized();
  const attempt = useCheckStore((s) => s.attempt);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!attempt) return null;
  const right = attempt.answers.filter((a) => a.correct).length;
  const study = () => {
    const store = useAppStore.getState();
    store.setMode('lesson');
    store.selectView('setting');
  };
  return (
    <section className="check-result" aria-labelledby="check-result-title">
      <h2 id="check-result-title" ref={heading} tabIndex={-1}>
        {local(S.resultTitle)}: {local(KIND_NAMES[attempt.testKind])}
      </h2>
      <p className="result-score">{local(fill(S.resultScore, { score: attempt.score ?? 0 }))}</p>
      <p>{local(fill(S.resultRight, { right, total: attempt.questionIds.length }))}</p>
      <RecordsMessages />
      {attempt.testKind === 'pre' && <p>{local(S.afterPre)}</p>}
      <div className="check-actions">
        {attempt.testKind === 'pre' && (
          <button type="button" className="check-primary" onClick={study}>{local(S.study)}</button>
        )}
        <button type="button" onClick={() => useCheckStore.getState().home()}>{local(S.home)}</button>
      </div>
      {attempt.testKind !== 'practice' && attempt.finishedAt !== null && <ResultQr attempt={attempt} />}
      {attempt.testKind !== 'practice' && <PrePostCompare />}
      <BackupControls />
    </section>
  );
}
