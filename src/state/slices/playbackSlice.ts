import type { StateCreator } from 'zustand';
import { UI_TIME_HZ, playhead } from '../../motion/playhead';
import {
  advance,
  clampTime,
  nextActionStart,
  nextStepStart,
  previousActionStart,
  previousStepStart,
  segmentIndexAt,
  stepAt,
  stepStart,
  type Schedule,
} from '../../motion/schedule';
import { SCHEDULE } from '../../motion/techniqueSchedule';
import type { StepId } from '../../technique/ids';
import type { AppState } from '../store';

export const MIN_SPEED = 0.25;
/**
 * A frame gap longer than this is a pause (a hidden tab, a debugger), not animation time: the
 * lesson moves on by at most this much. Any shorter gap counts in full, so a 6 fps phone keeps
 * real time (a throttled 2 fps page has frames of over a second).
 */
export const LONG_GAP_S = 2;
/** How far before a step's end play stops in learn mode, so the finished step stays shown. */
const STEP_END_MARGIN = 0.001;
export const MAX_SPEED = 2;

export interface PlaybackSlice {
  playing: boolean;
  /**
   * Seconds into the procedure, for the DOM only: published on user actions and by `tick` at
   * about `UI_TIME_HZ` or when the segment changes. The frame loop reads `playhead.t`
   * (`motion/playhead.ts`), which is always current.
   */
  time: number;
  /** Playback rate, `MIN_SPEED`..`MAX_SPEED`. */
  speed: number;
  /** Repeat the current action (stroke or point) instead of going on. */
  loopAction: boolean;
  /** Stop at the end of each step (the lesson's learn mode) instead of going on into the next. */
  stopAtStepEnd: boolean;
  /** Where play stops by itself when a span was asked for (`playSpan`); null: the end. */
  stopAt: number | null;
  play: () => void;
  /** Plays from `from` and stops at `to` (seconds into the procedure): a movement, a step, any span. */
  playSpan: (from: number, to: number) => void;
  setStopAtStepEnd: (stop: boolean) => void;
  pause: () => void;
  toggle: () => void;
  seek: (t: number) => void;
  nextAction: () => void;
  previousAction: () => void;
  nextStep: () => void;
  previousStep: () => void;
  goToStep: (stepId: StepId) => void;
  setSpeed: (speed: number) => void;
  setLoopAction: (loop: boolean) => void;
  /**
   * Called once per frame from `useFrame` with the frame's real seconds: moves `playhead.t` while
   * playing, pauses at the end, and publishes `time` only now and then (no render per frame).
   */
  tick: (dt: number) => void;
}

export const clampSpeed = (speed: number): number => (Number.isNaN(speed) ? 1 : Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed)));

/** A playback slice over a given schedule (the app's is `SCHEDULE`; tests may pass another). */
export function playbackSliceFor(schedule: Schedule): StateCreator<AppState, [], [], PlaybackSlice> {
  return (set, get) => {
    // Real seconds since `time` was last published, and the segment it was published in.
    let sincePublish = 0;
    let publishedSegment = -1;
    // Where play last stopped at a step's end, so that Play from there goes on.
    let stoppedAtStepEnd: number | null = null;

    const publish = (t: number) => {
      sincePublish = 0;
      publishedSegment = segmentIndexAt(schedule, t);
      set({ time: t });
    };
    const seek = (t: number) => {
      playhead.t = clampTime(schedule, t);
      set({ stopAt: null }); // Moving by hand ends a span.
      publish(playhead.t);
    };
    const stopHere = (t: number) => {
      playhead.t = t;
      set({ playing: false, stopAt: null });
      publish(t);
    };

    return {
      playing: false,
      time: 0,
      speed: 1,
      loopAction: false,
      stopAtStepEnd: false,
      stopAt: null,
      playSpan: (from, to) => {
        seek(from);
        set({ stopAt: clampTime(schedule, to), playing: true });
      },
      setStopAtStepEnd: (stopAtStepEnd) => set({ stopAtStepEnd }),
      play: () => {
        // Play at the end starts again from the beginning.
        if (playhead.t >= schedule.duration) seek(0);
        set({ playing: true });
      },
      pause: () => {
        set({ playing: false, stopAt: null });
        publish(playhead.t);
      },
      toggle: () => (get().playing ? get().pause() : get().play()),
      seek,
      nextAction: () => seek(nextActionStart(schedule, playhead.t)),
      previousAction: () => seek(previousActionStart(schedule, playhead.t)),
      nextStep: () => seek(nextStepStart(schedule, playhead.t)),
      previousStep: () => seek(previousStepStart(schedule, playhead.t)),
      goToStep: (stepId) => seek(stepStart(schedule, stepId)),
      setSpeed: (speed) => set({ speed: clampSpeed(speed) }),
      setLoopAction: (loopAction) => set({ loopAction }),
      tick: (dt) => {
        const { playing, speed, loopAction, stopAt, stopAtStepEnd } = get();
        if (!playing || !(dt > 0)) return;
        const real = Math.min(dt, LONG_GAP_S);
        const before = playhead.t;
        playhead.t = advance(before, real, speed, schedule, loopAction);
        sincePublish += real;
        const stepEnd = stepAt(schedule, before).end;
        // Play pressed where a step's end stopped it goes on into the next step.
        const endOfStepReached = playhead.t >= stepEnd && before !== stoppedAtStepEnd;
        stoppedAtStepEnd = null;
        if (stopAt !== null && before < stopAt && playhead.t >= stopAt) {
          stopHere(stopAt);
        } else if (stopAtStepEnd && endOfStepReached && stepEnd < schedule.duration) {
          stopHere(stepEnd - STEP_END_MARGIN); // still inside the step that just finished
          stoppedAtStepEnd = playhead.t;
        } else if (playhead.t >= schedule.duration) {
          set({ playing: false });
          publish(playhead.t);
        } else if (sincePublish >= 1 / UI_TIME_HZ || segmentIndexAt(schedule, playhead.t) !== publishedSegment) {
          publish(playhead.t);
        }
      },
    };
  };
}

export const createPlaybackSlice = playbackSliceFor(SCHEDULE);
