import { useEffect, useMemo, useRef } from 'react';
import { cachedSurface } from '../../anatomy/cachedSurface';
import { LANDMARKS } from '../../anatomy/landmarks';
import type { SkinSurface } from '../../anatomy/paths';
import { createHandClearance } from '../../motion/clearance';
import { resolveTechniqueGeometry } from '../../motion/geometry';
import { TECHNIQUE } from '../../technique';
import { Hands, type HandsPlacement } from '../hands';
import { PlaybackDriver, type SkinDent } from '../playback/PlaybackDriver';
import { usePreparedClearance } from '../playback/usePreparedClearance';
import { useAppStore } from '../../state/store';
import { buildTechniqueOverlay, namedPlaces, overlayLabels } from './overlayGeometry';
import { TechniqueOverlay, createOverlayLines } from './TechniqueOverlay';

export interface LessonLayerProps {
  readonly surface: SkinSurface;
  readonly dent?: SkinDent;
}

/**
 * Everything the technique puts on the body: the drawn paths and points, and the animated hands.
 * Paths and hand tracks are laid on the skin once, when the layer mounts.
 */
export function LessonLayer({ surface: skin, dent }: LessonLayerProps) {
  // The drawn paths and the hands' tracks resolve the same specs: project each point once.
  const surface = useMemo(() => cachedSurface(skin), [skin]);
  const overlay = useMemo(() => buildTechniqueOverlay(TECHNIQUE, surface), [surface]);
  const lines = useMemo(() => createOverlayLines(overlay), [overlay]);
  const geometry = useMemo(() => resolveTechniqueGeometry(TECHNIQUE, LANDMARKS, surface), [surface]);
  // Without a distance field (tests with analytic surfaces) the hands are placed as they come.
  const clearance = useMemo(() => (surface.distance ? createHandClearance(surface.distance) : null), [surface]);
  usePreparedClearance(clearance, geometry);
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
      <PlaybackDriver
        geometry={geometry}
        overlay={overlay}
        lines={uniforms}
        placements={placements}
        {...(dent ? { dent } : {})}
        {...(clearance ? { clearance } : {})}
      />
      <Hands getPlacement={() => placements.current} />
    </>
  );
}
