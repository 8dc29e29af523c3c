#!/usr/bin/env node
// `npm run bench`: first-load bytes, triangles/draw calls and fps of the built app, against a bare
// react-three-fiber scene with the same triangle count. Not a test: it prints a report and exits
// non-zero only when the first load is over budget (or something breaks).
//
// Uses the app as built in dist/ (or --dist DIR; if it has no index.html, `vite build` into it).
// Always rebuilds the bare scene (bench/ -> DIR-bench/, a few seconds). Chromium is Debian's
// /usr/bin/chromium (CHROMIUM_PATH to override), WebGL on SwiftShader, so the fps are
// software-rendering numbers: compare them with each other, not with a phone.
//
// How the fps comparison is made fair. SwiftShader rasterises on the CPU, so the frame time
// grows with the pixels shaded: a scene is only comparable with a bare scene that draws as many.
// - Matched canvas and coverage: each app run reports its canvas size (CSS px; the app's canvas
//   shares the window with its panels) and the fraction of canvas pixels covered by geometry
//   (`__oxyBench.coverage()`, a read-back, sampled after the measured window). The bare scene
//   then runs with `?width&height` of that canvas and `?coverage=` that fraction (it zooms its
//   ellipsoid until it covers as much, averaged over the orbit), same triangles and lights. The
//   playing run is matched separately: the camera follows the hand and the body fills more of
//   the canvas.
// - Interleaved rounds (--rounds N, default 3): app orbit, matched bare, app playing, matched
//   bare, raw bare, then again. Each app run is divided by the bare run right beside it, and the
//   verdict is the median of those paired ratios (the spread is shown), so a load spike from
//   other work on the machine does not decide it.
// - The raw comparison (bare scene in the whole 960x640 window, its old framing) is still
//   printed for transparency, but not judged.
//
//   npm run bench                          # everything
//   npm run bench -- --no-fps              # bytes only
//   npm run bench -- --dist dist-perf      # another build folder
//   npm run bench -- --rounds 5
//   npm run bench -- --startup-only        # only the start-up rows (first and second visit)
//
// CPU while still (with the fps rows): a lesson step and the bare page, each left standing once
// drawn, and the CPU time of every Chromium process over a few seconds, as a share of one core
// (`scripts/bench/idle.mjs`). The app draws only when something moves; the bare page every frame.
//
// Start-up: navigation to the first drawn body (`data-scene-ready`), on a first visit (fresh
// context) and a second visit (reload), app and bare page in the same round, interleaved; the
// ratios are medians of the per-round app / bare ratios (targets: first visit <= 1.6, second <= 1.3).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launch, VIEWPORT } from './bench/browser.mjs';
import { measureFirstLoad } from './bench/firstLoad.mjs';
import { IDLE_WINDOW_MS, measureIdleCpu } from './bench/idle.mjs';
import { COVERAGE_S, measureScene, MEASURE_S, WARMUP_S } from './bench/fps.mjs';
import { serve } from './bench/serve.mjs';
import { measureStartup } from './bench/startup.mjs';
import { median, ratios, spread } from './bench/stats.mjs';
import { fmt, kB, table } from './bench/table.mjs';

/** First-load budget, gzipped, for HTML + JS + CSS + models + fonts (1 kB = 1000 bytes). */
export const BUDGET_BYTES = 450_000;
/** The product's performance target: app fps >= 0.8 x bare fps (matched canvas and coverage). */
export const FPS_RATIO_TARGET = 0.8;
/** Start-up targets: time to the first drawn body at most this many times the bare page's. */
export const STARTUP_TARGETS = { first: 1.6, second: 1.3 };
/** Bare scene triangle count when the app does not report its own. */
const DEFAULT_TRIANGLES = 50_000;
const DEFAULT_LIGHTS = 2;

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const startupOnly = argv.includes('--startup-only');
// --no-fps keeps its old meaning, bytes only; --startup-only skips the bytes and the fps.
const withFps = !argv.includes('--no-fps') && !startupOnly;
const withStartup = !argv.includes('--no-fps');
const withBytes = !startupOnly;
const distDir = option('--dist', 'dist');
const bareDir = `${distDir}-bench`;
const rounds = Math.max(1, Math.floor(Number(option('--rounds', 3))) || 3);

function vite(...viteArgs) {
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', ...viteArgs], { stdio: 'inherit' });
}

if (!existsSync(`${distDir}/index.html`)) {
  console.log(`${distDir}/ missing: building the app (vite build) ...`);
  vite('build', '--outDir', distDir, '--logLevel', 'warn');
}
if (withFps || withStartup) {
  console.log(`building the bare comparison scene (bench/ -> ${bareDir}/) ...`);
  vite('build', '-c', 'bench/vite.config.ts', '--outDir', path.resolve(bareDir)); // its root is bench/
}

const app = await serve(distDir);
const bare = withFps || withStartup ? await serve(bareDir) : null;
const browser = await launch();
let failed = false;

try {
  if (withBytes) await bytesReport();
  // (b) start-up times, first and second visit
  if (withStartup && bare) await startupReport(app.url, bare.url);
  // (c) + (d) scene stats and fps, in interleaved rounds
  if (withFps && bare) await fpsReport(app.url, bare.url);
  if (withFps && bare) await idleReport(app.url, bare.url);
} finally {
  await browser.close();
  await app.close();
  await bare?.close();
}

process.exitCode = failed ? 1 : 0;

async function bytesReport() {
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
}

async function startupReport(appUrl, bareUrl) {
  const runs = [];
  let triangles = null;
  let canvas = null;
  for (let r = 0; r < rounds; r++) {
    process.stdout.write(`start-up round ${r + 1}/${rounds}: app`);
    const appRun = await measureStartup(browser, `${appUrl}/`);
    triangles ??= appRun.triangles;
    canvas ??= appRun.canvas;
    process.stdout.write(', bare\n');
    const q = new URLSearchParams({ triangles: String(triangles || DEFAULT_TRIANGLES), lights: String(DEFAULT_LIGHTS) });
    if (canvas) q.set('width', String(canvas.width)), q.set('height', String(canvas.height));
    const bareRun = await measureStartup(browser, `${bareUrl}/bare.html?${q}`);
    runs.push({ app: appRun, bare: bareRun });
  }
  const col = (who, visit) => runs.map((run) => run[who][visit]);
  const s = (ms) => (ms == null ? null : ms / 1000);
  const row = (name, who, visit, source) => [
    name,
    fmt(s(median(col(who, visit))), 2),
    spread(col(who, visit).map(s), 2),
    col(who, visit).map((ms) => fmt(s(ms), 2)).join(' '),
    source ? [...new Set(runs.map((run) => run.app[source] ?? 'n/a'))].join(', ') : '',
  ];
  console.log(
    `\nStart-up: navigation to the first drawn body (data-scene-ready), window ${VIEWPORT.width}x${VIEWPORT.height}, ` +
      `SwiftShader; first visit = fresh context, second = reload in it; service workers blocked; ` +
      `bare page: ${triangles ?? DEFAULT_TRIANGLES} triangles (the app's first frame). ${rounds} interleaved round(s), seconds.`,
  );
  console.log(
    table(
      ['run', 'median s', 'min–max', 'per round', 'skin from'],
      [
        row('app, first visit', 'app', 'first', 'skinFirst'),
        row('app, second visit', 'app', 'second', 'skinSecond'),
        row('bare, first visit', 'bare', 'first'),
        row('bare, second visit', 'bare', 'second'),
      ],
      ['l', 'r', 'r', 'l', 'l'],
    ),
  );
  const ratioRow = (name, visit, target) => {
    const r = ratios(col('app', visit), col('bare', visit));
    const m = median(r);
    return [name, fmt(m, 2), spread(r, 2), r.map((x) => fmt(x, 2)).join(' '), m == null ? 'n/a' : m <= target ? `ok (<= ${target})` : `ABOVE ${target}`];
  };
  console.log(`\nStart-up ratios, app / bare of the same round (median of rounds)`);
  console.log(
    table(
      ['comparison', 'median', 'min–max', 'per round', 'verdict'],
      [ratioRow('first visit vs bare first visit', 'first', STARTUP_TARGETS.first), ratioRow('second visit vs bare second visit', 'second', STARTUP_TARGETS.second)],
      ['l', 'r', 'r', 'l', 'l'],
    ),
  );
}

async function idleReport(appUrl, bareUrl) {
  process.stdout.write('CPU while still: app');
  const app = await measureIdleCpu(browser, `${appUrl}/?step=neck`);
  process.stdout.write(', bare\n');
  const bare = await measureIdleCpu(browser, `${bareUrl}/bare.html?triangles=${DEFAULT_TRIANGLES}&lights=${DEFAULT_LIGHTS}`);
  const share = (cpu) => (cpu == null ? 'n/a' : `${fmt(cpu * 100, 1)} %`);
  console.log(`\nCPU while the scene stands still: every Chromium process over ${IDLE_WINDOW_MS / 1000} s, share of one core`);
  console.log(
    table(
      ['run', 'CPU'],
      [
        ['app, step 1 (neck), once drawn and settled', share(app)],
        ['bare page, drawing every frame', share(bare)],
      ],
      ['l', 'r'],
    ),
  );
}

async function fpsReport(appUrl, bareUrl) {
  const runs = [];
  let scene = null; // triangles and lights, from the first app run
  // The bare scene gets the triangles the app run beside it drew (a step view draws only its own lines).
  const bareQuery = (canvas, coverage, triangles = scene.triangles) => {
    const q = new URLSearchParams({ triangles: String(triangles), lights: String(scene.lights) });
    if (canvas) q.set('width', String(canvas.width)), q.set('height', String(canvas.height));
    if (coverage != null) q.set('coverage', coverage.toFixed(4));
    return `${bareUrl}/bare.html?${q}`;
  };
  for (let r = 0; r < rounds; r++) {
    process.stdout.write(`fps round ${r + 1}/${rounds}: app orbit`);
    const orbit = await measureScene(browser, `${appUrl}/`);
    scene ??= { triangles: orbit.stats?.triangles || DEFAULT_TRIANGLES, lights: orbit.stats?.lights ?? DEFAULT_LIGHTS, hook: orbit.hook, stats: orbit.stats };
    process.stdout.write(', bare matched');
    const bareOrbit = await measureScene(browser, bareQuery(orbit.canvas, orbit.coverage, orbit.stats?.triangles || scene.triangles));
    process.stdout.write(', app playing');
    const playing = orbit.hook ? await measureScene(browser, `${appUrl}/`, { play: true }) : null;
    process.stdout.write(', bare matched');
    const barePlaying =
      playing?.fps != null ? await measureScene(browser, bareQuery(playing.canvas, playing.coverage, playing.stats?.triangles || scene.triangles)) : null;
    process.stdout.write(', bare raw\n');
    const bareRaw = await measureScene(browser, bareQuery(null, null));
    runs.push({ orbit, bareOrbit, playing, barePlaying, bareRaw });
  }

  const col = (key, field = 'fps') => runs.map((run) => run[key]?.[field] ?? null);
  const pct = (v) => (v == null ? 'n/a' : `${(100 * v).toFixed(0)} %`);
  const size = (c) => (c ? `${c.width}x${c.height}` : 'n/a');
  const verdict = (r) => (r == null ? 'n/a' : r >= FPS_RATIO_TARGET ? 'ok' : `BELOW ${FPS_RATIO_TARGET}`);
  const last = runs[runs.length - 1];

  console.log(
    `\nScene: window ${VIEWPORT.width}x${VIEWPORT.height} at DPR 1, SwiftShader, rAF capped at 60 Hz; ` +
      `${WARMUP_S} s warm-up, ${MEASURE_S} s orbit via window.__oxyBench.setAzimuth, then ${COVERAGE_S} s of coverage read-backs. ` +
      `${rounds} interleaved round(s); fps are medians (min–max).`,
  );
  console.log(`App: ${scene.stats?.triangles ?? 'n/a'} triangles, ${scene.stats?.drawCalls ?? 'n/a'} draw calls, ${scene.lights} direct lights (orbit)`);
  const row = (name, key) => [
    name,
    size(last[key]?.canvas),
    pct(median(col(key, 'coverage'))),
    last[key]?.stats?.triangles ?? 'n/a',
    last[key]?.stats?.drawCalls ?? 'n/a',
    fmt(median(col(key))),
    spread(col(key)),
  ];
  console.log(
    table(
      ['run', 'canvas px', 'coverage', 'triangles', 'draw calls', 'fps', 'min–max'],
      [
        row('app, orbit', 'orbit'),
        row('bare, matched to app orbit', 'bareOrbit'),
        row('app, orbit + stroke playing', 'playing'),
        row('bare, matched to app playing', 'barePlaying'),
        row(`bare, raw (whole window, ${scene.triangles} tris, ${scene.lights}+1 lights)`, 'bareRaw'),
      ],
      ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
    ),
  );

  const ratioRow = (name, appKey, bareKey, judged) => {
    const r = ratios(col(appKey), col(bareKey));
    return [name, fmt(median(r), 2), spread(r, 2), r.map((x) => fmt(x, 2)).join(' '), judged ? verdict(median(r)) : '(not judged)'];
  };
  console.log(`\nRatios, app / bare of the same round (median of rounds; target >= ${FPS_RATIO_TARGET} on the matched rows)`);
  console.log(
    table(
      ['comparison', 'median', 'min–max', 'per round', 'verdict'],
      [
        ratioRow('orbit vs matched bare', 'orbit', 'bareOrbit', true),
        ratioRow('playing vs matched bare', 'playing', 'barePlaying', true),
        ratioRow('orbit vs raw bare', 'orbit', 'bareRaw', false),
        ratioRow('playing vs raw bare', 'playing', 'bareRaw', false),
        ratioRow('playing vs app orbit', 'playing', 'orbit', false),
      ],
      ['l', 'r', 'r', 'l', 'l'],
    ),
  );
  if (!scene.hook) console.log('(the app exposes no window.__oxyBench yet: app rows are n/a)');
  else if (last.playing?.canPlay === false) console.log('(the app has no __oxyBench.play(): no playing rows)');
}
