import type { StateCreator } from 'zustand';
import { DEFAULT_MODE, type ModeId } from '../modeIds';
import type { AppState } from '../store';

export interface ModesSlice {
  /** The way of use that is open (`?mode=`); its own code and state load with it. */
  mode: ModeId;
  /** The camera follows the working hand while a stroke plays (off once the user moves the camera). */
  followHands: boolean;
  setFollowHands: (follow: boolean) => void;
}

export const createModesSlice: StateCreator<AppState, [], [], ModesSlice> = (set) => ({
  mode: DEFAULT_MODE,
  followHands: true,
  setFollowHands: (followHands) => set({ followHands }),
});
