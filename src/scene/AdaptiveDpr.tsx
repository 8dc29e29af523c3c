import { useFrame, useThree } from '@react-three/fiber';
import { useRef } from 'react';
import { frameValues } from '../state/frameValues';

/** Below this frame rate (over a window) a phone's GPU is the bottleneck: draw fewer pixels. */
const SLOW_FPS = 40;
/** At this rate with pixels to spare, step back up. */
const FAST_FPS = 57;
const WINDOW_S = 1.5;
const DPR_STEP = 0.5;
/** A device that keeps crossing both lines stays where it is after this many changes. */
const MAX_CHANGES = 4;
/**
 * Frames at the start of each run of frames that are not judged: the scene draws on demand, and a
 * short run (the 250 ms after a tap, with React at work) says more about the page than the GPU.
 * The playback and a drag of the camera run far longer.
 */
const RUN_START_FRAMES = 20;

/**
 * Steps the pixel ratio between 1 and the screen's (at most MAX_DPR) by the measured frame rate,
 * so a slow phone GPU stays fluid at a little less sharpness. Does nothing on DPR-1 screens (and
 * in the benchmark). Costs a few additions per frame; no React state per frame.
 */
export function AdaptiveDpr() {
  const setDpr = useThree((s) => s.setDpr);
  const top = useThree((s) => s.viewport.initialDpr);
  const m = useRef({ dpr: top, frames: 0, time: 0, changes: 0, warmup: 2, run: 0 });
  useFrame((_, dt) => {
    const s = m.current;
    // Only frames well into a run of frames drawn one after another say how fast the GPU is: not
    // the first after the scene stood still (it draws on demand), nor the first back from a hidden tab.
    s.run = frameValues.resumed ? 0 : s.run + 1;
    if (top <= 1 || s.changes >= MAX_CHANGES || s.run < RUN_START_FRAMES || dt > 0.5) return;
    if (s.warmup > 0) {
      s.warmup -= dt; // the first seconds (shader compiles, loading) say nothing about the GPU
      return;
    }
    s.frames++;
    s.time += dt;
    if (s.time < WINDOW_S) return;
    const fps = s.frames / s.time;
    s.frames = 0;
    s.time = 0;
    const next = fps < SLOW_FPS ? Math.max(1, s.dpr - DPR_STEP) : fps >= FAST_FPS ? Math.min(top, s.dpr + DPR_STEP) : s.dpr;
    if (next === s.dpr) return;
    s.dpr = next;
    s.changes++;
    s.warmup = 1; // let the resized canvas settle before judging it
    setDpr(next);
  });
  return null;
}
