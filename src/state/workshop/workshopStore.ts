import { create } from 'zustand';
import { PLAN, PLAN_PART_IDS, clampMinutes } from './plan';

/**
 * The workshop the presenter mode and the speaker view run together: which part of the plan is on,
 * the minutes given to each part, whether the wall is blanked, and when the workshop and the part
 * began (wall-clock milliseconds, the same clock in both windows of one laptop). Kept in step
 * between the two windows by `workshopSync.ts`.
 */
export interface WorkshopState {
  partIndex: number;
  minutes: readonly number[];
  blanked: boolean;
  /** When the workshop began (the presenter window opened), ms since the epoch. */
  startedAt: number;
  /** When the current part began, ms since the epoch. */
  partStartedAt: number;
}

export interface WorkshopStore extends WorkshopState {
  setPart: (index: number, now: number) => void;
  setMinutes: (index: number, minutes: number) => void;
  setBlanked: (blanked: boolean) => void;
  /** Starts the workshop's clock and the part's again from `now`. */
  restartClock: (now: number) => void;
  /** Takes another window's state as it is. */
  assign: (state: WorkshopState) => void;
}

export const initialWorkshop = (now: number): WorkshopState => ({
  partIndex: 0,
  minutes: PLAN.map((part) => part.minutes),
  blanked: false,
  startedAt: now,
  partStartedAt: now,
});

const lastPart = PLAN_PART_IDS.length - 1;

export const useWorkshopStore = create<WorkshopStore>()((set) => ({
  ...initialWorkshop(Date.now()),
  setPart: (index, now) =>
    set((s) => {
      const partIndex = Math.min(lastPart, Math.max(0, Math.trunc(index)));
      return partIndex === s.partIndex ? {} : { partIndex, partStartedAt: now };
    }),
  setMinutes: (index, minutes) =>
    set((s) => (index in s.minutes ? { minutes: s.minutes.map((m, i) => (i === index ? clampMinutes(minutes) : m)) } : {})),
  setBlanked: (blanked) => set({ blanked }),
  restartClock: (now) => set({ startedAt: now, partStartedAt: now }),
  assign: (state) =>
    set({
      partIndex: Math.min(lastPart, Math.max(0, Math.trunc(state.partIndex))),
      minutes: PLAN.map((part, i) => clampMinutes(state.minutes[i] ?? part.minutes)),
      blanked: state.blanked,
      startedAt: state.startedAt,
      partStartedAt: state.partStartedAt,
    }),
}));

/** The plan's minutes in all, and how many of them come before part `index`. */
export function planMinutes(minutes: readonly number[], index: number): { readonly total: number; readonly before: number } {
  let total = 0;
  let before = 0;
  minutes.forEach((m, i) => {
    total += m;
    if (i < index) before += m;
  });
  return { total, before };
}
