import { useFrame, useThree } from '@react-three/fiber';
import { useRef, useState } from 'react';
import { Matrix4, Vector3 } from 'three';
import { FRAME_ORDER } from '../frameOrder';
import { spreadApart } from '../body-api/spreadApart';

interface Placed {
  readonly element: HTMLElement;
  readonly point: Vector3;
  readonly normal: Vector3;
  /** A pressure point's number: kept apart from the others on screen. */
  readonly spread: boolean;
  /** What was last written, so unchanged labels cost nothing. */
  transform: string;
  facing: boolean | null;
}

/**
 * Moves the DOM labels (`ui/SceneLabels.tsx`) over their places on the body: projects each
 * point with the camera and writes a CSS transform, only when the camera, the view's size or the
 * set of labels changed, and only to labels whose position or visibility did change. Labels whose skin faces
 * away from the camera, or that fall outside the view, are hidden (and leave the tab order). The
 * numbers of pressure points a few millimetres apart (the shoulder blade's 3, 6 and 8 from afar)
 * are moved apart on screen until they no longer cover each other. No React state per frame.
 */
export function useLabelPlacement(): void {
  const camera = useThree((s) => s.camera);
  const size = useThree((s) => s.size);
  const container = useThree((s) => s.gl.domElement.closest('.viewport'));
  // A live collection: reading its length each frame allocates nothing.
  const [elements] = useState(() => container?.getElementsByClassName('scene-label') ?? null);
  const lastView = useRef(new Matrix4());
  // The projection and the view's size last placed for: a resize changes them, not the camera's place.
  const lastProjection = useRef(new Matrix4());
  const lastSize = useRef({ width: 0, height: 0 });
  const placed = useRef<Placed[]>([]);
  const scratch = useRef(new Vector3());
  // Screen places of the visible point numbers, and which label each is (reused every frame).
  const spreadAt = useRef({ xs: new Float32Array(0), ys: new Float32Array(0), labels: [] as Placed[], apart: 0 });

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
          spread: element.classList.contains('point-label'),
          transform: '',
          facing: null,
        };
      });
      const spreading = placed.current.filter((label) => label.spread);
      spreadAt.current = {
        xs: new Float32Array(spreading.length),
        ys: new Float32Array(spreading.length),
        labels: [],
        // A little less than a number's width: they may touch, not cover each other.
        apart: 0.9 * Math.max(0, ...spreading.map((label) => label.element.offsetWidth)),
      };
    }
    camera.updateMatrixWorld();
    const view = camera.matrixWorldInverse;
    const resized = size.width !== lastSize.current.width || size.height !== lastSize.current.height;
    if (!labelsChanged && !resized && view.equals(lastView.current) && camera.projectionMatrix.equals(lastProjection.current)) return;
    lastView.current.copy(view);
    lastProjection.current.copy(camera.projectionMatrix);
    lastSize.current = { width: size.width, height: size.height };
    const p = scratch.current;
    const spread = spreadAt.current;
    spread.labels.length = 0;
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
      const x = ((p.x + 1) / 2) * size.width;
      const y = ((1 - p.y) / 2) * size.height;
      if (label.spread) {
        spread.xs[spread.labels.length] = x;
        spread.ys[spread.labels.length] = y;
        spread.labels.push(label);
      } else place(label, x, y);
    }
    spreadApart(spread.xs, spread.ys, spread.labels.length, spread.apart);
    for (let i = 0; i < spread.labels.length; i++) place(spread.labels[i]!, spread.xs[i]!, spread.ys[i]!);
  }, FRAME_ORDER.labels);
}

/** Writes a label's CSS transform, centred on (x, y) in the view's pixels, when it changed. */
function place(label: Placed, x: number, y: number): void {
  const transform = `translate(${x.toFixed(0)}px, ${y.toFixed(0)}px) translate(-50%, -50%)`;
  if (transform !== label.transform) {
    label.transform = transform;
    label.element.style.transform = transform;
  }
}
