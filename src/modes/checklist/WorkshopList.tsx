import { useState, type FormEvent } from 'react';
import { useLocalized } from '../../state/useLocalized';
import { useChecklistStore } from './checklistStore';
import { S, fill } from './strings';

/** Today on the trainer's own calendar, 'YYYY-MM-DD'. */
export function today(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** The workshops on this device, and a new one. */
export function WorkshopList() {
  const local = useLocalized();
  const workshops = useChecklistStore((s) => s.workshops);
  const [date, setDate] = useState(today);
  const [place, setPlace] = useState('');
  const [trainer, setTrainer] = useState('');
  const create = (event: FormEvent) => {
    event.preventDefault();
    if (!date) return;
    useChecklistStore.getState().createWorkshop({ date, place, trainer });
  };
  return (
    <section aria-labelledby="checklist-title">
      <h2 id="checklist-title">{local(S.title)}</h2>
      <p>{local(S.intro)}</p>
      <h3>{local(S.workshops)}</h3>
      {workshops.length === 0 ? (
        <p>{local(S.noWorkshops)}</p>
      ) : (
        <ul className="workshop-list">
          {workshops.map((w) => (
            <li key={w.id}>
              <button type="button" className="workshop-open" onClick={() => useChecklistStore.getState().go({ kind: 'workshop', workshopId: w.id })}>
                <strong>{w.date}{w.place ? ` · ${w.place}` : ''}</strong>
                <span>{w.trainer ? `${w.trainer} · ` : ''}{local(fill(S.traineesCount, { n: w.trainees.length }))}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="checklist-form" onSubmit={create}>
        <h3>{local(S.newWorkshop)}</h3>
        <label>{local(S.date)}<input type="date" required value={date} onChange={(e) => setDate(e.target.value)} /></label>
        <label>{local(S.place)}<input type="text" maxLength={200} value={place} onChange={(e) => setPlace(e.target.value)} /></label>
        <label>{local(S.trainer)}<input type="text" maxLength={200} value={trainer} onChange={(e) => setTrainer(e.target.value)} /></label>
        <button type="submit" className="check-primary">{local(S.create)}</button>
      </form>
    </section>
  );
}
