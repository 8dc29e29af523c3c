import { mkdirSync } from 'node:fs';
import { expect, test, waitForScene } from './fixtures';

const DIR = 'artifacts/screenshots/steps';

/** The labels pinned to the body (the step's list in the panel names the same points). */
const onBody = (page: import('@playwright/test').Page) => page.locator('.scene-labels');

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

test('each step lights its paths and frames the camera', async ({ page }) => {
  mkdirSync(DIR, { recursive: true });
  await page.goto('/?lang=en');
  await waitForScene(page);
  const pictures = new Set<string>();
  for (const [slug, name] of [
    ['setting', 'Getting ready'],
    ['neck', '1. Neck'],
    ['shoulders', '2. Shoulders'],
    ['scapulae', '3. Shoulder blades'],
    ['back', '4. Back'],
  ] as const) {
    const button = page.locator(`[data-step="${slug}"]`);
    await button.click();
    await expect(button).toHaveAttribute('aria-current', 'step');
    await expect(button).toContainText(name);
    await expect(page).toHaveURL(new RegExp(`step=${slug}`));
    await page.waitForTimeout(500);
    const png = await page.locator('canvas').first().screenshot({ path: `${DIR}/${slug}.png` });
    pictures.add(png.toString('base64'));
    await page.screenshot({ path: `${DIR}/${slug}-page.png` });
  }
  expect(pictures.size).toBe(5);
});

test('the shoulder-blade step shows all six clock points as labelled, focusable buttons', async ({ page }) => {
  await page.goto('/?step=scapulae&lang=en');
  await waitForScene(page);
  for (const name of [
    "Left shoulder blade, 3 o'clock",
    "Left shoulder blade, 6 o'clock",
    "Left shoulder blade, 8 o'clock",
    "Right shoulder blade, 9 o'clock",
    "Right shoulder blade, 6 o'clock",
    "Right shoulder blade, 4 o'clock",
  ]) {
    await expect(onBody(page).getByRole('button', { name, exact: true })).toHaveCount(1);
  }
  // A point's label opens its details, with where it comes from.
  await onBody(page).getByRole('button', { name: "Left shoulder blade, 3 o'clock", exact: true }).focus();
  const details = page.locator('.action-details');
  await expect(details).toContainText("Left shoulder blade, 3 o'clock");
  await expect(details).toContainText(/interpretation|Source/);
  await page.locator('canvas').first().screenshot({ path: `${DIR}/scapulae-points.png` });
});

test('the same labels exist in Indonesian', async ({ page }) => {
  await page.goto('/?step=scapulae&lang=id');
  await waitForScene(page);
  await expect(onBody(page).getByRole('button', { name: 'Tulang belikat kiri, jam 3', exact: true })).toHaveCount(1);
  await expect(onBody(page).getByRole('button', { name: 'Tulang belikat kanan, jam 9', exact: true })).toHaveCount(1);
});

test('a shared link opens the right step, a bad one explains and shows the overview', async ({ page }) => {
  await page.goto('/?step=shoulders&lang=en');
  await expect(page.locator('[data-step="shoulders"]')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('heading', { name: /Step 2: Shoulders/ })).toBeVisible();
  await page.goto('/?step=elbows&lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'unknown step "elbows"' })).toBeVisible();
  await expect(page.locator('[data-step="setting"]')).toHaveAttribute('aria-current', 'step');
});

test('About & sources lists the seed papers', async ({ page }) => {
  await page.goto('/?lang=en');
  await page.getByRole('button', { name: 'About & sources' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Pitriani');
  await expect(dialog).toContainText('Sumiaty');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
