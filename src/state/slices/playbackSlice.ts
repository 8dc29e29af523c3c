import type { StateCreator } from 'zustand';
import { UI_TIME_HZ, playhead } from '../../motion/clock';
import {
  advance,
  clampTime,
  nextActionStart,
  nextStepStart,
  previousActionStart,
  previousStepStart,
  segmentIndexAt,
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
export const MAX_SPEED = 2;

export interface PlaybackSlice {
  playing: boolean;
  /**
   * Seconds into the procedure, for the DOM only: published on user actions and by `tick` at
   * about `UI_TIME_HZ` or when the segment changes. The frame loop reads `playhead.t`
   * (`motion/clock.ts`), which is always current.
   */
  time: number;
  /** Playback rate, `MIN_SPEED`..`MAX_SPEED`. */
  speed: number;
  /** Repeat the current action (stroke or point) instead of going on. */
  loopAction: boolean;
  play: () => void;
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

    const publish = (t: number) => {
      sincePublish = 0;
      publishedSegment = segmentIndexAt(schedule, t);
      set({ time: t });
    };
    const seek = (t: number) => {
      playhead.t = clampTime(schedule, t);
      publish(playhead.t);
    };

    return {
      playing: false,
      time: 0,
      speed: 1,
      loopAction: false,
      play: () => {
        // Play at the end starts again from the beginning.
        if (playhead.t >= schedule.duration) seek(0);
        set({ playing: true });
      },
      pause: () => {
        set({ playing: false });
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
        const { playing, speed, loopAction } = get();
        if (!playing || !(dt > 0)) return;
        const real = Math.min(dt, LONG_GAP_S);
        playhead.t = advance(playhead.t, real, speed, schedule, loopAction);
        sincePublish += real;
        if (playhead.t >= schedule.duration) {
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
