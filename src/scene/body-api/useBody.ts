import { useMemo } from 'react';
import { distanceAlongSkin } from '../../anatomy/alongSkin';
import { LANDMARKS } from '../../anatomy/landmarks';
import { SKIN_SURFACE } from '../../anatomy/skin/skinSurface';
import type { Vec3 } from '../../anatomy/vec';
import { SCHEDULE } from '../../motion/techniqueSchedule';
import type { CameraRequest } from '../../state/cameraRequests';
import type { BodyHighlight, BodyLayers, NamedPlace } from '../../state/slices/bodySlice';
import { useAppStore } from '../../state/store';
import type { ViewPresetId } from '../../state/viewPresetIds';
import type { StepId, ViewId } from '../../technique/ids';
import { bodyProbe, type PictureLabel, type SkinHit } from './bodyProbe';

/** Where a point on the back lies from the base of the neck (C7), as a person would say it. */
export interface BackOffset {
  /** Toward the mother's right (+) or left (-) of the spine, millimetres. */
  readonly rightMm: number;
  /** Below (+) or above (-) the base of the neck, millimetres. */
  readonly belowMm: number;
}

/** What a mode may ask of the body. Picks come the other way, through `<BodyView onPick>`. */
export interface BodyApi {
  /** Shows a step's paths and points lit (the others faint or hidden) and frames it; 'setting' shows all. */
  showStep(view: ViewId): void;
  /** Pulsing rings at a place on the skin, or at a movement's places; null clears them. */
  highlight(highlight: BodyHighlight | null): void;
  /** Shows or hides paths, points, labels and hands. */
  setLayers(layers: Partial<BodyLayers>): void;
  /** Plays from `from` to `to` (seconds into the procedure) and stops there. */
  playSpan(from: number, to: number): void;
  /** Plays one movement (a stroke with its repetitions, or a press) and stops at its end. */
  playAction(actionId: string): void;
  /** Plays one step from its start and stops at its end. */
  playStep(stepId: StepId): void;
  /** Stops what is playing where it is. */
  pause(): void;
  /** Flies the camera to a preset view. */
  setView(view: ViewPresetId): void;
  /** Any camera request: a preset, or an orbit, zoom or pan nudge. */
  moveCamera(request: CameraRequest): void;
  /** The skin under a viewport pixel (a tap, a cursor, a drawn stroke); null off the body or before it is drawn. */
  skinAt(clientX: number, clientY: number): SkinHit | null;
  /** Where a body point is drawn on the screen (viewport pixels); null before the body is drawn. */
  toScreen(point: Vec3): { readonly x: number; readonly y: number } | null;
  /** The view as it is drawn now, as a PNG data URL (the leaflet's pictures); null before the body is drawn. */
  picture(): string | null;
  /** The shown step's point numbers, stroke letters and clock hours as they fall in `picture()` (fractions of its size). */
  pictureLabels(): readonly PictureLabel[];
  /** From `a` to `b` along the skin, millimetres (made for the few centimetres of judging a tap). */
  distanceAlongSkinMm(a: Vec3, b: Vec3): number;
  /** Where a point lies from the base of the neck: for words that describe a place without naming it. */
  offsetFromNeckBase(point: Vec3): BackOffset;
  /** The named places of a movement (a point's places, a stroke's lines), once the technique is laid. */
  placesOf(actionId: string): readonly NamedPlace[];
}

function spanOf(id: string, list: readonly { readonly start: number; readonly end: number; readonly id: string }[]) {
  const span = list.find((entry) => entry.id === id);
  if (!span) throw new RangeError(`body: nothing called "${id}" in the procedure`);
  return span;
}

/**
 * The body as modes see it (drei's component-plus-hook shape: `<BodyView>` and `useBody()`).
 * Modes use this and never the scene's internals; the functions are stable across renders.
 */
export function useBody(): BodyApi {
  return useMemo((): BodyApi => {
    const store = () => useAppStore.getState();
    const actions = SCHEDULE.actions.map((a) => ({ id: a.actionId, start: a.start, end: a.end }));
    const steps = SCHEDULE.steps.map((s) => ({ id: s.stepId, start: s.start, end: s.end }));
    return {
      showStep: (view) => store().selectView(view),
      highlight: (highlight) => store().highlight(highlight),
      setLayers: (layers) => store().setBodyLayers(layers),
      playSpan: (from, to) => store().playSpan(from, to),
      playAction: (actionId) => {
        const span = spanOf(actionId, actions);
        store().playSpan(span.start, span.end);
      },
      playStep: (stepId) => {
        const span = spanOf(stepId, steps);
        store().playSpan(span.start, span.end);
      },
      pause: () => store().pause(),
      setView: (view) => store().requestView(view),
      moveCamera: (request) => store().requestCamera(request),
      skinAt: (x, y) => bodyProbe()?.skinAt(x, y) ?? null,
      toScreen: (point) => bodyProbe()?.toScreen(point) ?? null,
      picture: () => bodyProbe()?.picture() ?? null,
      pictureLabels: () => bodyProbe()?.pictureLabels() ?? [],
      distanceAlongSkinMm: (a, b) => distanceAlongSkin(a, b, SKIN_SURFACE) * 1000,
      offsetFromNeckBase: (point) => {
        const neckBase = LANDMARKS.C7.skin;
        return { rightMm: (point[0] - neckBase[0]) * 1000, belowMm: (neckBase[1] - point[1]) * 1000 };
      },
      placesOf: (actionId) => store().namedPlaces.filter((place) => place.actionId === actionId),
    };
  }, []);
}
