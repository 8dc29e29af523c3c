import { useLocalized } from '../../state/useLocalized';
import { useCheckStore } from './checkStore';
import { S, fill } from './strings';

/** What is wrong with the records, if anything, in words, with what is kept and what to do. */
export function RecordsMessages() {
  const local = useLocalized();
  const trouble = useCheckStore((s) => s.trouble);
  const problems = useCheckStore((s) => s.problems.length);
  if (!trouble && problems === 0) return null;
  return (
    <div className="check-notice" role="alert">
      {trouble && <p>{local(S.trouble[trouble])}</p>}
      {problems > 0 && <p>{local(fill(S.problems, { n: problems }))}</p>}
    </div>
  );
}
