import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import { TECHNIQUE, stepById } from '../../technique';
import type { StepId } from '../../technique/ids';
import { S } from './strings';

/** A link that opens the lesson at a step (a real link, so it can be opened in a new tab too). */
export function StepLink({ stepId }: { readonly stepId: string | null }) {
  const local = useLocalized();
  const step = TECHNIQUE.steps.find((s) => s.id === stepId);
  const view = step ? step.id : 'setting';
  const name = step ? `${step.number}. ${local(stepById(TECHNIQUE, step.id as StepId).title)}` : local(S.setting);
  return (
    <a
      className="step-link"
      href={`?mode=lesson&step=${view}&lang=${useAppStore.getState().language}`}
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        const store = useAppStore.getState();
        store.setMode('lesson');
        store.selectView(view);
      }}
    >
      {local(S.openStep)}: {name}
    </a>
  );
}
