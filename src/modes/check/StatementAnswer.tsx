import { useLocalized } from '../../state/useLocalized';
import type { StatementQuestion } from './bank/questions';
import { useCheckStore } from './checkStore';
import { S } from './strings';

/** True or false, as two large buttons; the chosen one stays marked after the answer. */
export function StatementAnswer({ question }: { readonly question: StatementQuestion }) {
  const local = useLocalized();
  const given = useCheckStore((s) => s.feedback?.answer.given ?? null);
  const choose = (value: boolean) => useCheckStore.getState().answer({ correct: value === question.answer, given: String(value) });
  return (
    <div className="check-choices two">
      {([true, false] as const).map((value) => (
        <button
          key={String(value)}
          type="button"
          className="check-choice"
          aria-pressed={given === String(value)}
          disabled={given !== null}
          onClick={() => choose(value)}
        >
          {local(value ? S.statementTrue : S.statementFalse)}
        </button>
      ))}
    </div>
  );
}
