import { useLocalized } from '../../state/useLocalized';
import { MINUTES_RANGE, PLAN } from '../../state/workshop/plan';
import { planMinutes, useWorkshopStore } from '../../state/workshop/workshopStore';
import type { Text } from '../../technique/types';
import './workshop.css';

const W = {
  plan: { id: 'Rencana pelatihan', en: 'Workshop plan' },
  minutes: { id: 'menit', en: 'min' },
  minutesFor: { id: 'Menit untuk {part}', en: 'Minutes for {part}' },
  total: { id: 'Jumlah: {n} menit', en: 'In all: {n} minutes' },
} as const satisfies Record<string, Text>;

export interface PlanListProps {
  readonly goToPart: (index: number) => void;
  readonly setMinutes: (index: number, minutes: number) => void;
}

/**
 * The workshop plan (opening, pre-test, counselling, demonstration, practice, post-test, closing):
 * each part a button that opens it, with its minutes beside it for the trainer to change. Shared by
 * the presenter's plan panel and the speaker view; changes reach the other window.
 */
export function PlanList({ goToPart, setMinutes }: PlanListProps) {
  const local = useLocalized();
  const partIndex = useWorkshopStore((s) => s.partIndex);
  const minutes = useWorkshopStore((s) => s.minutes);
  return (
    <section className="plan-list" aria-labelledby="plan-list-title">
      <h2 id="plan-list-title">{local(W.plan)}</h2>
      <ol>
        {PLAN.map((part, i) => (
          <li key={part.id} data-part={part.id}>
            <button type="button" aria-current={i === partIndex ? 'step' : undefined} onClick={() => goToPart(i)}>
              <span className="plan-number">{i + 1}.</span> {local(part.title)}
            </button>
            <label>
              <input
                type="number"
                inputMode="numeric"
                min={MINUTES_RANGE.min}
                max={MINUTES_RANGE.max}
                value={minutes[i]}
                aria-label={local(W.minutesFor).replace('{part}', local(part.title))}
                onChange={(event) => {
                  const value = event.currentTarget.valueAsNumber;
                  if (Number.isFinite(value)) setMinutes(i, value);
                }}
              />
              <span aria-hidden="true"> {local(W.minutes)}</span>
            </label>
          </li>
        ))}
      </ol>
      <p className="plan-total">{local(W.total).replace('{n}', String(planMinutes(minutes, 0).total))}</p>
    </section>
  );
}
