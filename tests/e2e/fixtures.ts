/**
 * Shared Playwright fixtures. Every spec imports `test` and `expect` from here, not from
 * '@playwright/test', so that each test automatically:
 *  - fails if the page (or its service worker) asked any origin other than its own for anything:
 *    the trainer must work offline, with no CDN, font service or analytics;
 *  - fails on an uncaught page error or a `console.error`;
 *  - leaves a screenshot in artifacts/screenshots/ (gitignored), pass or fail.
 *
 * Helpers for scene tests: `waitForScene(page)` and `canvasStats(page)`.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

const SCREENSHOT_DIR = path.resolve('artifacts/screenshots');

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export interface GuardOptions {
  /** Console errors matching one of these are tolerated (default: none). */
  allowedConsoleErrors: RegExp[];
}

interface Guards {
  /** URLs of requests (and web sockets) to another origin, in order. */
  foreignRequests: string[];
  /** Uncaught page errors and console errors, in order. */
  pageErrors: string[];
}

export const test = base.extend<GuardOptions & { guards: Guards }>({
  allowedConsoleErrors: [[], { option: true }],

  guards: [
    async ({ context, page, baseURL, allowedConsoleErrors }, use, testInfo) => {
      const ownOrigin = new URL(baseURL ?? 'http://localhost:4173').origin;
      const guards: Guards = { foreignRequests: [], pageErrors: [] };

      const check = (url: string): void => {
        let parsed: URL;
        try {
          parsed = new URL(url);
        } catch {
          guards.foreignRequests.push(url);
          return;
        }
        if (LOCAL_SCHEMES.has(parsed.protocol)) return;
        if (parsed.origin !== ownOrigin) guards.foreignRequests.push(url);
      };
      // On the context, so service-worker and popup traffic is seen too.
      context.on('request', (request) => check(request.url()));
      page.on('websocket', (ws) => check(ws.url()));
      page.on('pageerror', (error) => guards.pageErrors.push(`pageerror: ${error.stack ?? error.message}`));
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowedConsoleErrors.some((re) => re.test(text))) return;
        const where = message.location();
        guards.pageErrors.push(`console.error: ${text}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
      });

      await use(guards);

      // Screenshot of every test, pass or fail, for people to look at.
      if (!page.isClosed()) {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        const name = `${path.basename(testInfo.file, '.spec.ts')}--${testInfo.titlePath.slice(1).join('--')}`
          .replace(/[^\w.-]+/g, '_')
          .slice(0, 150);
        const file = path.join(SCREENSHOT_DIR, `${name}${testInfo.retry ? `-retry${testInfo.retry}` : ''}.png`);
        try {
          await page.screenshot({ path: file, timeout: 30_000 });
          await testInfo.attach('screenshot', { path: file, contentType: 'image/png' });
        } catch (error) {
          console.warn(`could not take screenshot ${file}: ${String(error)}`);
        }
      }

      expect(guards.foreignRequests, 'requests to another origin (the app must work offline)').toEqual([]);
      expect(guards.pageErrors, 'uncaught page errors / console errors').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Waits until the app says its scene has drawn: the app sets `document.body.dataset.sceneReady`
 * to 'true' once the body mesh has rendered a frame.
 */
export async function waitForScene(page: Page, timeout = 90_000): Promise<void> {
  // The body drawn, and the technique's places on it (they come a moment later on a first visit).
  await page.waitForFunction(() => document.body.dataset.sceneReady === 'true' && document.body.dataset.techniqueReady === 'true', undefined, {
    timeout,
    polling: 100,
  });
}

export interface CanvasStats {
  width: number;
  height: number;
  /** Number of distinct RGB colours in the canvas (exact values). */
  distinctColours: number;
  /** Fraction 0..1 of pixels that differ from the background by more than `tolerance` per channel. */
  nonBackgroundFraction: number;
  /** The most common colour, taken as the background, `#rrggbb`. */
  background: string;
}

/**
 * Reads back what the WebGL canvas shows. The renderer uses `preserveDrawingBuffer: false`, so
 * the drawing buffer cannot be read from script after a frame; instead the compositor's picture
 * of the canvas element is taken (`locator.screenshot`) and decoded by the page itself with a 2D
 * canvas: no PNG library needed.
 *
 * `background` is the most common colour; pixels within `tolerance` (per channel, 0..255) of it
 * count as background.
 */
export async function canvasStats(
  page: Page,
  canvas: Locator = page.locator('canvas').first(),
  tolerance = 8,
): Promise<CanvasStats> {
  const png = await canvas.screenshot({ animations: 'allow', timeout: 60_000 });
  return page.evaluate(
    async ({ dataUrl, tolerance }) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const { naturalWidth: width, naturalHeight: height } = image;
      const scratch = document.createElement('canvas');
      scratch.width = width;
      scratch.height = height;
      const ctx = scratch.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2D context for canvasStats');
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, 0, width, height).data;

      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      let background = 0;
      let best = -1;
      for (const [key, n] of counts) {
        if (n > best) {
          best = n;
          background = key;
        }
      }
      const br = (background >> 16) & 255;
      const bg = (background >> 8) & 255;
      const bb = background & 255;
      let foreground = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (
          Math.abs(data[i]! - br) > tolerance ||
          Math.abs(data[i + 1]! - bg) > tolerance ||
          Math.abs(data[i + 2]! - bb) > tolerance
        ) {
          foreground++;
        }
      }
      const pixels = width * height;
      return {
        width,
        height,
        distinctColours: counts.size,
        nonBackgroundFraction: pixels ? foreground / pixels : 0,
        background: `#${background.toString(16).padStart(6, '0')}`,
      };
    },
    { dataUrl: `data:image/png;base64,${png.toString('base64')}`, tolerance },
  );
}
