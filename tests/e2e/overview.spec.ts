import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForScene } from './fixtures';

const DIR = 'artifacts/screenshots/overview';

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

/** The steps' numbers on the body in the overview (the named ones: one per step). */
const region = (page: Page, number: number, title: string) =>
  page.locator('.scene-labels').getByRole('button', { name: `Step ${number}: ${title}. Open this step`, exact: true });

/**
 * Fraction of the canvas drawn in the pressure lines' red, with the DOM labels over it hidden (a
 * point's label has a red ring). The overview's pressure dots are a few pixels each.
 */
async function redLineFraction(page: Page): Promise<number> {
  await page.addStyleTag({ content: '.scene-labels { visibility: hidden !important; }' });
  const png = await page.locator('canvas').first().screenshot({ animations: 'allow' });
  const fraction = await page.evaluate(async (dataUrl) => {
    const image = new Image();
    image.src = dataUrl;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    ctx.drawImage(image, 0, 0);
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let red = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r > 140 && r - g > 90 && r - b > 80) red++;
    }
    return red / (canvas.width * canvas.height);
  }, `data:image/png;base64,${png.toString('base64')}`);
  await page.addStyleTag({ content: '.scene-labels { visibility: visible !important; }' });
  return fraction;
}

test('the overview shows the four steps\' numbered regions and no path lines; opening a step shows its paths', async ({ page }) => {
  mkdirSync(DIR, { recursive: true });
  await page.goto('/?lang=en');
  await waitForScene(page);
  for (const [number, title] of [[1, 'Neck'], [2, 'Shoulders'], [3, 'Shoulder blades'], [4, 'Back']] as const) {
    await expect(region(page, number, title)).toBeVisible();
  }
  // Both shoulders and both shoulder blades carry their number; only one of each pair is named.
  await expect(page.locator('.region-label')).toHaveText(['1', '2', '2', '3', '3', '4']);
  await expect(page.locator('.scene-labels').getByRole('button')).toHaveCount(4);
  await expect(page.locator('.stroke-label, .point-label, .dial-label')).toHaveCount(0);
  // The legend says what the overview shows.
  await expect(page.locator('.legend')).toContainText('Numbered shaded area');
  await expect(page.locator('.legend')).toContainText('pressure point');
  await page.waitForTimeout(1000); // the patches are laid in idle time after the first frame
  await page.locator('canvas').first().screenshot({ path: `${DIR}/overview.png` });
  const dotsOnly = await redLineFraction(page);
  expect(dotsOnly, 'no pressure lines in the overview, only its small dots').toBeLessThan(0.0006);

  await page.locator('[data-step="neck"]').click();
  await expect(page.locator('.region-label')).toHaveCount(0);
  await expect(page.locator('.scene-labels .stroke-label').first()).toBeVisible();
  await expect(page.locator('.legend')).toContainText('With pressure');
  await page.waitForTimeout(800);
  // The neck view looks from behind and to the side, the grip over part of the line: still several
  // times the red of the overview's dots (about 6x at this size).
  expect(await redLineFraction(page), 'the neck step draws its pressure line').toBeGreaterThan(Math.max(0.0005, 4 * dotsOnly));
});

test('a region\'s number opens its step, by click and by keyboard', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForScene(page);

  await region(page, 2, 'Shoulders').click();
  await expect(page.locator('[data-step="shoulders"]')).toHaveAttribute('aria-current', 'step');
  await expect(page).toHaveURL(/step=shoulders/);
  await expect(page.getByRole('heading', { name: /Step 2: Shoulders/ })).toBeVisible();

  // Back to the overview (the playhead goes back to the start, in step 1: the overview stays), where
  // the number on the other shoulder blade (not in the tab order) takes a click too.
  await page.locator('[data-step="setting"]').click();
  await expect(page.locator('[data-step="setting"]')).toHaveAttribute('aria-current', 'step');
  await expect(page.locator('.region-label')).toHaveCount(6);
  await page.locator('.region-label[data-region="scapulae"][aria-hidden="true"]').click();
  await expect(page.locator('[data-step="scapulae"]')).toHaveAttribute('aria-current', 'step');

  // From the keyboard: Tab from the 3D view reaches the numbers; Enter opens one, and focus stays in the view.
  await page.locator('[data-step="setting"]').click();
  await page.getByRole('application').focus();
  const neck = region(page, 1, 'Neck');
  await expect(neck).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(neck).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-step="neck"]')).toHaveAttribute('aria-current', 'step');
  await expect(page.getByRole('application')).toBeFocused();

  await page.locator('[data-step="setting"]').click();
  await region(page, 4, 'Back').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('[data-step="back"]')).toHaveAttribute('aria-current', 'step');
  await expect(page).toHaveURL(/step=back/);
});

test('the regions are named in Indonesian too', async ({ page }) => {
  await page.goto('/?lang=id');
  await waitForScene(page);
  const numbers = page.getByRole('group', { name: 'Daerah tiap langkah pada tubuh' });
  await expect(numbers.getByRole('button', { name: 'Langkah 3: Tulang belikat. Buka langkah ini', exact: true })).toBeVisible();
  await expect(page.locator('.legend')).toContainText('Daerah berwarna bernomor');
});
