import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { TECHNIQUE, stepById } from '../../technique';
import { actionBadge } from '../../technique/queries';
import { useLocalized } from '../../state/useLocalized';
import { ActionDetails } from './ActionDetails';
import { SourceList } from './SourceList';

/** The text of the chosen step: summary, the source's own words, its strokes and points. */
export function StepDetails() {
  const { t } = useTranslation();
  const local = useLocalized();
  const selected = useAppStore((s) => s.selectedView);
  const inspected = useAppStore((s) => s.inspected);
  const inspect = useAppStore((s) => s.inspect);

  if (selected === 'setting') {
    const setting = TECHNIQUE.setting;
    return (
      <section className="panel-section step-details" aria-labelledby="step-details-title">
        <h2 id="step-details-title">{local(setting.title)}</h2>
        <p>{local(setting.summary)}</p>
        <dl className="setting-items">
          {setting.items.map((item) => (
            <div key={item.id}>
              <dt>{local(item.title)}</dt>
              <dd>
                {local(item.text)}
                <SourceList sources={item.sources} />
              </dd>
            </div>
          ))}
        </dl>
        <p className="guidance"><strong>{t('steps.guidance')}:</strong> {local(TECHNIQUE.guidanceNote)}</p>
      </section>
    );
  }

  const step = stepById(TECHNIQUE, selected);
  const open = step.actions.find((a) => a.id === inspected) ?? null;
  return (
    <section className="panel-section step-details" aria-labelledby="step-details-title">
      <h2 id="step-details-title">
        {t('steps.stepNumber', { number: step.number })}: {local(step.title)}
      </h2>
      <p>{local(step.summary)}</p>
      <blockquote lang="id" className="source-quote">“{step.quote.id}”</blockquote>
      {step.quote.id !== local(step.quote) && <p className="quote-translation">{local(step.quote)}</p>}
      <h3>{t('steps.actions')}</h3>
      <ul className="action-list">
        {step.actions.map((action, index) => (
          <li key={action.id}>
            <button
              type="button"
              aria-expanded={open?.id === action.id}
              data-action={action.id}
              onClick={() => inspect(open?.id === action.id ? null : action.id)}
            >
              <span className={`action-badge action-${action.kind}`} aria-hidden="true">
                {actionBadge(step.actions, index)}
              </span>
              {local(action.kind === 'stroke' ? action.title : action.label)}
            </button>
          </li>
        ))}
      </ul>
      {open && <ActionDetails action={open} />}
    </section>
  );
}
