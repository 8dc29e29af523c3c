import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export interface ModesSlice {
  /** The camera follows the working hand while a stroke plays (off once the user moves the camera). */
  followHands: boolean;
  /** Guided flow: pause at the end of each step and offer the next one. */
  learnMode: boolean;
  setFollowHands: (follow: boolean) => void;
  setLearnMode: (learn: boolean) => void;
}

export const createModesSlice: StateCreator<AppState, [], [], ModesSlice> = (set) => ({
  followHands: true,
  learnMode: false,
  setFollowHands: (followHands) => set({ followHands }),
  setLearnMode: (learnMode) => set({ learnMode }),
});
