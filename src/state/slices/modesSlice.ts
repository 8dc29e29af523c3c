import type { StateCreator } from 'zustand';
import { DEFAULT_MODE, type ModeId } from '../modeIds';
import type { AppState } from '../store';
import { ALL_LAYERS } from './bodySlice';

export interface ModesSlice {
  /** The way of use that is open (`?mode=`); its own code and state load with it. */
  mode: ModeId;
  /** Opens another way of use (the link follows); what the open mode showed on the body is reset. */
  setMode: (mode: ModeId) => void;
  /** The camera follows the working hand while a stroke plays (off once the user moves the camera). */
  followHands: boolean;
  setFollowHands: (follow: boolean) => void;
}

export const createModesSlice: StateCreator<AppState, [], [], ModesSlice> = (set) => ({
  mode: DEFAULT_MODE,
  setMode: (mode) => set((s) => (s.mode === mode ? {} : { mode, bodyLayers: ALL_LAYERS, bodyHighlight: null })),
  followHands: true,
  setFollowHands: (followHands) => set({ followHands }),
});
