import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import { Matrix4, Vector3 } from 'three';

interface Placed {
  readonly element: HTMLElement;
  readonly point: Vector3;
  readonly normal: Vector3;
}

/**
 * Moves the DOM labels (`ui/SceneLabels.tsx`) over their places on the body: projects each
 * point with the camera and writes a CSS transform, only when the camera or the set of labels
 * changed. Labels whose skin faces away from the camera are hidden. No React state per frame.
 */
export function useLabelPlacement(): void {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const container = useThree((s) => s.gl.domElement.closest('.viewport'));
  const lastView = useRef(new Matrix4());
  const placed = useRef<Placed[]>([]);
  const seen = useRef<HTMLElement[]>([]);
  const scratch = useRef(new Vector3());

  useFrame(() => {
    if (!container) return;
    const elements = [...container.querySelectorAll<HTMLElement>('.scene-label')];
    const labelsChanged = elements.length !== seen.current.length || elements.some((e, i) => e !== seen.current[i]);
    if (labelsChanged) {
      seen.current = elements;
      placed.current = elements.map((element) => ({
        element,
        point: new Vector3(...(element.dataset.point ?? '0,0,0').split(',').map(Number)),
        normal: new Vector3(...(element.dataset.normal ?? '0,0,1').split(',').map(Number)),
      }));
    }
    camera.updateMatrixWorld();
    const view = camera.matrixWorldInverse;
    if (!labelsChanged && view.equals(lastView.current)) return;
    lastView.current.copy(view);
    const p = scratch.current;
    for (const { element, point, normal } of placed.current) {
      const facing = p.copy(camera.position).sub(point).dot(normal) > 0;
      p.copy(point).project(camera);
      const x = ((p.x + 1) / 2) * size.width;
      const y = ((1 - p.y) / 2) * size.height;
      element.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px) translate(-50%, -50%)`;
      element.dataset.facing = String(facing && p.z < 1);
    }
  });
}
