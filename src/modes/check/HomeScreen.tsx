import { useLocalized } from '../../state/useLocalized';
import type { TestKind } from '../../records';
import type { Text } from '../../technique';
import { BackupControls } from './BackupControls';
import { useCheckStore } from './checkStore';
import { History } from './History';
import { PrePostCompare } from './PrePostCompare';
import { RecordsMessages } from './RecordsMessages';
import { S, fill } from './strings';

const STARTS: readonly { kind: TestKind; title: Text; help: Text }[] = [
  { kind: 'pre', title: S.pre, help: S.preHelp },
  { kind: 'post', title: S.post, help: S.postHelp },
  { kind: 'practice', title: S.practice, help: S.practiceHelp },
];

/** The start: pre-test, post-test and practice, an unfinished attempt to continue, the history. */
export function HomeScreen() {
  const local = useLocalized();
  const attempts = useCheckStore((s) => s.attempts);
  const unfinished = attempts.find((a) => a.finishedAt === null && a.answers.length > 0);
  return (
    <section className="check-home" aria-labelledby="check-title">
      <h2 id="check-title">{local(S.title)}</h2>
      <p>{local(S.intro)}</p>
      <RecordsMessages />
      {unfinished && (
        <button type="button" className="check-resume" onClick={() => useCheckStore.getState().resume(unfinished)}>
          <strong>{local(S.resume)}: {local(S[unfinished.testKind])}</strong>
          <span>{local(fill(S.answeredOf, { n: unfinished.answers.length, total: unfinished.questionIds.length }))}</span>
        </button>
      )}
      <ul className="check-starts">
        {STARTS.map(({ kind, title, help }) => (
          <li key={kind}>
            <button type="button" className="check-start" onClick={() => useCheckStore.getState().start(kind)}>
              <strong>{local(title)}</strong>
              <span>{local(help)}</span>
            </button>
          </li>
        ))}
      </ul>
      <PrePostCompare />
      <History />
      <BackupControls />
    </section>
  );
}
