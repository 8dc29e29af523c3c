// First-load bytes: load the page in Chromium, record every response until the scene is ready
// and the network is idle, gzip each body at level 9 and sum what counts against the budget.
import { gzipSync } from 'node:zlib';
import { newPage, waitForScene } from './browser.mjs';

/** Kinds that count against the first-load budget. */
export const COUNTED = new Set(['html', 'js', 'css', 'model', 'font']);

/** @param {string} url @param {string} contentType */
export function kindOf(url, contentType) {
  const ext = new URL(url).pathname.match(/\.([a-z0-9]+)$/i)?.[1]?.toLowerCase() ?? '';
  if (ext === 'html' || contentType.includes('text/html')) return 'html';
  if (['js', 'mjs'].includes(ext) || contentType.includes('javascript')) return 'js';
  if (ext === 'css' || contentType.includes('text/css')) return 'css';
  if (['glb', 'gltf', 'bin', 'ktx2', 'drc'].includes(ext) || contentType.startsWith('model/')) return 'model';
  if (['woff2', 'woff', 'ttf', 'otf'].includes(ext) || contentType.startsWith('font/')) return 'font';
  if (ext === 'wasm') return 'js';
  return 'other';
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @returns {Promise<{ files: { path: string, kind: string, raw: number, gzip: number, counted: boolean }[], sceneReady: boolean, foreign: string[] }>}
 */
export async function measureFirstLoad(browser, url) {
  const { context, page } = await newPage(browser);
  const origin = new URL(url).origin;
  /** @type {Promise<any>[]} */
  const pending = [];
  const foreign = [];
  page.on('request', (request) => {
    const u = request.url();
    if (!/^(data|blob):/.test(u) && new URL(u).origin !== origin) foreign.push(u);
  });
  page.on('response', (response) => {
    if (response.request().method() !== 'GET' || response.status() !== 200) return;
    pending.push(
      response.body().then(
        (body) => {
          const u = new URL(response.url());
          const kind = kindOf(response.url(), response.headers()['content-type'] ?? '');
          return { path: u.pathname + u.search, kind, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, counted: COUNTED.has(kind) };
        },
        () => null,
      ),
    );
  });
  await page.goto(url, { waitUntil: 'load' });
  const sceneReady = await waitForScene(page);
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(pending)).filter(Boolean);
  await context.close();
  // One row per path, in load order.
  const seen = new Set();
  return { files: files.filter((f) => !seen.has(f.path) && seen.add(f.path)), sceneReady, foreign };
}
