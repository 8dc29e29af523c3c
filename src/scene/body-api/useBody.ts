import { useMemo } from 'react';
import { SCHEDULE } from '../../motion/techniqueSchedule';
import type { CameraRequest } from '../../state/cameraRequests';
import type { BodyHighlight, BodyLayers } from '../../state/slices/bodySlice';
import { useAppStore } from '../../state/store';
import type { ViewPresetId } from '../../state/viewPresetIds';
import type { StepId, ViewId } from '../../technique/ids';

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
  /** Flies the camera to a preset view. */
  setView(view: ViewPresetId): void;
  /** Any camera request: a preset, or an orbit, zoom or pan nudge. */
  moveCamera(request: CameraRequest): void;
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
      setView: (view) => store().requestView(view),
      moveCamera: (request) => store().requestCamera(request),
    };
  }, []);
}
