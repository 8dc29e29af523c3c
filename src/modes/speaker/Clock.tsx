import { useEffect, useState } from 'react';
import { useLocalized } from '../../state/useLocalized';
import { planMinutes, useWorkshopStore } from '../../state/workshop/workshopStore';
import type { Text } from '../../technique';
import { S, fill } from './strings';

/** Minutes and seconds, m:ss. */
export const minutesSeconds = (ms: number): string => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** Time used against the plan: this part and the whole workshop, with "over time" said in words. */
export function Clock({ onRestart }: { readonly onRestart: () => void }) {
  const local = useLocalized();
  const { partIndex, minutes, startedAt, partStartedAt } = useWorkshopStore();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const partUsed = now - partStartedAt;
  const allUsed = now - startedAt;
  const partPlanned = (minutes[partIndex] ?? 0) * 60_000;
  const allPlanned = planMinutes(minutes, partIndex).total * 60_000;
  const row = (text: Text, used: number, planned: number, id: string) => (
    <p className={`speaker-clock-row${used > planned ? ' is-over' : ''}`} data-testid={id}>
      {local(fill(text, { used: minutesSeconds(used), planned: planned / 60_000 }))}
      {used > planned && <strong> · {local(S.over)}</strong>}
      <progress max={planned} value={Math.min(used, planned)} aria-hidden="true" />
    </p>
  );
  return (
    <section className="speaker-clock" aria-labelledby="speaker-clock-title">
      <h2 id="speaker-clock-title">{local(S.time)}</h2>
      {row(S.partTime, partUsed, partPlanned, 'speaker-part-time')}
      {row(S.allTime, allUsed, allPlanned, 'speaker-all-time')}
      <button type="button" onClick={onRestart}>{local(S.resetClock)}</button>
    </section>
  );
}
