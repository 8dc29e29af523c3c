import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import { pickTarget } from './sendPick';

/**
 * The labels on the body as ordinary buttons over the canvas: in the tab order, with accessible
 * names, read by screen readers. They sit at the top-left corner; the scene's frame loop moves
 * each one over its place on the skin (`../lesson/useLabelPlacement.ts`) and hides those on
 * the far side of the body.
 */
export function SceneLabels() {
  const local = useLocalized();
  const labels = useAppStore((s) => s.sceneLabels);
  const selected = useAppStore((s) => s.selectedView);
  const shown = useAppStore((s) => s.bodyLayers.labels);
  if (selected === 'setting' || !shown) return null;
  return (
    <div className="scene-labels">
      {labels
        .filter((label) => label.stepId === selected)
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
