import { mkdirSync } from 'node:fs';
import { expect, test, waitForScene } from './fixtures';

const DIR = 'artifacts/screenshots/playback';

/** The live region's text: what a screen reader announces. */
const live = (page: import('@playwright/test').Page) => page.getByTestId('phase-live');

test('playing the neck step: Press, then No pressure, then Press again, with the repetition rising', async ({ page }) => {
  await page.goto('/?step=neck&lang=en');
  await waitForScene(page);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('2');
  await page.getByRole('button', { name: 'Play' }).click();
  const seen: string[] = [];
  const deadline = Date.now() + 40_000;
  while (Date.now() < deadline) {
    const text = (await live(page).textContent()) ?? '';
    if (seen[seen.length - 1] !== text) seen.push(text);
    if (/Repetition 2 of 5/.test(text) && /No pressure/.test(text)) break;
    await page.waitForTimeout(100);
  }
  const phases = seen.map((t) => (/No pressure:/.test(t) ? 'glide' : /Press:/.test(t) ? 'press' : 'other')).filter((p) => p !== 'other');
  const order = phases.filter((p, i) => p !== phases[i - 1]);
  expect(order.slice(0, 4), seen.join('\n')).toEqual(['press', 'glide', 'press', 'glide']);
  expect(seen.some((t) => /Repetition 1 of 5/.test(t))).toBe(true);
  expect(seen.some((t) => /Repetition 2 of 5/.test(t))).toBe(true);
  expect(seen.every((t) => t.includes('Step 1: Neck'))).toBe(true);
});

test('the hand presses in the pressure phase and glides in the other, and the pictures differ', async ({ page }) => {
  mkdirSync(DIR, { recursive: true });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/?step=neck&lang=en');
  await waitForScene(page);
  const scrub = page.getByRole('slider', { name: 'Position in the massage' });
  // Step 1 starts at 0: 1.5 s settling, then 2.5 s pressure, then 1.5 s glide.
  await scrub.fill('2.8');
  await expect(page.locator('.phase-banner')).toHaveAttribute('data-phase', 'pressure');
  await expect(live(page)).toContainText('Press:');
  const gauge = page.getByRole('meter', { name: 'Pressure' });
  const gaugeValue = async () => Number(await gauge.getAttribute('aria-valuenow'));
  // The gauge is written by the frame loop, which is slow on SwiftShader: wait for it to catch up.
  await expect.poll(gaugeValue, { timeout: 20_000 }).toBeGreaterThan(40);
  const pressing = await page.locator('canvas').first().screenshot({ path: `${DIR}/neck-pressure.png` });
  await scrub.fill('4.7');
  await expect(page.locator('.phase-banner')).toHaveAttribute('data-phase', 'glide');
  await expect(live(page)).toContainText('No pressure:');
  await expect.poll(gaugeValue, { timeout: 20_000 }).toBeLessThan(25);
  const gliding = await page.locator('canvas').first().screenshot({ path: `${DIR}/neck-glide.png` });
  expect(pressing.equals(gliding)).toBe(false);
});

test('keyboard shortcuts drive playback', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForScene(page);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('3');
  await expect(page.locator('[data-step="scapulae"]')).toHaveAttribute('aria-current', 'step');
  await expect(live(page)).toContainText('Step 3');
  const before = await page.getByRole('slider', { name: 'Position in the massage' }).inputValue();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('slider', { name: 'Position in the massage' })).not.toHaveValue(before);
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
});

test('learn mode walks from the setting into step 1', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForScene(page);
  await page.getByRole('button', { name: 'Learn mode' }).click();
  await expect(page.locator('.learn-card')).toContainText('Getting ready');
  await page.getByRole('button', { name: 'Start learning' }).click();
  await expect(page.locator('.learn-card')).toContainText('Step 1: Neck');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.screenshot({ path: `${DIR}/learn-mode.png` });
});

test('play pressed in the overview shows the step that plays', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForScene(page);
  await expect(page.locator('[data-step="setting"]')).toHaveAttribute('aria-current', 'step');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.locator('[data-step="neck"]')).toHaveAttribute('aria-current', 'step');
  await expect(page).toHaveURL(/step=neck/);
  await expect(live(page)).toContainText('Neck stroke');
});

test('a still body is not drawn again; playing draws it, and Play after a pause goes on from where it stood', async ({ page }) => {
  await page.goto('/?step=neck&lang=en');
  await waitForScene(page);
  const framesDrawn = () => page.evaluate(() => window.__oxyBench?.stats().framesDrawn ?? Number.NaN);
  const drawnIn = async (ms: number) => {
    const before = await framesDrawn();
    await page.waitForTimeout(ms);
    return (await framesDrawn()) - before;
  };
  // Once what the step puts on the body has settled, nothing is drawn until something moves.
  await expect.poll(() => drawnIn(1000), { timeout: 20_000, intervals: [0] }).toBe(0);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  expect(await drawnIn(1000), 'frames drawn in a second of playing').toBeGreaterThan(5);
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect.poll(() => drawnIn(1000), { timeout: 10_000, intervals: [0] }).toBe(0);

  // The first frame after the pause moves the lesson on by none of the pause.
  const scrub = page.getByRole('slider', { name: 'Position in the massage' });
  const pausedAt = Number(await scrub.inputValue());
  await page.waitForTimeout(2500);
  await page.keyboard.press(' ');
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const playedTo = Number(await scrub.inputValue());
  expect(playedTo - pausedAt, `paused at ${pausedAt} s, played to ${playedTo} s`).toBeLessThan(1);

  // The camera turned from the keyboard is drawn where it went, and the drawing stops again.
  await page.getByRole('application').focus();
  const turning = await framesDrawn();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await framesDrawn()) - turning).toBeGreaterThan(0);
  await expect.poll(() => drawnIn(1000), { timeout: 10_000, intervals: [0] }).toBe(0);
});
