import { useEffect, useId, useRef, useState } from 'react';
import { MAX_DIARY_NOTE } from '../../records';
import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import { STEP_IDS, TECHNIQUE } from '../../technique';
import { useCoachStore } from './coachStore';
import { Diary } from './Diary';
import { S, fill } from './strings';

/** After a session: how long, which steps; a note for the diary; the diary itself. */
export function DoneScreen() {
  const local = useLocalized();
  const language = useAppStore((s) => s.language);
  const ended = useCoachStore((s) => s.ended);
  const noteSaved = useCoachStore((s) => s.noteSaved);
  const [note, setNote] = useState('');
  const ids = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (!ended) return null;
  const { entry, finished, kept } = ended;
  const minutes = (seconds: number) => (Math.round(seconds / 6) / 10).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB');
  const steps = STEP_IDS.filter((id) => entry.stepsCompleted.includes(id)).map((id) => local(TECHNIQUE.steps.find((s) => s.id === id)!.title));

  return (
    <div className="coach-home coach-done">
      <h2 ref={heading} tabIndex={-1}>
        {local(finished ? S.doneTitle : S.stoppedTitle)}
      </h2>
      <p data-testid="done-summary">
        {fill(local(S.doneSummary), {
          actual: minutes(entry.actualSeconds),
          planned: minutes(entry.plannedSeconds),
          steps: steps.length > 0 ? steps.join(', ') : local(S.noSteps),
        })}
      </p>
      {/* Said once it is so: a page closed at "saved" loses nothing. */}
      {!kept ? (
        <p className="coach-help">{local(S.tooShort)}</p>
      ) : ended.written === null ? (
        <p className="coach-help">{local(S.savingInDiary)}</p>
      ) : ended.written ? (
        <p className="coach-ok">{local(S.savedInDiary)}</p>
      ) : null}
      {kept && (
        <form
          className="coach-note"
          onSubmit={(event) => {
            event.preventDefault();
            useCoachStore.getState().saveNote(note);
          }}
        >
          <label htmlFor={`${ids}-note`}>{local(S.note)}</label>
          <textarea
            id={`${ids}-note`}
            rows={3}
            maxLength={MAX_DIARY_NOTE}
            value={note}
            placeholder={local(S.notePlaceholder)}
            onChange={(event) => setNote(event.target.value)}
          />
          <button type="submit">{local(S.saveNote)}</button>
          {noteSaved && (
            <span role="status" className="coach-ok">
              {local(S.noteSaved)}
            </span>
          )}
        </form>
      )}
      <button type="button" className="coach-start" onClick={() => useCoachStore.getState().home()}>
        {local(S.back)}
      </button>
      <Diary />
    </div>
  );
}
