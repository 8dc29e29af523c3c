import { beforeEach, expect, test } from 'vitest';
import { playhead } from '../../../src/motion/playhead';
import { LONG_GAP_S } from '../../../src/state/slices/playbackSlice';
import { INITIAL_APP_STATE, useAppStore } from '../../../src/state/store';

beforeEach(() => {
  useAppStore.setState(INITIAL_APP_STATE, true);
  playhead.t = 0;
});

/** Plays `seconds` of wall time at `fps` frames a second, returning how far the lesson moved. */
function play(seconds: number, fps: number): number {
  const start = playhead.t;
  useAppStore.getState().play();
  for (let frame = 0; frame < Math.round(seconds * fps); frame++) useAppStore.getState().tick(1 / fps);
  return playhead.t - start;
}

test.each([60, 30, 14, 6, 2])('lesson time follows the wall clock at %i fps', (fps) => {
  expect(play(20, fps)).toBeCloseTo(20, 6);
});

test('a long gap (a hidden tab, a debugger pause) moves the lesson on by the cap only', () => {
  useAppStore.getState().play();
  useAppStore.getState().tick(45);
  expect(playhead.t).toBeCloseTo(LONG_GAP_S, 9);
});
