// CPU while the scene stands still: once the page has drawn its body and settled, the CPU time
// that every Chromium process (the page's, the GPU's where SwiftShader draws, the browser's) used
// over a window, as a share of one core (CDP `SystemInfo.getProcessInfo`). A scene drawn 60 times a
// second costs this on a phone too, as battery and heat, with nothing on the screen changing.
import { newPage, waitForScene } from './browser.mjs';

/**
 * Wait after the body is drawn before measuring (the lesson prepares the hands' clearance in idle
 * time for its first seconds: 4 s of CPU on a step here), and the window measured, ms.
 */
const IDLE_SETTLE_MS = 10000;
export const IDLE_WINDOW_MS = 5000;

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<number | null>} CPU time over wall time (1 = one core busy), or null without a scene
 */
export async function measureIdleCpu(browser, url) {
  const { context, page } = await newPage(browser);
  const cdp = await browser.newBrowserCDPSession();
  const cpuSeconds = async () => {
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    return processInfo.reduce((sum, process) => sum + process.cpuTime, 0);
  };
  try {
    await page.goto(url);
    if (!(await waitForScene(page))) return null;
    await page.waitForTimeout(IDLE_SETTLE_MS);
    const before = await cpuSeconds();
    const start = performance.now();
    await page.waitForTimeout(IDLE_WINDOW_MS);
    const used = (await cpuSeconds()) - before;
    return used / ((performance.now() - start) / 1000);
  } finally {
    await cdp.detach();
    await context.close();
  }
}
