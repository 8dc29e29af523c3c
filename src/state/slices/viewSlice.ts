import type { StateCreator } from 'zustand';
import type { CameraRequest } from '../cameraRequests';
import type { AppState } from '../store';
import type { ViewPresetId } from '../viewPresetIds';

export interface ViewSlice {
  /** The preset the camera is flying to or resting at; null once the user has moved it by hand. */
  view: ViewPresetId | null;
  /** The latest request to the camera, and a serial so the same request twice still moves it. */
  camera: { readonly request: CameraRequest | null; readonly serial: number };
  /** The one way to move the camera: a preset view or a nudge. */
  requestCamera: (request: CameraRequest) => void;
  /** Flies to a preset view (a `requestCamera` of kind 'preset'). */
  requestView: (view: ViewPresetId) => void;
  /** Called by the camera controls when the user drags, zooms or pans. */
  releaseView: () => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set, get) => ({
  view: 'back',
  camera: { request: null, serial: 0 },
  requestCamera: (request) =>
    set((s) => ({
      // A nudge is the user taking the camera: it leaves the preset (and stops following the hands).
      view: request.kind === 'preset' ? request.view : null,
      ...(request.kind === 'preset' ? {} : { followHands: false }),
      camera: { request, serial: s.camera.serial + 1 },
    })),
  requestView: (view) => get().requestCamera({ kind: 'preset', view }),
  releaseView: () => set({ view: null }),
});
