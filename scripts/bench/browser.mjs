// Debian Chromium, driven by Playwright, with WebGL on SwiftShader: the same flags as the
// browser tests (playwright.config.ts). The frame rate stays capped at 60 Hz on purpose: with
// --disable-gpu-vsync/--disable-frame-rate-limit, requestAnimationFrame runs ahead of SwiftShader
// (hundreds of "frames" a second, then stalls of many seconds), which makes fps meaningless.
import { chromium } from '@playwright/test';
import CHROMIUM_FLAGS from '../chromium-flags.json' with { type: 'json' };

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 960, height: 640 };

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
}

/** A fresh context: no service worker (the first load is what we measure), DPR 1. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, serviceWorkers: 'block' });
  const page = await context.newPage();
  return { context, page };
}

/**
 * Waits for the page's scene to say it is ready (`document.body.dataset.sceneReady === 'true'`).
 * Returns false, without throwing, when the page has no scene (no canvas, no bench hook) or it
 * does not get ready within `timeout` ms.
 */
export async function waitForScene(page, timeout = 90_000) {
  const hasScene = await page
    .waitForFunction(() => Boolean(document.querySelector('canvas') || window.__oxyBench), undefined, { timeout: 5_000 })
    .then(() => true, () => false);
  if (!hasScene) return false;
  return page
    .waitForFunction(() => document.body.dataset.sceneReady === 'true', undefined, { timeout, polling: 100 })
    .then(() => true, () => false);
}
