import { useFrame, useThree } from '@react-three/fiber';
import { useRef, useState } from 'react';
import { Matrix4, Vector3 } from 'three';
import { FRAME_ORDER } from '../frameOrder';

interface Placed {
  readonly element: HTMLElement;
  readonly point: Vector3;
  readonly normal: Vector3;
  /** What was last written, so unchanged labels cost nothing. */
  transform: string;
  facing: boolean | null;
}

/**
 * Moves the DOM labels (`ui/SceneLabels.tsx`) over their places on the body: projects each
 * point with the camera and writes a CSS transform, only when the camera or the set of labels
 * changed, and only to labels whose position or visibility did change. Labels whose skin faces
 * away from the camera, or that fall outside the view, are hidden (and leave the tab order). No React state per frame.
 */
export function useLabelPlacement(): void {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const container = useThree((s) => s.gl.domElement.closest('.viewport'));
  // A live collection: reading its length each frame allocates nothing.
  const [elements] = useState(() => container?.getElementsByClassName('scene-label') ?? null);
  const lastView = useRef(new Matrix4());
  const placed = useRef<Placed[]>([]);
  const scratch = useRef(new Vector3());

  useFrame(() => {
    if (!elements) return;
    const labelsChanged = elements.length !== placed.current.length || placed.current.some((p, i) => p.element !== elements[i]);
    if (labelsChanged) {
      placed.current = Array.from(elements, (node) => {
        const element = node as HTMLElement;
        return {
          element,
          point: new Vector3(...(element.dataset.point ?? '0,0,0').split(',').map(Number)),
          normal: new Vector3(...(element.dataset.normal ?? '0,0,1').split(',').map(Number)),
          transform: '',
          facing: null,
        };
      });
    }
    camera.updateMatrixWorld();
    const view = camera.matrixWorldInverse;
    if (!labelsChanged && view.equals(lastView.current)) return;
    lastView.current.copy(view);
    const p = scratch.current;
    for (const label of placed.current) {
      const facing = p.copy(camera.position).sub(label.point).dot(label.normal) > 0;
      p.copy(label.point).project(camera);
      // Off the edge of the view counts as hidden too: a focused label must be on screen.
      const visible = facing && p.z < 1 && Math.abs(p.x) <= 1 && Math.abs(p.y) <= 1;
      if (visible !== label.facing) {
        label.facing = visible;
        label.element.dataset.facing = String(visible);
      }
      if (!visible) continue;
      const transform = `translate(${(((p.x + 1) / 2) * size.width).toFixed(0)}px, ${(((1 - p.y) / 2) * size.height).toFixed(0)}px) translate(-50%, -50%)`;
      if (transform !== label.transform) {
        label.transform = transform;
        label.element.style.transform = transform;
      }
    }
  }, FRAME_ORDER.labels);
}
