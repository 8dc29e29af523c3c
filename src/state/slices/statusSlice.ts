import type { StateCreator } from 'zustand';
import type { PreferenceField } from '../preferences';
import type { AppState } from '../store';

export type SceneStatus = 'loading' | 'ready' | 'contextLost';

/** A message for the user; `key` names it under `problems` in the dictionaries. */
export type NoticeContent =
  | { readonly key: 'corruptSettings' | 'emptyStep' }
  /** `value` is what the link said, quoted back to the user. */
  | { readonly key: 'unknownStep' | 'unknownLanguage' | 'unknownMode' | 'unknownPrint'; readonly value: string }
  /** Saved settings of which only these fields were unreadable (and reset). */
  | { readonly key: 'settingsReset'; readonly fields: readonly PreferenceField[] };

export type Notice = NoticeContent & { readonly id: number };

export interface StatusSlice {
  sceneStatus: SceneStatus;
  /** Bumped to remount the canvas after a lost WebGL context. */
  canvasGeneration: number;
  notices: readonly Notice[];
  setSceneStatus: (status: SceneStatus) => void;
  remountCanvas: () => void;
  pushNotice: (notice: NoticeContent) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createStatusSlice: StateCreator<AppState, [], [], StatusSlice> = (set) => ({
  sceneStatus: 'loading',
  canvasGeneration: 0,
  notices: [],
  setSceneStatus: (sceneStatus) => set({ sceneStatus }),
  remountCanvas: () => set((s) => ({ sceneStatus: 'loading', canvasGeneration: s.canvasGeneration + 1 })),
  pushNotice: (notice) => set((s) => ({ notices: [...s.notices, { ...notice, id: nextNoticeId++ }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
