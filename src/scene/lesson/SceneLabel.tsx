import { Html } from '@react-three/drei';
import type { ReactNode } from 'react';
import type { SkinPoint } from '../../anatomy/paths';
import { add, scale } from '../../anatomy/vec';

export interface SceneLabelProps {
  readonly at: SkinPoint;
  /** The full accessible name, e.g. "Left shoulder blade, 3 o'clock". */
  readonly name: string;
  readonly className: string;
  readonly onActivate?: () => void;
  readonly children: ReactNode;
}

/** How far a label floats off the skin, so it does not sit inside the body. */
const LABEL_LIFT = 0.008;

/**
 * A DOM label pinned to a place on the skin: a real button, so it is in the tab order, has an
 * accessible name, and reads with a screen reader. `data-facing` is kept up to date by
 * `useLabelFacing` so labels on the far side of the body fade out.
 */
export function SceneLabel({ at, name, className, onActivate, children }: SceneLabelProps) {
  return (
    <Html position={add(at.point, scale(at.normal, LABEL_LIFT))} center zIndexRange={[20, 0]} className="scene-label-anchor">
      <button
        type="button"
        className={`scene-label ${className}`}
        aria-label={name}
        title={name}
        data-normal={at.normal.join(',')}
        data-point={at.point.join(',')}
        onClick={onActivate}
        onFocus={onActivate}
      >
        {children}
      </button>
    </Html>
  );
}
