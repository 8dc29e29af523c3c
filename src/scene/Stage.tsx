import { Canvas } from '@react-three/fiber';
import { ACESFilmicToneMapping, SRGBColorSpace } from 'three';
import { useAppStore } from '../state/store';
import { BenchHook } from './BenchHook';
import { Body } from './body/Body';
import { CameraRig } from './camera/CameraRig';
import { CAMERA_LIMITS, cameraPoseFor } from './camera/viewPresets';
import { Lights } from './Lights';
import { ReadySignal } from './ReadySignal';

const BACKGROUND = '#e9e4de';

/** The 3D scene: one canvas, the body, lights and the camera rig. */
export function Stage() {
  const initial = cameraPoseFor('back');
  return (
    <Canvas
      dpr={[1, 2]}
      camera={{ position: [...initial.position], fov: CAMERA_LIMITS.fov, near: 0.02, far: 20 }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      onCreated={({ gl }) => {
        gl.outputColorSpace = SRGBColorSpace;
        gl.toneMapping = ACESFilmicToneMapping;
        gl.domElement.addEventListener('webglcontextlost', (event) => {
          event.preventDefault(); // Lets the browser offer the context back; we still remount to be safe.
          useAppStore.getState().setSceneStatus('contextLost');
        });
      }}
    >
      <color attach="background" args={[BACKGROUND]} />
      <Lights />
      <Body />
      <CameraRig />
      <ReadySignal />
      <BenchHook />
    </Canvas>
  );
}
