import type { StateCreator } from 'zustand';
import type { ViewId } from '../../technique/ids';
import type { AppState } from '../store';
import type { ViewPresetId } from '../viewPresetIds';

/** The camera framing for each part of the lesson. */
export const VIEW_FRAMING: Readonly<Record<ViewId, ViewPresetId>> = {
  setting: 'back',
  neck: 'neck',
  shoulders: 'shoulders',
  scapulae: 'scapulae',
  back: 'back',
};

export interface LessonSlice {
  /** The overview ('setting') or the step being studied: its paths are lit, the rest dimmed. */
  selectedView: ViewId;
  /** The path or point whose details are open (hovered, tapped or focused), by action id. */
  inspected: string | null;
  /** Lights a step and frames it (also called as the animation enters a step). */
  selectView: (view: ViewId) => void;
  /** The user chose a step: also moves the animation to its start. */
  openStep: (view: ViewId) => void;
  inspect: (actionId: string | null) => void;
}

export const createLessonSlice: StateCreator<AppState, [], [], LessonSlice> = (set, get) => ({
  selectedView: 'setting',
  inspected: null,
  selectView: (selectedView) => {
    if (selectedView === get().selectedView) return;
    set({ selectedView, inspected: null });
    get().requestView(VIEW_FRAMING[selectedView]);
  },
  openStep: (view) => {
    // From the step list: study that step from its beginning (the animation waits there).
    if (view === 'setting') get().seek(0);
    else get().goToStep(view);
    get().selectView(view);
  },
  inspect: (inspected) => set({ inspected }),
});
