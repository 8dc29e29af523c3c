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
  selectView: (view: ViewId) => void;
  inspect: (actionId: string | null) => void;
}

export const createLessonSlice: StateCreator<AppState, [], [], LessonSlice> = (set, get) => ({
  selectedView: 'setting',
  inspected: null,
  selectView: (selectedView) => {
    set({ selectedView, inspected: null });
    get().requestView(VIEW_FRAMING[selectedView]);
  },
  inspect: (inspected) => set({ inspected }),
});
