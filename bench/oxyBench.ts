/**
 * The benchmark hook that `npm run bench` drives (scripts/bench.mjs). The app installs it on
 * `window.__oxyBench` (src/scene/BenchHook.tsx declares that global); the bare comparison scene
 * (bench/bare.tsx) installs the same shape. This file only describes it, so that the bench builds
 * whatever the app declares.
 */
export interface OxyBenchStats {
  /** Triangles drawn in the last frame (`renderer.info.render.triangles`). */
  triangles: number;
  /** Draw calls in the last frame (`renderer.info.render.calls`). */
  drawCalls: number;
  /** Optional: lights other than ambient/hemisphere, so the bare scene can use as many. */
  lights?: number;
  /** Optional: frames drawn since the canvas was made (`renderer.info.render.frame`). */
  framesDrawn?: number;
}

export interface OxyBench {
  stats(): OxyBenchStats;
  /** Puts the camera at this azimuth (radians) around the body; called once per frame. */
  setAzimuth(radians: number): void;
  /** Optional: starts a stroke animating, for the "while a stroke animates" row. */
  play?(): void;
  /**
   * Optional: fraction of the canvas's pixels covered by geometry right now (renders and reads
   * back; the bench calls it only outside the measured window). The bare scene is matched to it.
   */
  coverage?(): number;
}
