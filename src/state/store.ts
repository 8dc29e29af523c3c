import { create } from 'zustand';
import { createBodySlice, type BodySlice } from './slices/bodySlice';
import { createLabelsSlice, type LabelsSlice } from './slices/labelsSlice';
import { createLessonSlice, type LessonSlice } from './slices/lessonSlice';
import { createModesSlice, type ModesSlice } from './slices/modesSlice';
import { createPlaybackSlice, type PlaybackSlice } from './slices/playbackSlice';
import { createPreferencesSlice, type PreferencesSlice } from './slices/preferencesSlice';
import { createStatusSlice, type StatusSlice } from './slices/statusSlice';
import { createViewSlice, type ViewSlice } from './slices/viewSlice';

/**
 * One store in slices (zustand's slices pattern). Components subscribe with selectors;
 * per-frame code reads `useAppStore.getState()` inside `useFrame` so animation never re-renders React.
 */
export type AppState = PreferencesSlice &
  ViewSlice &
  StatusSlice &
  LessonSlice &
  PlaybackSlice &
  ModesSlice &
  LabelsSlice &
  BodySlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createPreferencesSlice(...a),
  ...createViewSlice(...a),
  ...createStatusSlice(...a),
  ...createLessonSlice(...a),
  ...createPlaybackSlice(...a),
  ...createModesSlice(...a),
  ...createLabelsSlice(...a),
  ...createBodySlice(...a),
}));

/** The state a fresh page starts with, for resetting between tests. */
export const INITIAL_APP_STATE: AppState = useAppStore.getState();
