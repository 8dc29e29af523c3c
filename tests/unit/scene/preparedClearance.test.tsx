// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { HandClearance } from '../../../src/motion/clearance';
import type { LaidTechnique } from '../../../src/motion/laid/layTechnique';
import { usePreparedClearance } from '../../../src/scene/playback/usePreparedClearance';
import { INITIAL_APP_STATE, useAppStore } from '../../../src/state/store';

/** A clearance that records each call to `prepare` and is finished after `slices` of them. */
function fakeClearance(slices = 3) {
  const calls: number[] = [];
  const clearance = {
    prepare: vi.fn((_geometry: LaidTechnique, fromAction: number) => {
      calls.push(fromAction);
      return calls.length >= slices;
    }),
  } as unknown as HandClearance;
  return { clearance, calls };
}

const GEOMETRY = {} as LaidTechnique;

describe('preparing the hands’ clearance in idle time', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useAppStore.setState(INITIAL_APP_STATE, true);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('waits in the overview, starts once something plays, and runs in slices until done', async () => {
    const { clearance, calls } = fakeClearance(3);
    renderHook(() => usePreparedClearance(clearance, GEOMETRY));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(calls).toEqual([]);

    act(() => useAppStore.getState().play());
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(calls).toHaveLength(3);
    // Pausing again does not stop or restart it: it is done, and stays done.
    act(() => useAppStore.getState().pause());
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(calls).toHaveLength(3);
  });

  test('opening a step starts it too', async () => {
    const { clearance, calls } = fakeClearance(1);
    renderHook(() => usePreparedClearance(clearance, GEOMETRY));
    act(() => useAppStore.getState().selectView('scapulae'));
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(calls).toHaveLength(1);
  });
});
