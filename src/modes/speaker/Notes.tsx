import { useCurrentSegment } from '../../state/procedure';
import { useLocalized } from '../../state/useLocalized';
import { BODY_PARTS, PLAN, PLAN_PART_IDS } from '../../state/workshop/plan';
import { useWorkshopStore } from '../../state/workshop/workshopStore';
import { TECHNIQUE, stepById } from '../../technique';
import { TEACHING_NOTES } from '../../technique/teachingNotes';
import { S, fill } from './strings';

const actionName = (actionId: string, local: (t: { id: string; en: string }) => string) => {
  for (const step of TECHNIQUE.steps) {
    const action = step.actions.find((a) => a.id === actionId);
    if (action) return local(action.kind === 'stroke' ? action.title : action.label);
  }
  return actionId;
};

/** What to say now and what trainees get wrong (the movement's notes), or the plan part's note. */
export function Notes() {
  const local = useLocalized();
  const segment = useCurrentSegment();
  const partIndex = useWorkshopStore((s) => s.partIndex);
  const part = PLAN[partIndex]!;
  const bodyPart = BODY_PARTS.has(PLAN_PART_IDS[partIndex]!);
  const note = TEACHING_NOTES[segment.actionId];
  const step = stepById(TECHNIQUE, segment.stepId);
  return (
    <section className="speaker-notes" aria-labelledby="speaker-now">
      <h2 id="speaker-now">
        {local(S.now)}: {local(part.title)}
      </h2>
      <p className="speaker-part-note">{local(part.note)}</p>
      {bodyPart && note && (
        <div data-action={segment.actionId}>
          <h3>
            {step.number}. {local(step.title)} · {actionName(segment.actionId, local)}
          </h3>
          <h4>{local(S.say)}</h4>
          <p className="speaker-say">{local(note.say)}</p>
          <h4>{local(S.mistakes)}</h4>
          <ul className="speaker-mistakes">
            {note.mistakes.map((m) => (
              <li key={m.en}>{local(m)}</li>
            ))}
          </ul>
          <p className="speaker-guidance">{local(S.notesGuidance)}</p>
        </div>
      )}
      {!bodyPart && <p className="speaker-wall">{local(fill(S.wall, { text: local(part.wall) }))}</p>}
    </section>
  );
}

/** What comes next: the next movement in a body part (until the last), else the plan's next part. */
export function ComingNext() {
  const local = useLocalized();
  const segment = useCurrentSegment();
  const partIndex = useWorkshopStore((s) => s.partIndex);
  const bodyPart = BODY_PARTS.has(PLAN_PART_IDS[partIndex]!);
  const all = TECHNIQUE.steps.flatMap((step) => step.actions.map((a) => ({ step, action: a })));
  const here = all.findIndex((entry) => entry.action.id === segment.actionId);
  const following = bodyPart ? all[here + 1] : undefined;
  const nextPart = PLAN[partIndex + 1];
  let text: string;
  if (following) text = `${following.step.number}. ${local(following.step.title)} · ${local(following.action.kind === 'stroke' ? following.action.title : following.action.label)}`;
  else if (nextPart) text = local(fill(S.nextPart, { part: local(nextPart.title) }));
  else text = local(S.lastPart);
  return (
    <section className="speaker-next" aria-labelledby="speaker-next-title">
      <h2 id="speaker-next-title">{local(S.next)}</h2>
      <p data-testid="speaker-next">{text}</p>
    </section>
  );
}
