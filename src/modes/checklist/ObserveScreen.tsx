import { useEffect, useMemo, useRef, useState } from 'react';
import type { ItemMark, ItemScore } from '../../records';
import { useBody } from '../../scene/body-api';
import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import type { Text } from '../../technique';
import { useChecklistStore, type ObservationAt } from './checklistStore';
import { ConfirmDelete } from './ConfirmDelete';
import { itemsOf, titleOfAction, type ChecklistItem, type SectionId } from './items';
import { SCORES, observationTotal } from './scoring';
import { S, fill } from './strings';

const SCORE_WORDS: Readonly<Record<ItemScore, Text>> = { 2: S.score2, 1: S.score1, 0: S.score0 };

/** One observation of one trainee: every item scored 2/1/0 with a note, "Show" beside it, the total as it grows. */
export function ObserveScreen({ at }: { at: ObservationAt }) {
  const local = useLocalized();
  const language = useAppStore((s) => s.language);
  const body = useBody();
  const [shown, setShown] = useState<Text | null>(null);
  const workshop = useChecklistStore((s) => s.workshops.find((w) => w.id === at.workshopId));
  const trainee = workshop?.trainees.find((t) => t.id === at.traineeId);
  const observation = trainee?.observations.find((o) => o.id === at.observationId);
  const ownItems = workshop?.ownItems;
  const items = useMemo(() => itemsOf(ownItems ?? []), [ownItems]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const store = useChecklistStore.getState();
  const back = () => store.go({ kind: 'workshop', workshopId: at.workshopId });
  if (!workshop || !trainee || !observation) {
    return <button type="button" onClick={back}>← {local(S.back)}</button>;
  }
  const total = observationTotal(observation, items);
  const marks = new Map(observation.marks.map((m) => [m.itemId, m]));
  const sections = items.reduce<Map<SectionId, ChecklistItem[]>>((map, item) => map.set(item.section, [...(map.get(item.section) ?? []), item]), new Map());

  const show = (item: ChecklistItem) => {
    if (!item.show) return;
    if (item.show.kind === 'setting') {
      body.showStep('setting');
      setShown(S.sections.setting);
    } else {
      body.playAction(item.show.actionId);
      setShown(titleOfAction(item.show.actionId));
    }
  };

  return (
    <section className="observe" aria-labelledby="observe-title">
      <button type="button" className="check-quiet" onClick={back}>← {local(S.back)}</button>
      <h2 id="observe-title" ref={heading} tabIndex={-1}>{local(fill(S.observing, { name: trainee.name }))}</h2>
      <p>
        {local(observation.kind === 'training' ? S.training : S.followUp)}, {new Date(observation.observedAt).toLocaleDateString(language === 'id' ? 'id-ID' : 'en-GB')}
      </p>
      <div className="observe-total" aria-live="polite">
        <strong data-testid="observation-total">{total.percent === null ? local(S.totalNone) : local(fill(S.total, { percent: total.percent }))}</strong>
        <span>{local(fill(S.scoredOf, { n: total.scored, total: items.length }))}</span>
      </div>
      <p className="check-help">{local(S.scoreLegend)}</p>
      <p className="sr-only" role="status">{shown ? local(fill(S.showing, { what: shown })) : ''}</p>
      {[...sections].map(([section, sectionItems]) => (
        <fieldset key={section} className="item-section">
          <legend>{local(S.sections[section])}</legend>
          <ol className="item-list">
            {sectionItems.map((item) => (
              <ItemRow key={item.id} item={item} mark={marks.get(item.id)} at={at} onShow={() => show(item)} />
            ))}
          </ol>
        </fieldset>
      ))}
      <div className="check-actions">
        <button type="button" className="check-primary" onClick={back}>{local(S.done)}</button>
        <ConfirmDelete label={S.deleteObservation} name={S.thisObservation} onDelete={() => { back(); store.deleteObservation(at.workshopId, at.traineeId, at.observationId); }} />
      </div>
    </section>
  );
}

function ItemRow({ item, mark, at, onShow }: { item: ChecklistItem; mark: ItemMark | undefined; at: ObservationAt; onShow: () => void }) {
  const local = useLocalized();
  const text = local(item.text);
  const store = useChecklistStore.getState();
  return (
    <li className="item-row" data-item={item.id} data-score={mark?.score ?? ''}>
      <span className="item-text" id={`item-${item.id}`}>{text}</span>
      <div className="item-controls">
        <div className="score-buttons" role="group" aria-labelledby={`item-${item.id}`}>
          {SCORES.map((score) => (
            <button
              key={score}
              type="button"
              className={`score-button score-${score}`}
              aria-pressed={mark?.score === score}
              onClick={() => store.mark(at, item.id, mark?.score === score ? null : score)}
            >
              <span className="score-number">{score}</span>{' '}
              <span className="score-word">{local(SCORE_WORDS[score])}</span>
            </button>
          ))}
        </div>
        {item.show && (
          <button type="button" className="show-button" onClick={onShow} aria-label={`${local(S.show)}: ${text}`}>
            ▶ {local(S.show)}
          </button>
        )}
      </div>
      {mark && (
        <details className="item-note" open={mark.note !== ''}>
          <summary>{local(S.note)}</summary>
          <textarea
            aria-label={`${local(S.note)}: ${text}`}
            maxLength={500}
            defaultValue={mark.note}
            onBlur={(e) => { if (e.target.value !== mark.note) store.note(at, item.id, e.target.value); }}
          />
        </details>
      )}
    </li>
  );
}
