/**
 * Fires the session's cues on time: a clock that runs, pauses, resumes and jumps, built on
 * `setTimeout` but reading the time from `now()` at every firing, so late timers (a busy phone)
 * never make the session drift; a cue whose time has passed fires at once, in order.
 *
 * No React, no DOM: the coach's store drives it, and the tests drive it with fake timers.
 */
import type { Cue } from './cues';

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface CueClockOptions {
  readonly cues: readonly Cue[];
  /** Milliseconds, monotonic (`performance.now` in the app). */
  readonly now: () => number;
  readonly timers: Timers;
  readonly onCue: (cue: Cue) => void;
}

export interface CueClock {
  /** Seconds into the session now. */
  position(): number;
  readonly running: boolean;
  /** Runs from the current position (cues from there on fire in order). */
  play(): void;
  /** Stops where it is; `play` goes on from here without repeating a cue. */
  pause(): void;
  /** Jumps to `seconds` (running or not); the cues at or after it are the ones to come. */
  seek(seconds: number): void;
  /** Stops for good. */
  dispose(): void;
}

export function createCueClock({ cues, now, timers, onCue }: CueClockOptions): CueClock {
  let running = false;
  let disposed = false;
  /** Position when stopped; while running, the position is `base + (now() - since) / 1000`. */
  let base = 0;
  let since = 0;
  let next = 0;
  let handle: unknown = null;

  const position = () => (running ? base + (now() - since) / 1000 : base);

  const clear = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };

  const arm = () => {
    clear();
    if (!running || disposed) return;
    const cue = cues[next];
    if (!cue) return;
    handle = timers.setTimeout(fire, Math.max(0, (cue.at - position()) * 1000));
  };

  function fire() {
    handle = null;
    if (!running || disposed) return;
    // A little early counts: timers round to whole milliseconds.
    const t = position() + 0.002;
    while (running && next < cues.length && cues[next]!.at <= t) {
      const cue = cues[next++]!;
      onCue(cue);
      if (cue.end) {
        base = cue.at;
        running = false;
      }
    }
    arm();
  }

  return {
    position,
    get running() {
      return running;
    },
    play() {
      if (running || disposed) return;
      since = now();
      running = true;
      // Cues at the very position (the start, or a jump) fire now.
      fire();
    },
    pause() {
      if (!running) return;
      base = position();
      running = false;
      clear();
    },
    seek(seconds) {
      base = Math.max(0, seconds);
      since = now();
      next = cues.findIndex((cue) => cue.at >= base - 1e-6);
      if (next < 0) next = cues.length;
      if (running) fire();
    },
    dispose() {
      disposed = true;
      running = false;
      clear();
    },
  };
}
