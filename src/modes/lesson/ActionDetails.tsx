import { useTranslation } from 'react-i18next';
import type { Action, Hands } from '../../technique/types';
import { HAND_LABELS, HAND_PART_LABELS, HAND_ROLE_LABELS, PHASE_KIND_LABELS } from '../../technique/labels';
import { useLocalized } from '../../state/useLocalized';
import { HandPartPicture } from '../../ui/HandPartPicture';
import { SourceList } from './SourceList';

/** Everything about one stroke or point: what to do, which hand and part, the phases, the sources. */
export function ActionDetails({ action }: { readonly action: Action }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const title = action.kind === 'stroke' ? action.title : action.label;
  return (
    <article className="action-details" aria-labelledby={`details-${action.id}`}>
      <h3 id={`details-${action.id}`}>{local(title)}</h3>
      <p>{local(action.instruction)}</p>
      <HandList hands={action.hands} />
      {action.kind === 'stroke' ? (
        <>
          <h4>{t('details.phases')}</h4>
          <ol className="phase-list">
            {action.phases.map((phase, index) => (
              <li key={index} className={`phase phase-${phase.kind}`}>
                <span className="phase-swatch" aria-hidden="true" />
                <span>
                  <strong>{local(PHASE_KIND_LABELS[phase.kind])}</strong> — {local(phase.text)} ({t('details.seconds', { seconds: phase.seconds })})
                </span>
              </li>
            ))}
          </ol>
          <p>{t('steps.repetitions', { min: action.repetitions.min, max: action.repetitions.max })}</p>
        </>
      ) : (
        <p>{t('details.pressHoldRelease', { ...action.timing })}</p>
      )}
      <h4>{t('details.sources')}</h4>
      <SourceList sources={action.sources} />
    </article>
  );
}

function HandList({ hands }: { readonly hands: Hands }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const entries = (['right', 'left'] as const).flatMap((side) => {
    const use = hands[side];
    return use ? [{ side, use }] : [];
  });
  return (
    <>
      <h4>{t('details.hands')}</h4>
      <ul className="hand-list">
        {entries.map(({ side, use }) => (
          <li key={side}>
            <strong>{local(HAND_LABELS[side])}</strong>: {local(HAND_PART_LABELS[use.part])}, {local(HAND_ROLE_LABELS[use.role])}
          </li>
        ))}
      </ul>
      {/* The shape of each working hand, drawn from the app's own hand model (a supporting hand only rests). */}
      <div className="hand-part-pictures" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.75rem' }}>
        {[...new Set(entries.filter(({ use }) => use.role !== 'supports').map(({ use }) => use.part))].map((part) => (
          <HandPartPicture key={part} part={part} />
        ))}
      </div>
    </>
  );
}
