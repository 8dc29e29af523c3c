import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SceneLabelSpec } from '../../state/slices/labelsSlice';
import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import { pickStep, pickTarget } from './sendPick';

/**
 * The labels on the body as ordinary buttons over the canvas: in the tab order, with accessible
 * names, read by screen readers. They sit at the top-left corner; the scene's frame loop moves
 * each one over its place on the skin (`../lesson/useLabelPlacement.ts`) and hides those on
 * the far side of the body. The overview shows the steps' numbers on their regions (choosing one
 * is a pick of that step: the lesson opens it); a step shows its own points, strokes and dial.
 */
export function SceneLabels() {
  const { t } = useTranslation();
  const local = useLocalized();
  const labels = useAppStore((s) => s.sceneLabels);
  const selected = useAppStore((s) => s.selectedView);
  const shown = useAppStore((s) => s.bodyLayers.labels);
  if (!shown) return null;
  if (selected === 'setting') {
    return (
      <div className="scene-labels" role="group" aria-label={t('regions.group')}>
        {labels.filter((label) => label.kind === 'region').map((label) => (
          <RegionLabel key={label.key} label={label} name={label.name ? t('regions.open', { number: label.text, title: local(label.name) }) : undefined} />
        ))}
      </div>
    );
  }
  return (
    <div className="scene-labels">
      {labels
        .filter((label) => label.stepId === selected && label.kind !== 'region')
        .map((label) => {
          const name = label.name ? local(label.name) : undefined;
          const target = label.actionId === null ? null : { actionId: label.actionId, stepId: label.stepId };
          const pick = (via: 'tap' | 'focus' | 'hover') => (target ? () => pickTarget(via, target) : undefined);
          return (
            <button
              key={label.key}
              type="button"
              className={`scene-label ${label.kind}-label`}
              aria-label={name}
              aria-hidden={name ? undefined : true}
              tabIndex={name ? 0 : -1}
              title={name}
              data-point={label.at.point.join(',')}
              data-normal={label.at.normal.join(',')}
              data-facing="false"
              onClick={pick('tap')}
              onFocus={pick('focus')}
              onMouseEnter={pick('hover')}
            >
              {label.text}
            </button>
          );
        })}
    </div>
  );
}

/**
 * A step's number on its region. The second patch of a step (the other shoulder, the other
 * shoulder blade) repeats the number for the eye and the pointer only: no name, out of the tab order.
 */
function RegionLabel({ label, name }: { readonly label: SceneLabelSpec; readonly name: string | undefined }) {
  const onClick = (event: MouseEvent<HTMLButtonElement>) => {
    const view = event.currentTarget.closest<HTMLElement>('.viewport');
    pickStep('tap', label.stepId);
    // Opening the step takes these labels away: focus goes back to the view, not to the page.
    requestAnimationFrame(() => {
      if (document.activeElement === null || document.activeElement === document.body) view?.focus();
    });
  };
  return (
    <button
      type="button"
      className={`scene-label region-label region-${label.stepId}`}
      aria-label={name}
      aria-hidden={name ? undefined : true}
      tabIndex={name ? 0 : -1}
      title={name}
      data-region={label.stepId}
      data-point={label.at.point.join(',')}
      data-normal={label.at.normal.join(',')}
      data-facing="false"
      onClick={onClick}
      onFocus={() => pickStep('focus', label.stepId)}
      onMouseEnter={() => pickStep('hover', label.stepId)}
    >
      {label.text}
    </button>
  );
}
