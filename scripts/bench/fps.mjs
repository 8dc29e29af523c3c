// Frames per second over a fixed camera orbit, driven through `window.__oxyBench`; then, outside
// the measured window, how much of the canvas the scene covers.
import { newPage, waitForScene } from './browser.mjs';

export const WARMUP_S = 1;
export const MEASURE_S = 5;
/** One full turn of the orbit takes this long. */
export const ORBIT_PERIOD_S = 8;
/** After the measured window the orbit (and playback) go on this long while coverage is sampled. */
export const COVERAGE_S = 2.5;
export const COVERAGE_SAMPLES = 6;

/**
 * Loads `url`, waits for the scene, reads its stats, then (optionally after `play()`) measures fps
 * while calling `setAzimuth` once per animation frame. Coverage (fraction of canvas pixels drawn
 * by geometry, mean of COVERAGE_SAMPLES read-backs) is sampled after the window, so the read-backs
 * never stall a measured frame; null when the page has no `coverage()`.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ play?: boolean }} [options]
 * @returns {Promise<{ hook: boolean, canPlay: boolean, stats: null | { triangles: number, drawCalls: number, lights?: number }, fps: number | null, coverage: number | null, canvas: { width: number, height: number } | null }>}
 */
export async function measureScene(browser, url, { play = false } = {}) {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForScene(page);
    const hook = await page.evaluate(() => typeof window.__oxyBench?.setAzimuth === 'function');
    const canvas = await page.evaluate(() => {
      const c = document.querySelector('canvas');
      return c ? { width: c.clientWidth, height: c.clientHeight } : null;
    });
    const none = { hook, canPlay: false, stats: null, fps: null, coverage: null, canvas };
    if (!hook) return none;
    const canPlay = await page.evaluate(() => typeof window.__oxyBench?.play === 'function');
    if (play && !canPlay) return { ...none, canPlay };
    const result = await page.evaluate(
      ({ play, warmup, measure, period, coverageS, samples }) =>
        new Promise((resolve) => {
          const bench = window.__oxyBench;
          if (play) bench.play();
          const start = performance.now();
          let frames = 0;
          let measuredFrom = 0;
          let fps = null;
          let stats = null;
          const coverage = [];
          const tick = (now) => {
            const t = (now - start) / 1000;
            bench.setAzimuth(((2 * Math.PI) / period) * t);
            if (t >= warmup && t < warmup + measure) {
              if (!measuredFrom) {
                measuredFrom = now;
                stats = bench.stats(); // counts from a frame drawn during the orbit
              } else frames++;
            } else if (t >= warmup + measure) {
              fps ??= frames > 0 ? (frames * 1000) / (now - measuredFrom) : null;
              const due = ((t - warmup - measure) / coverageS) * samples;
              if (typeof bench.coverage === 'function' && coverage.length < samples && due >= coverage.length)
                coverage.push(bench.coverage());
              if (t >= warmup + measure + coverageS || typeof bench.coverage !== 'function') {
                const mean = coverage.length ? coverage.reduce((s, c) => s + c, 0) / coverage.length : null;
                resolve({ fps, stats, coverage: mean });
                return;
              }
            }
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
      { play, warmup: WARMUP_S, measure: MEASURE_S, period: ORBIT_PERIOD_S, coverageS: COVERAGE_S, samples: COVERAGE_SAMPLES },
    );
    return { hook, canPlay, stats: result.stats, fps: result.fps, coverage: result.coverage, canvas };
  } finally {
    await context.close();
  }
}
