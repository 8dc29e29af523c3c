import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { useAppStore } from '../state/store';

/**
 * Marks the page once the body has actually been drawn, so browser tests and the benchmark wait
 * for pixels, not for timers. The skin reports ready from the frame after the one that first drew
 * it (`Skin`'s `onReady`); this callback runs after the skin's in that same frame, so the mark
 * comes as soon as the drawn body is on screen.
 */
export function ReadySignal() {
  const signalled = useRef(false);
  useFrame(() => {
    if (signalled.current || useAppStore.getState().sceneStatus !== 'ready') return;
    signalled.current = true;
    document.body.dataset.sceneReady = 'true';
  });
  return null;
}
