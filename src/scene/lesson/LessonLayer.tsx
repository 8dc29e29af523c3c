import { useEffect, useMemo, useRef, useState } from 'react';
import type { SkinSurface } from '../../anatomy/paths';
import { createHandClearance } from '../../motion/clearance';
import type { LaidTechnique } from '../../motion/laid/layTechnique';
import { TECHNIQUE } from '../../technique';
import { Hands, type HandsPlacement } from '../hands';
import { PlaybackDriver, type SkinDent } from '../playback/PlaybackDriver';
import { usePreparedClearance } from '../playback/usePreparedClearance';
import { loadLaidTechnique } from '../skin/loadSkin';
import { useAppStore } from '../../state/store';
import { buildTechniqueOverlay, namedPlaces, overlayLabels } from './overlayGeometry';
import { regionAnchors, regionLabels, regionSeeds } from './stepRegions';
import { TechniqueOverlay, createOverlayLines } from './TechniqueOverlay';

export interface LessonLayerProps {
  /** The skin's distance field keeps the hands out of the body (`surface.distance`). */
  readonly surface: SkinSurface;
  readonly dent?: SkinDent;
}

/**
 * Everything the technique puts on the body: the drawn paths and points (in the overview, the
 * steps' numbered regions instead of the paths), and the animated hands.
 * The technique is laid on the skin off the main thread, with the skin (`loadLaidTechnique`);
 * the layer appears when it is there.
 */
export function LessonLayer({ surface, dent }: LessonLayerProps) {
  const [laid, setLaid] = useState<LaidTechnique | null>(null);
  useEffect(() => {
    let live = true;
    loadLaidTechnique().then(
      (l) => live && setLaid(l),
      (error: unknown) => console.error('lesson: could not lay the technique on the skin', error),
    );
    return () => {
      live = false;
    };
  }, []);
  return laid ? <LaidLesson laid={laid} surface={surface} {...(dent ? { dent } : {})} /> : null;
}

function LaidLesson({ laid, surface, dent }: LessonLayerProps & { readonly laid: LaidTechnique }) {
  const overlay = useMemo(() => buildTechniqueOverlay(TECHNIQUE, laid), [laid]);
  const lines = useMemo(() => createOverlayLines(overlay), [overlay]);
  const seeds = useMemo(() => regionSeeds(laid), [laid]);
  // Without a distance field (tests with analytic surfaces) the hands are placed as they come.
  const clearance = useMemo(() => (surface.distance ? createHandClearance(surface.distance) : null), [surface]);
  usePreparedClearance(clearance, laid);
  const placements = useRef<HandsPlacement>({ left: null, right: null });
  useEffect(() => {
    const { setSceneLabels, setNamedPlaces } = useAppStore.getState();
    const anchors = regionAnchors(seeds, regionSeeds(laid, { lines: true }), overlay.points.map((p) => p.at.point));
    setSceneLabels([...overlayLabels(overlay), ...regionLabels(anchors, TECHNIQUE)]);
    setNamedPlaces(namedPlaces(overlay));
    // For the browser tests, beside `data-scene-ready`: the technique's places are on the body too
    // (on a first visit a moment after the body is drawn).
    document.body.dataset.techniqueReady = 'true';
  }, [overlay, laid, seeds]);
  const uniforms = useMemo(() => ({ pressure: lines.pressure.uniforms, glide: lines.glide.uniforms }), [lines]);
  return (
    <>
      <TechniqueOverlay overlay={overlay} lines={lines} seeds={seeds} />
      <PlaybackDriver laid={laid} lines={uniforms} placements={placements} {...(dent ? { dent } : {})} {...(clearance ? { clearance } : {})} />
      {/* The overview is a map of the steps: the driver places no hands over it (they come with the step that plays). */}
      <Hands getPlacement={() => placements.current} />
    </>
  );
}
