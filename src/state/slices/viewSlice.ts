import type { StateCreator } from 'zustand';
import type { AppState } from '../store';
import type { ViewPresetId } from '../viewPresetIds';

export interface ViewSlice {
  /** The preset the camera is flying to or resting at; null once the user has moved it by hand. */
  view: ViewPresetId | null;
  /** Bumped on every request so asking for the current preset again still moves the camera back. */
  viewRequest: number;
  requestView: (view: ViewPresetId) => void;
  /** Called by the camera controls when the user drags, zooms or pans. */
  releaseView: () => void;
}

export const createViewSlice: StateCreator<AppState, [], [], ViewSlice> = (set) => ({
  view: 'back',
  viewRequest: 0,
  requestView: (view) => set((s) => ({ view, viewRequest: s.viewRequest + 1 })),
  releaseView: () => set({ view: null }),
});
