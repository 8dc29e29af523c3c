import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { TECHNIQUE } from '../../technique';
import type { ViewId } from '../../technique/ids';
import { useLocalized } from '../../state/useLocalized';

/** The overview and the four steps, in order; choosing one lights its paths and frames the camera. */
export function StepList() {
  const { t } = useTranslation();
  const local = useLocalized();
  const selected = useAppStore((s) => s.selectedView);
  const openStep = useAppStore((s) => s.openStep);
  const item = (id: ViewId, label: string, hint: string) => (
    <li key={id}>
      <button
        type="button"
        className="step-button"
        aria-current={selected === id ? 'step' : undefined}
        onClick={() => openStep(id)}
        data-step={id}
      >
        <span className="step-label">{label}</span>
        <span className="step-hint">{hint}</span>
      </button>
    </li>
  );
  return (
    <nav className="panel-section" aria-labelledby="steps-title">
      <h2 id="steps-title">{t('steps.title')}</h2>
      <ol className="step-list">
        {item('setting', t('steps.overview'), t('steps.overviewHint'))}
        {TECHNIQUE.steps.map((step) =>
          item(step.id, `${step.number}. ${local(step.title)}`, t('steps.stepNumber', { number: step.number })),
        )}
      </ol>
    </nav>
  );
}
