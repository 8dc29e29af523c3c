import { useMemo, useState, type FormEvent } from 'react';
import type { Trainee, WorkshopRecord } from '../../records';
import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import { useChecklistStore } from './checklistStore';
import { ConfirmDelete } from './ConfirmDelete';
import { itemsOf } from './items';
import { ScorePanel } from './ScorePanel';
import { latestScore, observationTotal } from './scoring';
import { S } from './strings';

/** A workshop: its trainees (observations and scores), the trainer's own items, the report. */
export function WorkshopScreen({ workshopId }: { workshopId: string }) {
  const local = useLocalized();
  const workshop = useChecklistStore((s) => s.workshops.find((w) => w.id === workshopId));
  const [name, setName] = useState('');
  const [ownText, setOwnText] = useState('');
  if (!workshop) return <BackToList />;
  const store = useChecklistStore.getState();
  const addTrainee = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    store.addTrainee(workshopId, name);
    setName('');
  };
  const addOwn = (event: FormEvent) => {
    event.preventDefault();
    if (!ownText.trim()) return;
    store.addOwnItem(workshopId, ownText);
    setOwnText('');
  };
  return (
    <section aria-labelledby="workshop-title">
      <button type="button" className="check-quiet" onClick={() => store.go({ kind: 'list' })}>← {local(S.allWorkshops)}</button>
      <h2 id="workshop-title">{workshop.date}{workshop.place ? ` · ${workshop.place}` : ''}</h2>
      {workshop.trainer && <p>{local(S.trainer)}: {workshop.trainer}</p>}
      <div className="check-actions">
        <button type="button" className="check-primary" onClick={() => store.go({ kind: 'report', workshopId })}>{local(S.report)}</button>
      </div>

      <h3>{local(S.trainees)}</h3>
      {workshop.trainees.length === 0 && <p>{local(S.noTrainees)}</p>}
      <ul className="trainee-list">
        {workshop.trainees.map((t) => <TraineeCard key={t.id} workshop={workshop} trainee={t} />)}
      </ul>
      <form className="checklist-form inline" onSubmit={addTrainee}>
        <label>
          {local(S.traineeName)}
          <input type="text" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} aria-describedby="trainee-name-help" />
        </label>
        <span id="trainee-name-help" className="check-help">{local(S.traineeNameHelp)}</span>
        <button type="submit">{local(S.addTrainee)}</button>
      </form>

      <h3>{local(S.ownItems)}</h3>
      <p className="check-help">{local(S.ownItemsHelp)}</p>
      {workshop.ownItems.length > 0 && (
        <ul className="own-items">
          {workshop.ownItems.map((item) => (
            <li key={item.id}>
              <span>{item.text}</span>
              <button type="button" className="danger-quiet" onClick={() => store.removeOwnItem(workshopId, item.id)} aria-label={`${local(S.removeItem)}: ${item.text}`}>
                {local(S.removeItem)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="checklist-form inline" onSubmit={addOwn}>
        <label>{local(S.ownItem)}<input type="text" maxLength={300} value={ownText} onChange={(e) => setOwnText(e.target.value)} /></label>
        <button type="submit">{local(S.addItem)}</button>
      </form>

      <div className="check-actions danger-zone">
        <ConfirmDelete label={S.deleteWorkshop} name={`${workshop.date} ${workshop.place}`.trim()} onDelete={() => store.deleteWorkshop(workshopId)} />
      </div>
    </section>
  );
}

function BackToList() {
  const local = useLocalized();
  return <button type="button" onClick={() => useChecklistStore.getState().go({ kind: 'list' })}>← {local(S.allWorkshops)}</button>;
}

function TraineeCard({ workshop, trainee }: { workshop: WorkshopRecord; trainee: Trainee }) {
  const local = useLocalized();
  const language = useAppStore((s) => s.language);
  const [taking, setTaking] = useState(false);
  const items = useMemo(() => itemsOf(workshop.ownItems), [workshop.ownItems]);
  const store = useChecklistStore.getState();
  const pre = latestScore(trainee, 'pre');
  const post = latestScore(trainee, 'post');
  const observations = [...trainee.observations].sort((a, b) => a.observedAt.localeCompare(b.observedAt));
  const day = (iso: string) => new Date(iso).toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB');
  return (
    <li className="trainee-card" data-trainee={trainee.name}>
      <h4>{trainee.name}</h4>
      <p className="trainee-scores">
        <span>{local(S.pre)}: <strong data-score="pre">{pre ? pre.score : local(S.none)}</strong></span>
        <span>{local(S.post)}: <strong data-score="post">{post ? post.score : local(S.none)}</strong></span>
      </p>
      {observations.length > 0 && (
        <ul className="observation-list">
          {observations.map((o) => {
            const total = observationTotal(o, items);
            return (
              <li key={o.id}>
                <button type="button" className="check-quiet" onClick={() => store.go({ kind: 'observe', workshopId: workshop.id, traineeId: trainee.id, observationId: o.id })}>
                  {local(o.kind === 'training' ? S.training : S.followUp)} {day(o.observedAt)}: {total.percent === null ? local(S.none) : `${total.percent}%`}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="check-actions">
        <button type="button" onClick={() => store.startObservation(workshop.id, trainee.id, 'training')}>{local(S.observeTraining)}</button>
        <button type="button" onClick={() => store.startObservation(workshop.id, trainee.id, 'followUp')}>{local(S.observeFollowUp)}</button>
        <button type="button" aria-expanded={taking} onClick={() => setTaking(!taking)}>{local(S.takeScore)}</button>
      </div>
      {taking && <ScorePanel workshop={workshop} trainee={trainee} />}
      <ConfirmDelete label={S.delete} name={trainee.name} onDelete={() => store.deleteTrainee(workshop.id, trainee.id)} />
    </li>
  );
}
