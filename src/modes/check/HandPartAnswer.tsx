import { HandPartPicture } from '../../ui/HandPartPicture';
import type { HandPartQuestion } from './bank/questions';
import { useCheckStore } from './checkStore';

/** Four pictures of the posed hands, each with its part's name; one is the working part. */
export function HandPartAnswer({ question }: { readonly question: HandPartQuestion }) {
  const given = useCheckStore((s) => s.feedback?.answer.given ?? null);
  return (
    <div className="check-choices pictures" role="group" aria-labelledby="check-question-text">
      {question.options.map((part) => (
        <button
          key={part}
          type="button"
          className="check-choice picture"
          aria-pressed={given === part}
          disabled={given !== null}
          onClick={() => useCheckStore.getState().answer({ correct: part === question.answer, given: part })}
        >
          <HandPartPicture part={part} size={96} />
        </button>
      ))}
    </div>
  );
}
