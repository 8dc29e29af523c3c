// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { playhead } from '../../../src/motion/playhead';
import { SCHEDULE } from '../../../src/motion/techniqueSchedule';
import { useBody } from '../../../src/scene/body-api';
import { INITIAL_APP_STATE, useAppStore } from '../../../src/state/store';

beforeEach(() => {
  useAppStore.setState(INITIAL_APP_STATE, true);
  playhead.t = 0;
});

const body = () => renderHook(() => useBody()).result.current;

test('the same functions on every render, so modes can depend on them', () => {
  const { result, rerender } = renderHook(() => useBody());
  const first = result.current;
  rerender();
  expect(result.current).toBe(first);
});

test('playAction plays one movement and stops at its end; playStep one step', () => {
  const action = SCHEDULE.actions[3]!;
  body().playAction(action.actionId);
  expect([playhead.t, useAppStore.getState().playing, useAppStore.getState().stopAt]).toEqual([action.start, true, action.end]);
  const step = SCHEDULE.steps[2]!;
  body().playStep(step.stepId);
  expect([playhead.t, useAppStore.getState().stopAt]).toEqual([step.start, step.end]);
  expect(() => body().playAction('no-such-movement')).toThrow(/no-such-movement/);
});

test('layers merge, highlights replace, a step is shown and framed', () => {
  body().setLayers({ paths: false });
  body().setLayers({ hands: false });
  expect(useAppStore.getState().bodyLayers).toEqual({ paths: false, points: true, labels: true, hands: false });
  body().highlight({ kind: 'action', actionId: 'mastoid-press' });
  expect(useAppStore.getState().bodyHighlight).toEqual({ kind: 'action', actionId: 'mastoid-press' });
  body().highlight(null);
  expect(useAppStore.getState().bodyHighlight).toBeNull();
  body().showStep('scapulae');
  expect(useAppStore.getState().selectedView).toBe('scapulae');
  expect(useAppStore.getState().view).toBe('scapulae');
});

test('the camera has one way in: a preset flies there, a nudge leaves the preset and stops following', () => {
  body().setView('neck');
  expect(useAppStore.getState().camera.request).toEqual({ kind: 'preset', view: 'neck' });
  const serial = useAppStore.getState().camera.serial;
  body().moveCamera({ kind: 'zoom', factor: 0.9 });
  expect(useAppStore.getState()).toMatchObject({ view: null, followHands: false, camera: { serial: serial + 1 } });
});
