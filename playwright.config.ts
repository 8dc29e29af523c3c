import { defineConfig } from '@playwright/test';
// The same Debian Chromium flags as the benchmark (scripts/bench/browser.mjs).
import CHROMIUM_FLAGS from './scripts/chromium-flags.json' with { type: 'json' };

/**
 * Browser tests drive the Debian `chromium` package (never a browser that Playwright downloads),
 * against `vite preview` serving the already-built `dist/`. `npm test` builds before it runs these;
 * on its own, run `npm run build && npx playwright test`.
 *
 * WebGL runs on SwiftShader (software), so every timeout here is generous.
 */
const CI = Boolean(process.env.CI);
// E2E_PORT: run against a preview already serving another build (e.g. `vite preview --outDir`)
// while something else holds 4173; CI uses 4173.
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://localhost:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'artifacts/test-results',
  fullyParallel: false,
  workers: 1, // two cores, and SwiftShader wants them both
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  timeout: 120_000,
  globalTimeout: 30 * 60_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['html', { outputFolder: 'artifacts/playwright-report', open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    viewport: { width: 960, height: 640 },
    deviceScaleFactor: 1,
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    navigationTimeout: 60_000,
    actionTimeout: 20_000,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The tests run against the built app: say so plainly if it is missing. (Checked here, when the
    // tests start, not when this file loads: lint tools read it too.)
    command: `test -f dist/index.html || { echo 'dist/ is missing: run npm run build before npx playwright test' >&2; exit 1; }; npm run preview`,
    url: BASE_URL,
    reuseExistingServer: !CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
