// The hand-part pictures: for every hand part of the technique (`HandPart` in
// src/technique/types.ts), one small picture of the app's own hand model in that part's pose,
// its working part lit, written to public/hand-parts/<part>.webp (each at most 8 kB; the UI
// shows them in a movement's details through src/ui/HandPartPicture.tsx).
//
//   node scripts/hand-pictures.mjs                 all parts, into public/hand-parts/
//   node scripts/hand-pictures.mjs --out DIR --png --size 400 --views   bigger PNGs from several sides (to look at poses)
//
// It serves scripts/hand-pictures/ with Vite (the page imports the hand model from src/), opens
// it in Debian's Chromium (WebGL on SwiftShader, the flags of the browser tests) and saves what
// the page draws.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { chromium } from '@playwright/test';
import CHROMIUM_FLAGS from './chromium-flags.json' with { type: 'json' };

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const OUT = option('--out', 'public/hand-parts');
const PNG = args.includes('--png');
const VIEWS = args.includes('--views');
const ONLY = option('--only', null);
/** Pose fields to try instead of the library's, as JSON: {"fistThumb":{"thumb":{...}}} (never for the real pictures). */
const OVERRIDE = option('--override', null);
/** The pictures are shown at 96 CSS px; drawn at twice that for sharp phone screens. */
const SIZE = Number(option('--size', '192'));
const MAX_BYTES = 8 * 1024;

const server = await createServer({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  server: { port: 4190, strictPort: false, hmr: false },
  optimizeDeps: { entries: ['scripts/hand-pictures/index.html'] },
});
await server.listen();
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 800 }, deviceScaleFactor: 1 });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error(m.text()));
  await page.goto(`${base}scripts/hand-pictures/index.html${OVERRIDE ? `?override=${encodeURIComponent(OVERRIDE)}` : ''}`);
  await page.waitForFunction(() => window.handPicturesReady === true, undefined, { timeout: 120_000 });
  const parts = await page.evaluate(() => window.handParts());
  mkdirSync(OUT, { recursive: true });
  for (const part of parts.filter((p) => !ONLY || p === ONLY)) {
    const views = VIEWS ? ['picture', 'side', 'front', 'top', 'below'] : ['picture'];
    for (const view of views) {
      // WebP at the highest quality that fits the budget.
      let quality = PNG ? 0 : 0.9;
      let bytes;
      for (;;) {
        const url = await page.evaluate(({ part, view, size, quality }) => window.renderPart(part, view, size, quality), { part, view, size: SIZE, quality });
        bytes = Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
        if (PNG || bytes.length <= MAX_BYTES || quality <= 0.3) break;
        quality -= 0.1;
      }
      const file = `${OUT}/${part}${view === 'picture' ? '' : `.${view}`}.${PNG ? 'png' : 'webp'}`;
      writeFileSync(file, bytes);
      console.log(`${file}: ${bytes.length} bytes${PNG ? '' : `, quality ${quality.toFixed(1)}`}`);
      if (!PNG && bytes.length > MAX_BYTES) throw new Error(`${file} is over ${MAX_BYTES} bytes`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
