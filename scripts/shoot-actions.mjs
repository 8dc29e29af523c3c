// A screenshot of every action of every step, as a trainee sees it: the built app (served by
// `npx vite preview --port 4181 --strictPort`) in Debian's Chromium on SwiftShader, each step
// opened by its link and the scrub bar set to the middle of the action's pressure phase (or its
// hold), and of its glide for strokes. For people to look at the hands; not a test.
//
//   node scripts/shoot-actions.mjs [--base http://localhost:4181] [--out artifacts/screenshots/actions] [--phone]
//
// The times come from the app's own schedule (`src/motion/techniqueSchedule.ts`, loaded through
// Vite's SSR loader), so they follow the technique data.
import { mkdirSync } from 'node:fs';
import { createServer } from 'vite';
import { chromium } from '@playwright/test';
import CHROMIUM_FLAGS from './chromium-flags.json' with { type: 'json' };

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const BASE = option('--base', 'http://localhost:4181');
const OUT = option('--out', 'artifacts/screenshots/actions');
const PHONE = args.includes('--phone');
const ONLY = option('--only', null);
const LANG = option('--lang', 'id');

/** Times worth a picture: the middle of each action's first pressure (or hold) and first glide. */
async function actionTimes() {
  const vite = await createServer({ configFile: false, server: { middlewareMode: true, ws: false }, appType: 'custom', logLevel: 'error', optimizeDeps: { noDiscovery: true } });
  try {
    const { SCHEDULE } = await vite.ssrLoadModule('/src/motion/techniqueSchedule.ts');
    const shots = [];
    for (const action of SCHEDULE.actions) {
      const segments = SCHEDULE.segments.slice(action.firstSegment, action.firstSegment + action.segmentCount);
      const mid = (s) => Math.round((s.start + s.duration / 2) * 10) / 10;
      const work = segments.find((s) => s.phase.kind === 'pressure' || s.phase.kind === 'hold');
      const glide = segments.find((s) => s.phase.kind === 'glide');
      if (work) shots.push({ step: action.stepId, action: action.actionId, phase: work.phase.kind, t: mid(work) });
      if (glide) shots.push({ step: action.stepId, action: action.actionId, phase: 'glide', t: mid(glide) });
    }
    return shots;
  } finally {
    // Not closed: a module of the graph may still be settling; the process exits at the end.
    void vite;
  }
}

const shots = (await actionTimes()).filter((s) => !ONLY || s.step === ONLY || s.action === ONLY);
mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const viewport = PHONE ? { width: 360, height: 740 } : { width: 1280, height: 800 };
const context = await browser.newContext({ viewport, deviceScaleFactor: 1, serviceWorkers: 'block', reducedMotion: 'reduce' });
const page = await context.newPage();
page.on('pageerror', (e) => console.error('pageerror', e.message));
let openStep = null;
for (const shot of shots) {
  if (shot.step !== openStep) {
    await page.goto(`${BASE}/?step=${shot.step}&lang=${LANG}`);
    await page.waitForFunction(() => document.body.dataset.sceneReady === 'true', undefined, { timeout: 120_000, polling: 200 });
    openStep = shot.step;
    await page.waitForTimeout(1500);
  }
  await page.locator('.scrub input[type="range"]').fill(String(shot.t));
  // The frame loop is slow on SwiftShader: give it a few frames to pose the hands and settle.
  await page.waitForTimeout(2500);
  const file = `${OUT}/${PHONE ? 'phone-' : ''}${shot.step}--${shot.action}--${shot.phase}.png`;
  await page.screenshot({ path: file });
  console.log(file, shot.t);
}
await browser.close();
process.exit(0);
