import { create } from 'zustand';
import { useAppStore } from '../../state/store';

/**
 * The lesson's own state, loaded with the mode (the app store holds what the shell, the body and
 * every mode share). Learn mode is the guided walk through the steps: play stops at the end of
 * each one, and the learn card offers the next.
 */
export interface LessonState {
  learnMode: boolean;
  setLearnMode: (learn: boolean) => void;
}

export const useLessonStore = create<LessonState>()((set) => ({
  learnMode: false,
  setLearnMode: (learnMode) => {
    set({ learnMode });
    useAppStore.getState().setStopAtStepEnd(learnMode);
  },
}));
