import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';

const EVERY_N_FRAMES = 6;

/**
 * Fades scene labels whose skin faces away from the camera (the far shoulder, the other side of
 * the neck). Reads the DOM and camera directly, a few times a second, without React state.
 */
export function useLabelFacing(): void {
  const camera = useThree((s) => s.camera);
  const container = useThree((s) => s.gl.domElement.parentElement?.parentElement ?? null);
  const frame = useRef(0);
  useFrame(() => {
    if (++frame.current % EVERY_N_FRAMES !== 0 || !container) return;
    const c = camera.position;
    for (const label of container.querySelectorAll<HTMLElement>('.scene-label')) {
      const n = label.dataset.normal?.split(',').map(Number);
      const p = label.dataset.point?.split(',').map(Number);
      if (!n || !p || n.length !== 3 || p.length !== 3) continue;
      const facing = n[0]! * (c.x - p[0]!) + n[1]! * (c.y - p[1]!) + n[2]! * (c.z - p[2]!) > 0;
      label.dataset.facing = String(facing);
    }
  });
}
