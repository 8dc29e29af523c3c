// Frames per second over a fixed camera orbit, driven through `window.__oxyBench`.
import { newPage, waitForScene } from './browser.mjs';

export const WARMUP_S = 1;
export const MEASURE_S = 5;
/** One full turn of the orbit takes this long. */
export const ORBIT_PERIOD_S = 8;

/**
 * Loads `url`, waits for the scene, reads its stats, then (optionally after `play()`) measures fps
 * while calling `setAzimuth` once per animation frame.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {{ play?: boolean }} [options]
 * @returns {Promise<{ hook: boolean, canPlay: boolean, stats: null | { triangles: number, drawCalls: number, lights?: number }, fps: number | null }>}
 */
export async function measureScene(browser, url, { play = false } = {}) {
  const { context, page } = await newPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForScene(page);
    const hook = await page.evaluate(() => typeof window.__oxyBench?.setAzimuth === 'function');
    if (!hook) return { hook, canPlay: false, stats: null, fps: null };
    const canPlay = await page.evaluate(() => typeof window.__oxyBench?.play === 'function');
    if (play && !canPlay) return { hook, canPlay, stats: null, fps: null };
    const result = await page.evaluate(
      ({ play, warmup, measure, period }) =>
        new Promise((resolve) => {
          const bench = window.__oxyBench;
          if (play) bench.play();
          const start = performance.now();
          let frames = 0;
          let measuredFrom = 0;
          let stats = null;
          const tick = (now) => {
            const t = (now - start) / 1000;
            bench.setAzimuth(((2 * Math.PI) / period) * t);
            if (t >= warmup) {
              if (!measuredFrom) {
                measuredFrom = now;
                stats = bench.stats(); // counts from a frame drawn during the orbit
              } else frames++;
            }
            if (t >= warmup + measure) {
              resolve({ fps: frames > 0 ? (frames * 1000) / (now - measuredFrom) : null, stats });
              return;
            }
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
      { play, warmup: WARMUP_S, measure: MEASURE_S, period: ORBIT_PERIOD_S },
    );
    return { hook, canPlay, stats: result.stats, fps: result.fps };
  } finally {
    await context.close();
  }
}
