import { beforeEach, expect, test } from 'vitest';
import { playhead } from '../../../src/motion/playhead';
import { SCHEDULE } from '../../../src/motion/techniqueSchedule';
import { INITIAL_APP_STATE, useAppStore } from '../../../src/state/store';

const store = useAppStore;
const FRAME = 1 / 30;

beforeEach(() => {
  store.setState(INITIAL_APP_STATE, true);
  playhead.t = 0;
});

/** Ticks frames until playback stops (or a limit passes); returns the seconds played. */
function playUntilStopped(limit = SCHEDULE.duration + 5): number {
  let elapsed = 0;
  while (store.getState().playing && elapsed < limit) {
    store.getState().tick(FRAME);
    elapsed += FRAME;
  }
  return elapsed;
}

test('a span plays from its start and stops exactly at its end', () => {
  const action = SCHEDULE.actions[2]!;
  store.getState().playSpan(action.start, action.end);
  expect(playhead.t).toBe(action.start);
  playUntilStopped();
  expect(store.getState().playing).toBe(false);
  expect(playhead.t).toBe(action.end);
  expect(store.getState().time).toBe(action.end);
  expect(store.getState().stopAt).toBeNull();
});

test('moving by hand or pausing ends a span', () => {
  store.getState().playSpan(0, 5);
  store.getState().seek(3);
  expect(store.getState().stopAt).toBeNull();
  store.getState().playSpan(0, 5);
  store.getState().pause();
  expect(store.getState().stopAt).toBeNull();
});

test('stop at step end: play stops inside each finished step, and Play there goes on into the next', () => {
  store.getState().setStopAtStepEnd(true);
  const [neck, shoulders] = SCHEDULE.steps;
  store.getState().play();
  playUntilStopped();
  expect(playhead.t).toBeCloseTo(neck!.end - 0.001, 9);
  store.getState().play();
  playUntilStopped();
  expect(playhead.t).toBeCloseTo(shoulders!.end - 0.001, 9);
});

test('without it, play runs through every step to the end', () => {
  store.getState().play();
  playUntilStopped();
  expect(playhead.t).toBe(SCHEDULE.duration);
});
