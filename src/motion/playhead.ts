/**
 * The per-frame playhead. It lives outside React and outside the store so the frame loop can
 * move it 60 times a second without rendering anything:
 *
 *   useFrame((_, dt) => {
 *     const { tick } = useAppStore.getState();
 *     tick(dt);                                           // advances playhead.t (pure `advance`)
 *     sampleTimeline(SCHEDULE, geometry, playhead.t, sample);   // then draw from `sample`
 *   });
 *
 * The store's `time` is a copy for the DOM (scrub bar, phase label), published by `tick` at about
 * `UI_TIME_HZ` and at once whenever the segment (phase, repetition, action) changes, and by every
 * user action (seek, next, previous...). UI components subscribe to `time` with a selector; scene
 * components read `playhead.t` in `useFrame`.
 */
export interface Playhead {
  /** Seconds since the start of the procedure, at speed 1. */
  t: number;
}

export const playhead: Playhead = { t: 0 };

/** How often, at most, playback publishes `time` to the store for the DOM (per second of real time). */
export const UI_TIME_HZ = 6;
