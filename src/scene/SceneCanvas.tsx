import { Canvas } from '@react-three/fiber';
import type { ReactNode } from 'react';
import { ACESFilmicToneMapping, SRGBColorSpace } from 'three';
import { useAppStore } from '../state/store';
import { DrawOnDemand } from './DrawOnDemand';
import { CAMERA_LIMITS, cameraPoseFor } from './camera/viewPresets';

const BACKGROUND = '#e9e4de';
/** Highest pixel ratio drawn: a DPR-3 phone shading 9x the pixels of DPR 1 is not worth it. */
const MAX_DPR = 2;

/**
 * The canvas the scene draws in, with its renderer's settings and the lost-context handling. Its
 * code comes with the first load (react-three-fiber and three are there already), so the canvas
 * measures itself and makes its WebGL context while the scene's own code (`children`) is still
 * being fetched, and while the kept skin is read.
 */
export function SceneCanvas({ children }: { readonly children?: ReactNode }) {
  const initial = cameraPoseFor('back');
  return (
    <Canvas
      // No frame until the body can be drawn (`Skin` starts them): on a first visit the worker is
      // making the mesh meanwhile, and an empty room is not worth the CPU a frame takes from it.
      // Then a frame only when the picture can change (`DrawOnDemand`): a still body is not drawn again.
      frameloop="never"
      dpr={[1, MAX_DPR]}
      camera={{ position: [...initial.position], fov: CAMERA_LIMITS.fov, near: 0.02, far: 20 }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      onCreated={({ gl }) => {
        gl.outputColorSpace = SRGBColorSpace;
        gl.toneMapping = ACESFilmicToneMapping;
        // Asking whether a shader compiled makes the page wait for the compile (over 100 ms for
        // the skin's on a slow GPU); unasked, the GPU compiles it while the page gets on. The
        // shaders are the app's own, checked in development and by the browser tests' console.
        gl.debug.checkShaderErrors = import.meta.env.DEV;
        gl.domElement.addEventListener('webglcontextlost', (event) => {
          event.preventDefault(); // Asks the browser to offer the context back.
          // A canvas being unmounted (a remount) gives its context up on purpose: not a loss to report.
          if (gl.domElement.isConnected) useAppStore.getState().setSceneStatus('contextLost');
        });
        // three rebuilds its GPU state on restore by itself (buffers, programs are uploaded again on
        // the next frame), so the scene comes back as it was without a remount.
        gl.domElement.addEventListener('webglcontextrestored', () => {
          if (useAppStore.getState().sceneStatus === 'contextLost') useAppStore.getState().setSceneStatus('ready');
        });
      }}
    >
      <color attach="background" args={[BACKGROUND]} />
      <DrawOnDemand />
      {children}
    </Canvas>
  );
}
