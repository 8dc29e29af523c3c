#!/usr/bin/env node
// `npm run bench`: first-load bytes, triangles/draw calls and orbit fps of the built app, against
// a bare react-three-fiber scene with the same triangle count. Not a test: it prints a report and
// exits non-zero only when the first load is over budget (or something breaks).
//
// Uses the app as built in dist/ (run `npm run build` first; if dist/ is missing it runs
// `vite build` itself). Always rebuilds the bare scene (bench/ -> dist-bench/, a few seconds).
// Chromium is Debian's /usr/bin/chromium (CHROMIUM_PATH to override), WebGL on SwiftShader, so the
// fps are software-rendering numbers: compare them with each other, not with a phone.
//
//   npm run bench                 # everything
//   npm run bench -- --no-fps     # bytes only
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { launch, VIEWPORT } from './bench/browser.mjs';
import { measureFirstLoad } from './bench/firstLoad.mjs';
import { measureScene, MEASURE_S, WARMUP_S } from './bench/fps.mjs';
import { serve } from './bench/serve.mjs';
import { fmt, kB, table } from './bench/table.mjs';

/** First-load budget, gzipped, for HTML + JS + CSS + models + fonts (1 kB = 1000 bytes). */
export const BUDGET_BYTES = 450_000;
/** The product's performance target: app fps >= 0.8 x bare fps. */
export const FPS_RATIO_TARGET = 0.8;
/** Bare scene triangle count when the app does not report its own. */
const DEFAULT_TRIANGLES = 50_000;
const DEFAULT_LIGHTS = 2;

const args = new Set(process.argv.slice(2));
const withFps = !args.has('--no-fps');

function vite(...viteArgs) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', ...viteArgs], { stdio: 'inherit' });
}

if (!existsSync('dist/index.html')) {
  console.log('dist/ missing: building the app (vite build) ...');
  vite('build', '--logLevel', 'warn');
}
if (withFps) {
  console.log('building the bare comparison scene (bench/ -> dist-bench/) ...');
  vite('build', '-c', 'bench/vite.config.ts');
}

const app = await serve('dist');
const bare = withFps ? await serve('dist-bench') : null;
const browser = await launch();
let failed = false;

try {
  // (a) first-load bytes
  const load = await measureFirstLoad(browser, `${app.url}/`);
  const counted = load.files.filter((f) => f.counted);
  const total = counted.reduce((s, f) => s + f.gzip, 0);
  const overBudget = total > BUDGET_BYTES;
  failed ||= overBudget;
  console.log(`\nFirst load of / (scene ready: ${load.sceneReady ? 'yes' : 'no scene'}), gzip -9 per file`);
  console.log(
    table(
      ['file', 'kind', 'raw kB', 'gzip kB', 'budget'],
      [
        ...load.files.map((f) => [f.path, f.kind, kB(f.raw), kB(f.gzip), f.counted ? 'counted' : '-']),
        ['total counted', '', kB(counted.reduce((s, f) => s + f.raw, 0)), kB(total), `${kB(BUDGET_BYTES)} kB budget`],
      ],
      ['l', 'l', 'r', 'r', 'l'],
    ),
  );
  console.log(
    overBudget
      ? `OVER BUDGET: ${kB(total)} kB > ${kB(BUDGET_BYTES)} kB`
      : `within budget: ${kB(total)} kB of ${kB(BUDGET_BYTES)} kB (${((100 * total) / BUDGET_BYTES).toFixed(0)} %)`,
  );
  if (load.foreign.length) {
    failed = true;
    console.log(`REQUESTS TO OTHER ORIGINS: ${load.foreign.join(', ')}`);
  }

  // (b) + (c) scene stats and fps
  if (withFps && bare) {
    const orbit = await measureScene(browser, `${app.url}/`);
    const playing = orbit.hook ? await measureScene(browser, `${app.url}/`, { play: true }) : null;
    const triangles = orbit.stats?.triangles || DEFAULT_TRIANGLES;
    const lights = orbit.stats?.lights ?? DEFAULT_LIGHTS;
    const bareRun = await measureScene(browser, `${bare.url}/bare.html?triangles=${triangles}&lights=${lights}`);

    const ratio = (a) => (a != null && bareRun.fps ? a / bareRun.fps : null);
    const verdict = (r) => (r == null ? '' : r >= FPS_RATIO_TARGET ? 'ok' : `below ${FPS_RATIO_TARGET}`);
    const rows = [
      ['app, orbit', orbit.stats?.triangles ?? 'n/a', orbit.stats?.drawCalls ?? 'n/a', fmt(orbit.fps), fmt(ratio(orbit.fps), 2), verdict(ratio(orbit.fps))],
      [
        'app, orbit + stroke playing',
        playing?.stats?.triangles ?? 'n/a',
        playing?.stats?.drawCalls ?? 'n/a',
        fmt(playing?.fps),
        fmt(ratio(playing?.fps), 2),
        playing?.canPlay === false ? 'no play() hook' : verdict(ratio(playing?.fps)),
      ],
      [
        `bare r3f, ${triangles} tris, ${lights}+1 lights${orbit.stats ? '' : ' (default N)'}`,
        bareRun.stats?.triangles ?? 'n/a',
        bareRun.stats?.drawCalls ?? 'n/a',
        fmt(bareRun.fps),
        '1.00',
        '',
      ],
    ];
    console.log(
      `\nScene: ${VIEWPORT.width}x${VIEWPORT.height} at DPR 1, SwiftShader, rAF capped at 60 Hz; ` +
        `${WARMUP_S} s warm-up then ${MEASURE_S} s orbit via window.__oxyBench.setAzimuth`,
    );
    console.log(
      table(['scene', 'triangles', 'draw calls', 'fps', 'x bare', `target >= ${FPS_RATIO_TARGET}`], rows, ['l', 'r', 'r', 'r', 'r', 'l']),
    );
    if (!orbit.hook) console.log('(the app exposes no window.__oxyBench yet: app rows are n/a)');
  }
} finally {
  await browser.close();
  await app.close();
  await bare?.close();
}

process.exitCode = failed ? 1 : 0;
