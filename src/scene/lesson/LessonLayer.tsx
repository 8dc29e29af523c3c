import { useEffect, useMemo, useRef } from 'react';
import { LANDMARKS } from '../../anatomy/landmarks';
import type { SkinSurface } from '../../anatomy/paths';
import { createHandClearance } from '../../motion/clearance';
import { layTechnique, type LaidTechnique } from '../../motion/laid/layTechnique';
import { TECHNIQUE } from '../../technique';
import { Hands, type HandsPlacement } from '../hands';
import { PlaybackDriver, type SkinDent } from '../playback/PlaybackDriver';
import { usePreparedClearance } from '../playback/usePreparedClearance';
import { useAppStore } from '../../state/store';
import { buildTechniqueOverlay, namedPlaces, overlayLabels } from './overlayGeometry';
import { TechniqueOverlay, createOverlayLines } from './TechniqueOverlay';

export interface LessonLayerProps {
  /** The skin the technique is laid on; its distance field keeps the hands out of the body. */
  readonly surface: SkinSurface;
  readonly dent?: SkinDent;
}

/**
 * Everything the technique puts on the body: the drawn paths and points, and the animated hands.
 * The technique is laid on the skin once, when the layer mounts; the overlay and the motion read it.
 */
export function LessonLayer({ surface, dent }: LessonLayerProps) {
  const laid = useMemo(() => layTechnique(TECHNIQUE, LANDMARKS, surface), [surface]);
  return <LaidLesson laid={laid} surface={surface} {...(dent ? { dent } : {})} />;
}

function LaidLesson({ laid, surface, dent }: LessonLayerProps & { readonly laid: LaidTechnique }) {
  const overlay = useMemo(() => buildTechniqueOverlay(TECHNIQUE, laid), [laid]);
  const lines = useMemo(() => createOverlayLines(overlay), [overlay]);
  // Without a distance field (tests with analytic surfaces) the hands are placed as they come.
  const clearance = useMemo(() => (surface.distance ? createHandClearance(surface.distance) : null), [surface]);
  usePreparedClearance(clearance, laid);
  const placements = useRef<HandsPlacement>({ left: null, right: null });
  useEffect(() => {
    const { setSceneLabels, setNamedPlaces } = useAppStore.getState();
    setSceneLabels(overlayLabels(overlay));
    setNamedPlaces(namedPlaces(overlay));
  }, [overlay]);
  const uniforms = useMemo(() => ({ pressure: lines.pressure.uniforms, glide: lines.glide.uniforms }), [lines]);
  return (
    <>
      <TechniqueOverlay overlay={overlay} lines={lines} />
      <PlaybackDriver laid={laid} lines={uniforms} placements={placements} {...(dent ? { dent } : {})} {...(clearance ? { clearance } : {})} />
      <Hands getPlacement={() => placements.current} />
    </>
  );
}
