import { addAfterEffect } from '@react-three/fiber';
import { useEffect } from 'react';
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
import { LessonLayer } from './lesson/LessonLayer';
import { Lights } from './Lights';
import { ReadySignal } from './ReadySignal';

const playForBench = () => useAppStore.getState().play();

/** The 3D scene, inside the canvas (`SceneCanvas`): the body, lights and the camera rig, then what the technique puts on the body. */
export function Stage() {
  // After each drawn frame the DOM pulls its per-frame values (the pressure gauge).
  useEffect(() => addAfterEffect(() => frameDrawn()), []);
  // What the technique puts on the body comes once the body is on screen: building its lines and
  // the hands' mesh (about 0.1 s on a slow device) does not hold back the body's first frame.
  const bodyDrawn = useAppStore((s) => s.sceneStatus !== 'loading');
  return (
    <>
      <Lights />
      <Body />
      {bodyDrawn && <LessonLayer surface={SKIN_SURFACE} dent={SKIN_DENT} />}
      {bodyDrawn && <HighlightRings />}
      <SkinProbe />
      <CameraRig keepOutside={keepOutsideSkin} />
      <ReadySignal />
      <BenchHook play={playForBench} />
      <AdaptiveDpr />
    </>
  );
}
