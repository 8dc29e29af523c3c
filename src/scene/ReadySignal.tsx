import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { useAppStore } from '../state/store';

/**
 * Marks the page once the body has actually been drawn (a frame after the mesh is ready), so
 * browser tests and the benchmark wait for pixels, not for timers.
 */
export function ReadySignal() {
  const signalled = useRef(false);
  useFrame(() => {
    if (signalled.current || useAppStore.getState().sceneStatus !== 'ready') return;
    signalled.current = true;
    requestAnimationFrame(() => {
      document.body.dataset.sceneReady = 'true';
    });
  });
  return null;
}
