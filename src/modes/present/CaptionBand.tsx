import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { afterEachFrame } from '../../state/frameValues';
import { useCurrentSegment } from '../../state/procedure';
import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import { PLAN } from '../../state/workshop/plan';
import { useWorkshopStore } from '../../state/workshop/workshopStore';
import { TECHNIQUE, stepById } from '../../technique';
import { PHASE_WORD_KEYS, PRESSING } from '../../ui/playback/phaseWords';
import { S, fill } from './strings';

/**
 * The pressure as a bar, a number and a word, pulled after each drawn frame (never React state):
 * the bar's length and the number carry it, not the colour alone.
 */
function PressureBar() {
  const local = useLocalized();
  const meter = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = meter.current;
    const value = element?.querySelector('.present-pressure-value');
    if (!element || !value) return;
    let shown = -1;
    return afterEachFrame(({ pressure }) => {
      const percent = Math.round(Math.min(1, Math.max(0, pressure)) * 100);
      if (percent === shown) return;
      shown = percent;
      element.style.setProperty('--pressure', String(percent / 100));
      element.setAttribute('aria-valuenow', String(percent));
      value.textContent = `${percent}%`;
    });
  }, []);
  return (
    <div ref={meter} className="present-pressure" role="meter" aria-label={local(S.pressure)} aria-valuemin={0} aria-valuemax={100} aria-valuenow={0}>
      <span className="present-pressure-label">{local(S.pressure)}</span>
      <span className="present-pressure-track">
        <span className="present-pressure-fill" />
      </span>
      <span className="present-pressure-value">0%</span>
    </div>
  );
}

/**
 * The one band the room reads from 10 m: the step, the movement and the phase (press or glide, in
 * words and by the line's style), the count, and the pressure. In a part of the plan without the
 * body's movements, it shows that part's words instead.
 */
export function CaptionBand({ bodyPart }: { readonly bodyPart: boolean }) {
  const { t } = useTranslation();
  const local = useLocalized();
  const segment = useCurrentSegment();
  const partIndex = useWorkshopStore((s) => s.partIndex);
  const overview = useAppStore((s) => s.selectedView === 'setting');
  const part = PLAN[partIndex]!;
  // A part without movements, or the overview before the first movement: the part's own words.
  if (!bodyPart || overview) {
    return (
      <section className="present-caption is-part" aria-label={local(S.caption)} data-part={part.id}>
        <p className="present-part-title">{local(part.title)}</p>
        <p className="present-part-wall">{local(part.wall)}</p>
      </section>
    );
  }
  const step = stepById(TECHNIQUE, segment.stepId);
  const action = step.actions.find((a) => a.id === segment.actionId);
  const actionName = action ? local(action.kind === 'stroke' ? action.title : action.label) : '';
  const pressing = PRESSING.has(segment.phase.kind);
  const count = segment.repetition > 0 && segment.repetitions > 1 ? local(fill(S.count, { n: segment.repetition, total: segment.repetitions })) : '';
  return (
    <section className={`present-caption ${pressing ? 'is-pressing' : 'is-light'}`} aria-label={local(S.caption)} data-phase={segment.phase.kind}>
      <p className="present-step">
        {t('steps.stepNumber', { number: step.number })}: {local(step.title)}
      </p>
      <p className="present-movement">{actionName}</p>
      <p className="present-phase">
        <span className="present-phase-line" aria-hidden="true" />
        <span className="present-phase-word">{t(PHASE_WORD_KEYS[segment.phase.kind])}</span>
        {!pressing && <span className="present-phase-note"> · {local(S.noPressure)}</span>}
      </p>
      {count && <p className="present-count">{count}</p>}
      <PressureBar />
    </section>
  );
}
