import { mkdirSync } from 'node:fs';
import { expect, test, canvasStats, waitForScene } from './fixtures';

/** Screenshots people look at: one per preset view and layer, kept as test artefacts. */
const VIEWS_DIR = 'artifacts/screenshots/views';

test.beforeEach(async ({ page }) => {
  // Reduced motion makes preset changes land at once, so screenshots are deterministic.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('the canvas draws the body, not a blank or single-colour picture', async ({ page }) => {
  await page.goto('/');
  await waitForScene(page);
  const stats = await canvasStats(page);
  expect(stats.distinctColours).toBeGreaterThan(200);
  expect(stats.nonBackgroundFraction).toBeGreaterThan(0.12);
});

test('every preset view shows the body from its own angle', async ({ page }) => {
  mkdirSync(VIEWS_DIR, { recursive: true });
  await page.goto('/?lang=en');
  await waitForScene(page);
  const seen = new Set<string>();
  for (const name of ['Back', 'Left shoulder', 'Right shoulder', 'Neck', 'Left shoulder blade', 'Right shoulder blade']) {
    await page.getByRole('button', { name, exact: true }).click();
    await expect(page.getByRole('button', { name, exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.waitForTimeout(400);
    const file = `${VIEWS_DIR}/${name.toLowerCase().replace(/ /g, '-')}.png`;
    const png = await page.locator('canvas').first().screenshot({ path: file });
    seen.add(png.toString('base64'));
    const stats = await canvasStats(page);
    expect(stats.nonBackgroundFraction, name).toBeGreaterThan(0.1);
  }
  expect(seen.size, 'each view gives a different picture').toBe(6);
});

test('skin layers switch between solid, see-through and hidden', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForScene(page);
  await page.getByRole('checkbox', { name: 'Show bones' }).check();
  const solid = await canvasStats(page);
  await page.getByText('See-through', { exact: true }).click();
  await page.waitForTimeout(300);
  await page.locator('canvas').first().screenshot({ path: `${VIEWS_DIR}/layers-translucent.png` });
  const seeThrough = await canvasStats(page);
  await page.getByText('Hidden', { exact: true }).click();
  await page.waitForTimeout(300);
  await page.locator('canvas').first().screenshot({ path: `${VIEWS_DIR}/layers-bones-only.png` });
  const hidden = await canvasStats(page);
  // The table and the giver's hands stay; the body's silhouette shrinks to the skeleton.
  expect(hidden.nonBackgroundFraction, 'without skin only the bones remain').toBeLessThan(solid.nonBackgroundFraction * 0.9);
  expect(seeThrough.distinctColours).not.toBe(solid.distinctColours);
  await page.getByRole('checkbox', { name: 'Bone names' }).check();
  await expect(page.getByText('Left shoulder blade', { exact: true }).first()).toBeVisible();
});

test('the language switch changes every label and is remembered', async ({ page }) => {
  await page.goto('/');
  await waitForScene(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pijat Oksitosin 3D');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oxytocin Massage 3D');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/lang=en/);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oxytocin Massage 3D');
});

test('the keyboard orbits and resets the camera', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForScene(page);
  const viewport = page.getByRole('application');
  await viewport.focus();
  const before = await page.locator('canvas').first().screenshot();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(400);
  const turned = await page.locator('canvas').first().screenshot();
  expect(turned.equals(before)).toBe(false);
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('r');
  await expect(page.getByRole('button', { name: 'Back', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('a phone-sized screen keeps the model and the controls usable', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await waitForScene(page);
  const box = await page.locator('canvas').first().boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(350);
  expect(box?.height).toBeGreaterThan(300);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${VIEWS_DIR}/phone-360.png`, fullPage: true });
});

test('a projector-sized screen fills with the model', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/');
  await waitForScene(page);
  const box = await page.locator('canvas').first().boundingBox();
  expect(box?.width).toBeGreaterThan(1300);
  await page.screenshot({ path: `${VIEWS_DIR}/projector-1920.png` });
});
