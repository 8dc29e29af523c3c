import { beforeEach, describe, expect, test } from 'vitest';
import { UI_TIME_HZ, playhead } from '../../../src/motion/playhead';
import { actionAt, segmentIndexAt } from '../../../src/motion/schedule';
import { SCHEDULE } from '../../../src/motion/techniqueSchedule';
import { MAX_SPEED, MIN_SPEED } from '../../../src/state/slices/playbackSlice';
import { INITIAL_APP_STATE, useAppStore } from '../../../src/state/store';

const store = useAppStore;
const FRAME = 1 / 60;

beforeEach(() => {
  store.setState(INITIAL_APP_STATE, true);
  playhead.t = 0;
});

/** Runs the frame loop for `seconds` of real time, counting how often `time` was published. */
function runFrames(seconds: number, dt = FRAME): number {
  let publishes = 0;
  const unsubscribe = store.subscribe((s, before) => {
    if (s.time !== before.time) publishes++;
  });
  for (let elapsed = 0; elapsed < seconds - 1e-9; elapsed += dt) store.getState().tick(dt);
  unsubscribe();
  return publishes;
}

describe('playback slice', () => {
  test('starts paused at 0, speed 1, not looping', () => {
    const s = store.getState();
    expect([s.playing, s.time, s.speed, s.loopAction]).toEqual([false, 0, 1, false]);
  });

  test('play, pause and toggle; ticks move the playhead only while playing', () => {
    store.getState().tick(0.5);
    expect(playhead.t).toBe(0);
    store.getState().play();
    expect(store.getState().playing).toBe(true);
    store.getState().tick(0.5);
    expect(playhead.t).toBeCloseTo(0.5, 12);
    store.getState().toggle();
    expect(store.getState().playing).toBe(false);
    expect(store.getState().time).toBe(playhead.t);
    store.getState().tick(0.5);
    expect(playhead.t).toBeCloseTo(0.5, 12);
    store.getState().toggle();
    expect(store.getState().playing).toBe(true);
  });

  test('the frame loop publishes `time` at a low rate, not every frame, and it never lags far', () => {
    store.getState().seek(SCHEDULE.actions[1]!.loopStart + 0.01); // inside a long hold, few segment changes
    store.getState().play();
    const publishes = runFrames(1);
    const segmentChanges = 1; // the 5 s mastoid press changes phase at most once in a second
    expect(publishes).toBeGreaterThanOrEqual(UI_TIME_HZ - 1);
    expect(publishes).toBeLessThanOrEqual(UI_TIME_HZ + 1 + segmentChanges);
    expect(publishes).toBeLessThan(60 / 4);
    expect(playhead.t - store.getState().time).toBeLessThanOrEqual(1 / UI_TIME_HZ + FRAME);
  });

  test('`time` is published at once when the segment changes', () => {
    const seg = SCHEDULE.segments[3]!;
    store.getState().seek(seg.end - 0.005);
    store.getState().play();
    store.getState().tick(0.01);
    expect(segmentIndexAt(SCHEDULE, playhead.t)).toBe(4);
    expect(store.getState().time).toBe(playhead.t);
  });

  test('seek clamps to the procedure and sets both the playhead and time', () => {
    store.getState().seek(42.5);
    expect([playhead.t, store.getState().time]).toEqual([42.5, 42.5]);
    store.getState().seek(-3);
    expect(playhead.t).toBe(0);
    store.getState().seek(1e9);
    expect(store.getState().time).toBe(SCHEDULE.duration);
  });

  test('next/previous action and step, and goToStep, land on starts', () => {
    const s = () => store.getState();
    s().nextAction();
    expect(playhead.t).toBe(SCHEDULE.actions[1]!.start);
    s().nextAction();
    expect(playhead.t).toBe(SCHEDULE.actions[2]!.start);
    s().previousAction();
    expect(playhead.t).toBe(SCHEDULE.actions[1]!.start);
    s().nextStep();
    expect(playhead.t).toBe(SCHEDULE.steps[1]!.start);
    s().nextStep();
    expect(s().time).toBe(SCHEDULE.steps[2]!.start);
    s().seek(SCHEDULE.steps[2]!.start + 10);
    s().previousStep();
    expect(playhead.t).toBe(SCHEDULE.steps[2]!.start);
    s().previousStep();
    expect(playhead.t).toBe(SCHEDULE.steps[1]!.start);
    s().goToStep('back');
    expect([playhead.t, s().time]).toEqual([SCHEDULE.steps[3]!.start, SCHEDULE.steps[3]!.start]);
    s().goToStep('neck');
    expect(playhead.t).toBe(0);
  });

  test('speed is clamped to 0.25..2 and scales the playhead', () => {
    store.getState().setSpeed(10);
    expect(store.getState().speed).toBe(MAX_SPEED);
    store.getState().setSpeed(0);
    expect(store.getState().speed).toBe(MIN_SPEED);
    store.getState().setSpeed(Number.NaN);
    expect(store.getState().speed).toBe(1);
    store.getState().setSpeed(0.5);
    store.getState().play();
    runFrames(2);
    expect(playhead.t).toBeCloseTo(1, 6);
  });

  test('loopAction keeps the playhead inside the current action', () => {
    const action = SCHEDULE.actions[0]!;
    store.getState().setLoopAction(true);
    store.getState().play();
    for (let i = 0; i < 3 * 60 * 60; i++) {
      store.getState().tick(FRAME);
      expect(playhead.t).toBeGreaterThanOrEqual(action.start);
      expect(playhead.t).toBeLessThan(action.end);
    }
    expect(actionAt(SCHEDULE, playhead.t).actionId).toBe(action.actionId);
    store.getState().setLoopAction(false);
    runFrames(action.end - playhead.t + 0.5);
    expect(actionAt(SCHEDULE, playhead.t).actionId).toBe(SCHEDULE.actions[1]!.actionId);
  });

  test('playback stops at the end, and play again starts over', () => {
    store.getState().seek(SCHEDULE.duration - 0.1);
    store.getState().play();
    runFrames(0.5);
    expect(store.getState().playing).toBe(false);
    expect(store.getState().time).toBe(SCHEDULE.duration);
    store.getState().play();
    expect(playhead.t).toBe(0);
    expect(store.getState().playing).toBe(true);
  });
});
