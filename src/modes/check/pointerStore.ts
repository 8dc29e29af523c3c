import { create } from 'zustand';

export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Where the learner points on the view, in viewport pixels: the keyboard cursor (while its pad has
 * focus), the start it marked for a line, and the line drawn for the current question.
 */
interface PointerState {
  cursor: ScreenPoint | null;
  lineStart: ScreenPoint | null;
  drawn: readonly ScreenPoint[];
  /** Where the learner tapped (or pressed Enter) to answer a place question. */
  tapped: ScreenPoint | null;
  setTapped(tapped: ScreenPoint | null): void;
  setCursor(cursor: ScreenPoint | null): void;
  setLineStart(start: ScreenPoint | null): void;
  setDrawn(drawn: readonly ScreenPoint[]): void;
  clear(): void;
}

export const usePointerStore = create<PointerState>((set) => ({
  cursor: null,
  lineStart: null,
  drawn: [],
  tapped: null,
  setTapped: (tapped) => set({ tapped }),
  setCursor: (cursor) => set({ cursor }),
  setLineStart: (lineStart) => set({ lineStart }),
  setDrawn: (drawn) => set({ drawn }),
  clear: () => set({ cursor: null, lineStart: null, drawn: [], tapped: null }),
}));

/** The screen line between two points, cut into even steps (the keyboard's drawn stroke). */
export function screenLine(from: ScreenPoint, to: ScreenPoint, steps: number): ScreenPoint[] {
  return Array.from({ length: steps + 1 }, (_, i) => ({ x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps }));
}
