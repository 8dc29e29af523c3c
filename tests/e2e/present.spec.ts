import type { Page } from '@playwright/test';
import { expect, test, waitForScene } from './fixtures';

/**
 * Teaching a room: the presenter mode driven by the keys a clicker sends, blanking and back, F5 and
 * Esc ignored, the help that lists every key, the pointer hiding when idle, and the speaker view
 * kept in step with it, both ways, over a BroadcastChannel (two pages of one browser).
 */

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

const caption = (page: Page) => page.locator('.present-caption');
const part = (page: Page) => page.locator('.present-mode').getAttribute('data-part');

async function openPresenter(page: Page, width = 1920, height = 1080) {
  await page.setViewportSize({ width, height });
  await page.goto('/?mode=present&lang=id');
  await waitForScene(page);
  await expect(caption(page)).toContainText('Pembukaan');
}

test('the clicker walks the plan and the movements; B and . blank the wall and bring it back; F5 and Esc neither reload nor leave', async ({ page }) => {
  await openPresenter(page);
  // The title bar is out of the room's sight; the phase words are at least 40 px at 1080p.
  await expect(page.locator('.app-header')).toBeHidden();
  await page.keyboard.press('PageDown');
  expect(await part(page)).toBe('pretest');
  await expect(caption(page)).toContainText('Pre-test');
  await page.keyboard.press('ArrowRight');
  expect(await part(page)).toBe('counselling');
  await page.keyboard.press('PageDown'); // from the overview to the first movement
  await expect(caption(page)).toContainText('Langkah 1: Leher');
  await expect(caption(page)).toContainText('Pijat leher');
  const size = await page.locator('.present-movement').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(40);
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toContainText('Belakang telinga');
  await page.keyboard.press('PageUp');
  await expect(caption(page)).toContainText('Pijat leher');
  await page.keyboard.press('ArrowLeft'); // before the first movement: the overview
  await expect(caption(page)).toContainText('Penyuluhan');

  // B blanks and brings back; so does the full stop.
  const blank = page.getByTestId('present-blank');
  await page.keyboard.press('b');
  await expect(blank).toBeVisible();
  const cover = await blank.boundingBox();
  expect(cover).toMatchObject({ x: 0, y: 0, width: 1920, height: 1080 });
  await page.keyboard.press('b');
  await expect(blank).toBeHidden();
  await page.keyboard.press('.');
  await expect(blank).toBeVisible();
  await page.keyboard.press('.');
  await expect(blank).toBeHidden();

  // F5 and Esc, which clickers send: the page neither reloads nor leaves the mode.
  await page.evaluate(() => {
    (window as unknown as { stillHere: boolean }).stillHere = true;
  });
  await page.keyboard.press('F5');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
  expect(new URL(page.url()).searchParams.get('mode')).toBe('present');
  await expect(caption(page)).toContainText('Penyuluhan');
});

test('every key in the help does what it says: space, 1-4, [ ], P (minutes changed), ? and H, S opens the speaker view', async ({ page, context }) => {
  await openPresenter(page, 1280, 720);
  await page.keyboard.press('3');
  expect(await part(page)).toBe('demonstration');
  await expect(caption(page)).toContainText('Langkah 3: Tulang belikat');
  await page.keyboard.press('1');
  await expect(caption(page)).toContainText('Langkah 1: Leher');
  // Space plays (the phase moves on from settling the hands) and pauses.
  await expect(caption(page)).toHaveAttribute('data-phase', 'settle');
  await page.keyboard.press(' ');
  await expect(caption(page)).not.toHaveAttribute('data-phase', 'settle');
  await page.keyboard.press(' ');
  const paused = await caption(page).textContent();
  await page.waitForTimeout(1500);
  await expect(caption(page)).toHaveText(paused ?? '');
  await page.keyboard.press(']');
  expect(await part(page)).toBe('practice');
  await page.keyboard.press('[');
  expect(await part(page)).toBe('demonstration');

  // P: the plan, with minutes the trainer changes; clicking a part opens it.
  await page.keyboard.press('p');
  const plan = page.locator('.workshop-dialog .plan-list');
  await expect(plan).toBeVisible();
  await plan.getByLabel('Menit untuk Praktik berpasangan').fill('45');
  await expect(plan.locator('.plan-total')).toHaveText('Jumlah: 110 menit');
  await plan.getByRole('button', { name: /Post-test/ }).click();
  expect(await part(page)).toBe('posttest');
  await page.keyboard.press('Escape');
  await expect(plan).toBeHidden();

  // ? and H: the list of keys, every key named.
  for (const key of ['?', 'h']) {
    await page.keyboard.press(key);
    const help = page.locator('.workshop-keys');
    await expect(help).toBeVisible();
    for (const named of ['PageDown', 'PageUp', 'Spasi', 'B, .', '1, 2, 3, 4', '], [', 'P', 'S', 'F', '?, H', 'F5, Esc']) {
      await expect(help.locator('kbd', { hasText: named }).first()).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  }

  // S: the speaker view in a window of its own, already where the presenter stands.
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.waitForLoadState();
  expect(new URL(speaker.url()).searchParams.get('mode')).toBe('speaker');
  await expect(speaker.locator('#speaker-now')).toContainText('Post-test');
  await speaker.close();
});

test('the pointer and the controls hide when idle, and come back when the mouse moves; Tab reaches them', async ({ page }) => {
  await openPresenter(page, 1280, 720);
  await page.keyboard.press('2');
  const mode = page.locator('.present-mode');
  await page.mouse.move(640, 300);
  await expect(mode).not.toHaveClass(/is-idle/);
  await expect(page.locator('.present-controls')).toBeVisible();
  await expect(mode).toHaveClass(/is-idle/, { timeout: 6000 });
  await expect(page.locator('.present-controls')).toHaveCSS('opacity', '0');
  expect(await page.locator('.present-view').evaluate((el) => getComputedStyle(el).cursor)).toBe('none');
  await page.mouse.move(650, 320);
  await expect(mode).not.toHaveClass(/is-idle/);
  // Keyboard users reach the controls with Tab (first), and see where the focus is.
  await page.keyboard.press('Tab');
  const focused = page.locator('.present-controls button').first();
  await expect(focused).toBeFocused();
  await expect(focused).toHaveCSS('outline-style', 'solid');
  // Focus keeps the controls shown even when the pointer rests.
  await expect(mode).toHaveClass(/is-idle/, { timeout: 6000 });
  await expect(page.locator('.present-controls')).toHaveCSS('opacity', '1');
});

test('a click on the body leaves a ring there for the room to see, and it goes after a few seconds', async ({ page }) => {
  await openPresenter(page, 1280, 720);
  await page.keyboard.press('3');
  await page.waitForTimeout(2500); // the camera has flown to the step
  const spot = { x: 560, y: 330 };
  const clip = { x: spot.x - 60, y: spot.y - 60, width: 120, height: 120 };
  const before = await page.screenshot({ clip });
  await page.mouse.click(spot.x, spot.y);
  await page.waitForTimeout(700);
  const during = await page.screenshot({ clip });
  expect(during.equals(before)).toBe(false);
  await page.mouse.move(spot.x + 300, spot.y + 200); // off the spot
  await page.waitForTimeout(5500);
  const after = await page.screenshot({ clip });
  expect(after.equals(during)).toBe(false);
});

test('the speaker view and the presenter stay in step both ways over a BroadcastChannel', async ({ page, context }) => {
  await openPresenter(page, 1280, 720);
  const speaker = await context.newPage();
  await speaker.setViewportSize({ width: 1280, height: 800 });
  await speaker.goto('/?mode=speaker&lang=id');
  await waitForScene(speaker);
  await expect(speaker.locator('#speaker-now')).toContainText('Pembukaan');
  await expect(speaker.getByTestId('speaker-next')).toContainText('Pre-test');

  // The presenter's clicker moves the speaker view.
  await page.keyboard.press('4');
  await expect(speaker.locator('#speaker-now')).toContainText('Demonstrasi');
  await expect(speaker.locator('.speaker-notes h3')).toContainText('Pijat memutar di samping tulang belakang');
  await expect(speaker.locator('.speaker-mistakes')).toContainText('tulang belakang');
  await expect(speaker.getByTestId('speaker-next')).toContainText('Bentuk hati');

  // The speaker view's keys and buttons move the presenter.
  await speaker.bringToFront();
  await speaker.keyboard.press('PageDown');
  await expect(caption(page)).toContainText('Bentuk hati dengan punggung tangan');
  await speaker.getByRole('button', { name: 'Layar hitam' }).click();
  await expect(page.getByTestId('present-blank')).toBeVisible();
  await expect(speaker.locator('.speaker-blanked')).toBeVisible();
  await speaker.keyboard.press('b');
  await expect(page.getByTestId('present-blank')).toBeHidden();
  await speaker.getByRole('button', { name: 'Putar' }).click();
  await expect(caption(page)).not.toHaveAttribute('data-phase', 'settle');
  await speaker.getByRole('button', { name: 'Jeda' }).click();
  await expect(page.locator('.present-controls').getByRole('button', { name: 'Putar' })).toHaveAttribute('aria-pressed', 'false');

  // The time against the plan, and a minute changed on the laptop reaches the presenter's plan.
  await expect(speaker.getByTestId('speaker-part-time')).toContainText('dari 15 menit');
  await speaker.getByLabel('Menit untuk Demonstrasi').fill('25');
  await page.keyboard.press('p');
  await expect(page.locator('.workshop-dialog').getByLabel('Menit untuk Demonstrasi')).toHaveValue('25');
  await page.keyboard.press('Escape');

  // The language chosen on the laptop is the wall's language too.
  await speaker.getByRole('button', { name: 'English' }).click();
  await expect(caption(page)).toContainText('Step 4: Back');
  await speaker.screenshot({ path: 'artifacts/screenshots/present--speaker-view.png' });
});

test.describe('the leaflet', () => {
  for (const [lang, stepWord] of [['id', 'Langkah'], ['en', 'Step']] as const) {
  test(`prints on two A4 pages with a picture of the body and the words of every step, in the chosen language (${lang})`, async ({ page }) => {
    test.setTimeout(240_000);
    {
      await page.goto(`/?print=leaflet&lang=${lang}`);
      await expect(page.locator('.leaflet')).toHaveAttribute('data-ready', 'true', { timeout: 180_000 });
      await expect(page.getByRole('button', { name: lang === 'id' ? 'Cetak atau simpan PDF' : 'Print or save as PDF' })).toBeEnabled();
      const steps = page.locator('.leaflet-step');
      await expect(steps).toHaveCount(4);
      for (let i = 0; i < 4; i++) {
        const step = steps.nth(i);
        await expect(step.locator('h3')).toContainText(`${stepWord} ${i + 1}`);
        // The picture is the scene's own drawing: a PNG, wide, and not one flat colour.
        const picture = step.locator('img');
        await expect(picture).toHaveAttribute('src', /^data:image\/png;base64,/);
        const look = await picture.evaluate(async (img: HTMLImageElement) => {
          await img.decode();
          const c = document.createElement('canvas');
          c.width = 64;
          c.height = 64;
          const ctx = c.getContext('2d')!;
          ctx.drawImage(img, 0, 0, 64, 64);
          const d = ctx.getImageData(0, 0, 64, 64).data;
          const colours = new Set<number>();
          let red = 0;
          for (let p = 0; p < d.length; p += 4) {
            colours.add((d[p]! >> 4 << 8) | (d[p + 1]! >> 4 << 4) | (d[p + 2]! >> 4));
            if (d[p]! > 150 && d[p + 1]! < 90 && d[p + 2]! < 90) red++;
          }
          return { width: img.naturalWidth, colours: colours.size, red };
        });
        expect(look.width).toBeGreaterThan(400);
        expect(look.colours).toBeGreaterThan(30);
        expect(look.red, `step ${i + 1}: its pressure lines are drawn`).toBeGreaterThan(0);
      }
      await expect(page.locator('.leaflet-safety')).toContainText(lang === 'id' ? 'Hentikan bila ibu merasa sakit' : 'Stop if she feels pain');
      await expect(page.locator('.leaflet-sources')).toContainText('Pitriani');
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      const text = pdf.toString('latin1');
      expect(text.match(/\/Type\s*\/Page[^s]/g)?.length, `${lang}: A4, two pages`).toBe(2);
      expect(text).toMatch(/\/MediaBox\s*\[\s*0 0 594\.9\d* 841\.9\d*\s*\]/);
      expect(text.match(/\/Subtype\s*\/Image/g)?.length ?? 0, 'a picture of every step').toBeGreaterThanOrEqual(4);
      // What the page prints is the sheets alone, nothing cut off at a sheet's foot.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.app-header')).toBeHidden();
      await expect(page.locator('.leaflet-toolbar')).toBeHidden();
      const overflow = await page.locator('.leaflet-page').evaluateAll((els) => els.map((el) => el.scrollHeight - el.clientHeight));
      expect(overflow).toEqual([0, 0]);
      await page.pdf({ path: `artifacts/screenshots/present--leaflet-${lang}.pdf`, format: 'A4', printBackground: true, preferCSSPageSize: true });
    }
  });
  }
});
