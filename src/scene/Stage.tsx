import { addAfterEffect, Canvas } from '@react-three/fiber';
import { useEffect } from 'react';
import { ACESFilmicToneMapping, SRGBColorSpace } from 'three';
import { SKIN_SURFACE, keepOutsideSkin } from '../anatomy/skin/skinSurface';
import { frameDrawn } from '../state/frameValues';
import { useAppStore } from '../state/store';
import { AdaptiveDpr } from './AdaptiveDpr';
import { BenchHook } from './BenchHook';
import { SkinProbe } from './body-api/SkinProbe';
import { Body } from './body/Body';
import { HighlightRings } from './body/HighlightRings';
import { SKIN_DENT } from './body/skinMaterial';
import { CameraRig } from './camera/CameraRig';
import { CAMERA_LIMITS, cameraPoseFor } from './camera/viewPresets';
import { LessonLayer } from './lesson/LessonLayer';
import { Lights } from './Lights';
import { ReadySignal } from './ReadySignal';

const BACKGROUND = '#e9e4de';
/** Highest pixel ratio drawn: a DPR-3 phone shading 9x the pixels of DPR 1 is not worth it. */
const MAX_DPR = 2;
const playForBench = () => useAppStore.getState().play();

/** The 3D scene: one canvas, the body, lights and the camera rig. */
export function Stage() {
  const initial = cameraPoseFor('back');
  // After each drawn frame the DOM pulls its per-frame values (the pressure gauge).
  useEffect(() => addAfterEffect(() => frameDrawn()), []);
  return (
    <Canvas
      dpr={[1, MAX_DPR]}
      camera={{ position: [...initial.position], fov: CAMERA_LIMITS.fov, near: 0.02, far: 20 }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      onCreated={({ gl }) => {
        gl.outputColorSpace = SRGBColorSpace;
        gl.toneMapping = ACESFilmicToneMapping;
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
      <Lights />
      <Body />
      <LessonLayer surface={SKIN_SURFACE} dent={SKIN_DENT} />
      <HighlightRings />
      <SkinProbe />
      <CameraRig keepOutside={keepOutsideSkin} />
      <ReadySignal />
      <BenchHook play={playForBench} />
      <AdaptiveDpr />
    </Canvas>
  );
}
