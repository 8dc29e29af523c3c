import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export type SceneStatus = 'loading' | 'ready' | 'contextLost';

/** A message for the user; `key` names it under `problems` in the dictionaries. */
export interface Notice {
  readonly id: number;
  readonly key: 'corruptSettings' | 'unknownStep';
  /** The unknown step name from a link, quoted back to the user. */
  readonly step?: string;
}

export interface StatusSlice {
  sceneStatus: SceneStatus;
  /** Bumped to remount the canvas after a lost WebGL context. */
  canvasGeneration: number;
  notices: readonly Notice[];
  setSceneStatus: (status: SceneStatus) => void;
  remountCanvas: () => void;
  pushNotice: (notice: Omit<Notice, 'id'>) => void;
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
