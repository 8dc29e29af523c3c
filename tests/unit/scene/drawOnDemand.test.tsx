// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { PerspectiveCamera } from 'three';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DrawOnDemand, SETTLE_MS } from '../../../src/scene/DrawOnDemand';
import { FRAME_ORDER } from '../../../src/scene/frameOrder';
import { animationStep, frameValues } from '../../../src/state/frameValues';
import { INITIAL_APP_STATE, useAppStore } from '../../../src/state/store';

/** A stand-in for react-three-fiber's loop: the frame callback, the tail effects, and who asked for frames. */
const loop = vi.hoisted(() => ({
  camera: null as unknown as import('three').PerspectiveCamera,
  frame: null as null | ((state: { invalidate: () => void }) => void),
  priority: null as number | null,
  tails: new Set<() => void>(),
  afters: new Set<() => void>(),
  /** invalidate() from outside a frame (a frame is asked for). */
  asked: 0,
  /** invalidate() from inside a frame (the next frame is asked for). */
  askedAgain: 0,
}));

vi.mock('@react-three/fiber', () => ({
  useThree: (select: (state: unknown) => unknown) => select({ invalidate: () => loop.asked++, camera: loop.camera }),
  useFrame: (callback: (state: { invalidate: () => void }) => void, priority: number) => {
    loop.frame = callback;
    loop.priority = priority;
  },
  addTail: (effect: () => void) => {
    loop.tails.add(effect);
    return () => loop.tails.delete(effect);
  },
  addAfterEffect: (effect: () => void) => {
    loop.afters.add(effect);
    return () => loop.afters.delete(effect);
  },
}));

/** Draws one frame (its callbacks, then the effects after it); true when that frame asked for the next one. */
function drawFrame(): boolean {
  const before = loop.askedAgain;
  loop.frame!({ invalidate: () => loop.askedAgain++ });
  loop.afters.forEach((effect) => effect());
  return loop.askedAgain > before;
}

/** DrawOnDemand mounted, past its first frames and settling: the scene stands still. */
function renderSettled(): void {
  render(<DrawOnDemand />);
  drawFrame();
  vi.advanceTimersByTime(SETTLE_MS + 1);
  expect(drawFrame()).toBe(false);
}

/** The loop stopping (nothing asked for another frame). */
const loopStops = () => loop.tails.forEach((effect) => effect());

beforeEach(() => {
  vi.useFakeTimers();
  useAppStore.setState(INITIAL_APP_STATE, true);
  loop.camera = new PerspectiveCamera();
  loop.tails.clear();
  loop.afters.clear();
  loop.asked = 0;
  loop.askedAgain = 0;
  frameValues.resumed = true;
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the scene draws only when its picture can change', () => {
  test('it decides last in the frame, after the camera and drei’s controls (-1) have moved', () => {
    render(<DrawOnDemand />);
    expect(loop.priority).toBe(FRAME_ORDER.demand);
    expect(FRAME_ORDER.demand).toBeGreaterThan(-1);
    expect(FRAME_ORDER.demand).toBeLessThan(0); // a positive priority would take the render over
    for (const priority of Object.values(FRAME_ORDER)) expect(FRAME_ORDER.demand).toBeGreaterThanOrEqual(priority);
  });

  test('a still scene stops drawing once the change that woke it has settled', () => {
    render(<DrawOnDemand />);
    expect(loop.asked).toBe(1); // the first frame
    expect(drawFrame()).toBe(true); // the camera is seen for the first time
    expect(drawFrame()).toBe(true); // settling
    vi.advanceTimersByTime(SETTLE_MS + 1);
    expect(drawFrame()).toBe(false);
  });

  test('a change in the app’s state asks for a frame and keeps drawing while it settles', () => {
    renderSettled();
    const asked = loop.asked;
    act(() => useAppStore.getState().selectView('neck'));
    expect(loop.asked).toBeGreaterThan(asked);
    vi.advanceTimersByTime(SETTLE_MS - 50);
    expect(drawFrame()).toBe(true);
    vi.advanceTimersByTime(60);
    expect(drawFrame()).toBe(false);
  });

  test('a camera that moved in this frame asks for the next, and one that stands does not', () => {
    renderSettled();
    loop.camera.position.x += 0.01;
    expect(drawFrame()).toBe(true);
    expect(drawFrame()).toBe(false);
    loop.camera.rotation.y += 0.1; // turning in place
    expect(drawFrame()).toBe(true);
    expect(drawFrame()).toBe(false);
  });

  test('a camera creeping by invisible amounts (damping after a drag) stands still, until the creep adds up', () => {
    renderSettled();
    loop.camera.position.x += 2e-6; // a micrometre or two a frame
    expect(drawFrame()).toBe(false);
    for (let i = 0; i < 5; i++) loop.camera.position.x += 2e-6;
    expect(drawFrame(), '12 µm since the last frame that moved').toBe(true);
    loop.camera.rotation.y += 1e-7;
    expect(drawFrame()).toBe(false);
  });

  test('the page shown again, or the reduced-motion setting changed, is drawn', () => {
    const changes = new Set<() => void>();
    vi.stubGlobal('matchMedia', () => ({
      matches: false,
      addEventListener: (_: string, listener: () => void) => changes.add(listener),
      removeEventListener: (_: string, listener: () => void) => changes.delete(listener),
    }));
    try {
      renderSettled();
      let asked = loop.asked;
      changes.forEach((listener) => listener());
      expect(loop.asked).toBeGreaterThan(asked);
      expect(drawFrame(), 'a pulsing ring starts pulsing again').toBe(true);
      vi.advanceTimersByTime(SETTLE_MS + 1);
      drawFrame();
      asked = loop.asked;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(loop.asked).toBeGreaterThan(asked);
      cleanup();
      expect(changes.size, 'the listener goes with the canvas').toBe(0);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  test('the first frame after the loop stopped steps animations by none of the pause', () => {
    render(<DrawOnDemand />);
    drawFrame();
    expect(frameValues.resumed).toBe(false);
    expect(animationStep(0.016)).toBe(0.016);
    loopStops();
    expect(frameValues.resumed).toBe(true);
    expect(animationStep(12.5)).toBe(0); // r3f's delta spans the whole pause
    loop.frame!({ invalidate: () => undefined });
    expect(frameValues.resumed, 'still so for callbacks that run after this one').toBe(true);
    loop.afters.forEach((effect) => effect());
    expect(animationStep(0.016)).toBe(0.016);
  });

  test('unmounted, it neither listens to the store nor marks pauses', () => {
    const { unmount } = render(<DrawOnDemand />);
    unmount();
    const asked = loop.asked;
    useAppStore.getState().selectView('neck');
    expect(loop.asked).toBe(asked);
    expect(loop.tails.size + loop.afters.size).toBe(0);
  });
});
