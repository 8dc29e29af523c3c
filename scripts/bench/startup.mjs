// Start-up time: from navigation to the first drawn body (`document.body.dataset.sceneReady`
// turning 'true'), on a first visit (a fresh browser context: empty storage and HTTP cache) and on
// a second visit (a reload in the same context), for the app and for the bare react-three-fiber
// page drawing the same number of triangles. Service workers are blocked in both (as for the
// other rows), so the second visit gains only from what the page itself keeps (e.g. the cached
// skin), not from a precache the bare page does not have.
import { newPage } from './browser.mjs';

/** Longest wait for one page's first drawn body, ms. */
const READY_TIMEOUT = 120_000;

/**
 * Records when `data-scene-ready` becomes 'true', in ms since navigation start
 * (`performance.now()`), with a MutationObserver installed before any page script runs: exact to
 * the microtask, no polling granularity. Runs again on every navigation (reloads too).
 */
function recordReady() {
  const observer = new MutationObserver(() => {
    if (document.body?.dataset.sceneReady === 'true' && window.__startupReadyAt === undefined) {
      window.__startupReadyAt = performance.now();
      observer.disconnect();
    }
  });
  // The document, not its element: an init script runs before <html> exists.
  observer.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-scene-ready'] });
}

/** Waits for the scene; returns the ready time (ms since navigation) and where the skin came from, if the app says. */
async function readyTime(page) {
  // Waits on the recorded time itself, not on a canvas: right after navigation there is none yet.
  const ready = await page
    .waitForFunction(() => window.__startupReadyAt !== undefined, undefined, { timeout: READY_TIMEOUT, polling: 100 })
    .then(() => true, () => false);
  if (!ready) return { ms: null, skin: null };
  // The app leaves a mark `skin-mesh:<source>` (cache, worker or main) when its mesh is there.
  return page.evaluate(() => ({
    ms: window.__startupReadyAt ?? null,
    skin: performance.getEntriesByType('mark').find((m) => m.name.startsWith('skin-mesh:'))?.name.slice('skin-mesh:'.length) ?? null,
  }));
}

/**
 * One first visit and one second visit (reload, same context) of `url`.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<{ first: number | null, second: number | null, skinFirst: string | null, skinSecond: string | null, triangles: number | null, canvas: { width: number, height: number } | null }>}
 */
export async function measureStartup(browser, url) {
  const { context, page } = await newPage(browser);
  try {
    await context.addInitScript(recordReady);
    await page.goto(url, { waitUntil: 'commit' });
    const first = await readyTime(page);
    // The triangles the first frame drew and the canvas size, for the bare page; outside any measured window.
    const { triangles, canvas } = await page.evaluate(() => {
      const c = document.querySelector('canvas');
      return { triangles: window.__oxyBench?.stats().triangles ?? null, canvas: c ? { width: c.clientWidth, height: c.clientHeight } : null };
    });
    // Let what the first visit stores in idle time finish, as a person would before coming back.
    await page.waitForTimeout(2000);
    await page.reload({ waitUntil: 'commit' });
    const second = await readyTime(page);
    return { first: first.ms, second: second.ms, skinFirst: first.skin, skinSecond: second.skin, triangles, canvas };
  } finally {
    await context.close();
  }
}
