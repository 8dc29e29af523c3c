import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForScene } from './fixtures';

/**
 * The check mode as a learner uses it: the pre-test to the end, practice questions answered on
 * the body (a tap at the projected place of the right answer and of a wrong one, a drawn stroke),
 * the score kept across a reload, the backup out and back in, a damaged file refused, an
 * unfinished attempt resumed, and the same offline.
 */

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

const questionId = (page: Page) => page.locator('[data-question]').getAttribute('data-question');
const nextButton = (page: Page) => page.locator('.check-feedback .check-primary');

/** Where the body draws a movement's place (or the start or end of one of its lines). */
async function placeOnScreen(page: Page, actionId: string, along: 'start' | 'end' | number = 'start') {
  // The camera flies to the question's step; wait until the place stands still on the screen for
  // over half a second (the end of an eased flight moves less than a pixel between two looks).
  let last = { x: NaN, y: NaN };
  let still = 0;
  for (let i = 0; i < 80; i++) {
    const at = await page.evaluate(([id, where]) => window.__oxyBench?.placeOnScreen(id as string, undefined, where as 'start' | 'end' | number) ?? null, [actionId, along] as const);
    still = at && Math.hypot(at.x - last.x, at.y - last.y) < 0.5 ? still + 1 : 0;
    if (at && still >= 4) return at;
    if (at) last = at;
    await page.waitForTimeout(150);
  }
  throw new Error(`no place on the screen for ${actionId}`);
}

/** The movement a place question asks about, from the question's id (tap-<action>[-start], draw-<action>). */
const actionOf = (id: string) => id.replace(/^(tap|draw)-/, '').replace(/-start$/, '');

async function answerStatementsTrue(page: Page, count: number) {
  for (let i = 0; i < count; i++) {
    await expect(page.locator('[data-question]')).toHaveAttribute('data-question', /^st-/);
    await page.getByRole('button', { name: 'Benar', exact: true }).click();
    await expect(page.locator('.check-feedback')).toBeVisible();
    await nextButton(page).click();
  }
}

test('a learner takes the pre-test to the end, sees the score, and finds it after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?mode=check&lang=id');
  await waitForScene(page);
  await expect(page.getByRole('link', { name: 'Uji diri' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('button', { name: /Pre-test/ }).click();
  await expect(page.locator('.check-progress')).toContainText('Soal 1 dari 10');
  // Five of the ten statements are true: answering "true" to all scores 50.
  await answerStatementsTrue(page, 10);
  await expect(page.locator('.result-score')).toHaveText('Nilai Anda: 50 dari 100');
  await expect(page.locator('.check-compare .compare-score').first()).toContainText('50');
  await page.reload();
  await waitForScene(page);
  const history = page.locator('.check-history');
  await expect(history).toContainText('Pre-test');
  await expect(history).toContainText('Nilai 50');
  // Each statement missed links to its step in the lesson.
  await history.locator('summary').first().click();
  const link = history.locator('.step-link').first();
  await expect(link).toHaveAttribute('href', /mode=lesson&step=/);
  await link.click();
  await expect(page).toHaveURL(/step=/);
  await expect(page).not.toHaveURL(/mode=check/);
});

test('place questions are graded by where the body is tapped, strokes by the way they are drawn', async ({ page }) => {
  await page.goto('/?mode=check&lang=id');
  await waitForScene(page);
  const seen = { wrongTap: false, rightTap: false, drawn: false };
  // Round one taps the place wrongly; the missed question comes back first in round two, tapped right.
  for (let round = 0; round < 2 && !(seen.rightTap && seen.drawn); round++) {
    await page.getByRole('button', { name: /Latihan/ }).click();
    for (let q = 0; q < 8; q++) {
      const id = (await questionId(page))!;
      if (id.startsWith('tap-')) {
        const right = await placeOnScreen(page, actionOf(id));
        const feedback = page.locator('.check-feedback');
        if (seen.wrongTap) {
          // Right on the place; a place at the body's outline can fall a pixel off it, so a second
          // tap a few pixels in, as a person would.
          for (const [dx, dy] of [[0, 0], [0, 4], [4, 0], [-4, 0], [0, -4]] as const) {
            await page.mouse.click(right.x + dx, right.y + dy);
            if (await feedback.isVisible({ timeout: 3000 }).catch(() => false)) break;
          }
        } else {
          // A wrong place: from the right one toward the middle of the view (the body), far enough
          // to be wrong (over 3 cm); further in if the first try lands off the skin.
          const view = (await page.locator('.check-view .viewport').boundingBox())!;
          const toward = { x: view.x + view.width / 2 - right.x, y: view.y + view.height / 2 - right.y };
          const length = Math.hypot(toward.x, toward.y) || 1;
          for (const px of [150, 220, 300]) {
            await page.mouse.click(right.x + (toward.x / length) * px, right.y + (toward.y / length) * px);
            const offBody = page.locator('.check-miss', { hasText: 'di luar tubuh' });
            await expect(feedback.or(offBody)).toBeVisible();
            if (await feedback.isVisible()) break;
          }
        }
        await expect(feedback).toBeVisible();
        await expect(feedback).toContainText('Jarak dari tempat yang benar');
        if (seen.wrongTap) {
          await expect(feedback).toContainText('Jawaban benar');
          seen.rightTap = true;
        } else {
          await expect(feedback).toContainText(/kurang tepat|Hampir tepat/);
          seen.wrongTap = true;
        }
        await expect(page.locator('.body-tap')).toBeVisible();
      } else if (id.startsWith('draw-')) {
        // Along the path itself, start to end (a straight line would cut the back's circles).
        const along: { x: number; y: number }[] = [];
        for (let k = 0; k <= 16; k++) along.push(await placeOnScreen(page, actionOf(id), k / 16));
        await page.mouse.move(along[0]!.x, along[0]!.y);
        await page.mouse.down();
        for (const at of along.slice(1)) await page.mouse.move(at.x, at.y, { steps: 2 });
        await page.mouse.up();
        // Graded, with the true path shown (the grading itself is unit-tested in grading.test.ts:
        // a path along the body's outline can lose samples off the skin in some views).
        await expect(page.locator('.check-feedback')).toContainText('Garis merah di tubuh');
        seen.drawn = true;
      } else if (id.startsWith('order-')) {
        await page.getByRole('button', { name: 'Periksa jawaban' }).click();
      } else {
        await page.locator('.check-choice').first().click();
      }
      await expect(page.locator('.check-feedback')).toBeVisible();
      await nextButton(page).click();
    }
    await expect(page.locator('.result-score')).toBeVisible();
    await page.getByRole('button', { name: 'Kembali ke awal' }).click();
  }
  expect(seen).toEqual({ wrongTap: true, rightTap: true, drawn: true });
});

test('the backup goes to a file and back; a damaged file is refused and changes nothing', async ({ page, browser }, testInfo) => {
  await page.goto('/?mode=check&lang=en');
  await waitForScene(page);
  await page.getByRole('button', { name: /Pre-test/ }).click();
  for (let i = 0; i < 10; i++) {
    await page.getByRole('button', { name: 'False', exact: true }).click();
    await nextButton(page).click();
  }
  await expect(page.locator('.result-score')).toHaveText('Your score: 50 out of 100');
  await page.getByRole('button', { name: 'Back to the start' }).click();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a backup (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^pijat-oksitosin-cadangan-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('backup.json');
  await download.saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8')) as { app: string; stores: { attempts: { score: number }[] } };
  expect(backup.app).toBe('pijat-oksitosin');
  expect(backup.stores.attempts.map((a) => a.score)).toEqual([50]);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download results (CSV)' }).click()]);
  const csvPath = testInfo.outputPath('results.csv');
  await csv.saveAs(csvPath);
  expect(readFileSync(csvPath, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(11); // a header and ten answers

  // The same file again: nothing new, nothing overwritten.
  await page.locator('[data-testid="backup-file"]').setInputFiles(file);
  await expect(page.locator('.check-backup [role="status"]')).toContainText(/Restored: 0 new records; \d+ were already here/);
  // A damaged file: refused in words, the history as it was.
  await page.locator('[data-testid="backup-file"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"pijat-oks') });
  await expect(page.locator('.check-backup [role="alert"]')).toContainText('This is not a backup file (not JSON). Nothing was changed.');
  await page.locator('[data-testid="backup-file"]').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"another-app","stores":{}}') });
  await expect(page.locator('.check-backup [role="alert"]')).toContainText('another app');
  await expect(page.locator('.check-history > ul > li')).toHaveCount(1);

  // On another device (a fresh browser profile), the backup brings the result back.
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const fresh = await other.newPage();
  await fresh.goto('/?mode=check&lang=en');
  await expect(fresh.locator('.check-history')).toContainText('No results kept yet.');
  await fresh.locator('[data-testid="backup-file"]').setInputFiles(file);
  await expect(fresh.locator('.check-backup [role="status"]')).toContainText(/Restored: [1-9]\d* new records/);
  await expect(fresh.locator('.check-history')).toContainText('Score 50');
  await other.close();
});

test('leaving in the middle keeps the attempt to continue', async ({ page }) => {
  await page.goto('/?mode=check&lang=id');
  await waitForScene(page);
  await page.getByRole('button', { name: /Post-test/ }).click();
  await answerStatementsTrue(page, 3);
  await page.reload();
  await waitForScene(page);
  const resume = page.locator('.check-resume');
  await expect(resume).toContainText('Lanjutkan: Post-test');
  await expect(resume).toContainText('3 dari 10 soal sudah dijawab');
  await resume.click();
  await expect(page.locator('.check-progress')).toContainText('Soal 4 dari 10');
});

test('a place question is answered by keyboard with a cursor that moves over the body', async ({ page }) => {
  await page.goto('/?mode=check&lang=en');
  await waitForScene(page);
  await page.getByRole('button', { name: /Practise/ }).click();
  for (let q = 0; q < 8; q++) {
    const id = (await questionId(page))!;
    if (id.startsWith('tap-')) break;
    if (id.startsWith('draw-')) {
      // A drawn stroke by keyboard: Enter marks the start, arrows move, Enter marks the end, once
      // the camera has come to the question's step (marked mid-flight, the line's ends lie on a
      // body still moving under them, and it can come out too short: a flaky run, 1 in 5).
      await placeOnScreen(page, actionOf(id));
      await page.getByRole('application', { name: 'Keyboard cursor on the body' }).focus();
      await page.keyboard.press('Enter');
      for (let k = 0; k < 6; k++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    } else if (id.startsWith('order-')) {
      await page.getByRole('button', { name: 'Check the answer' }).click();
    } else {
      await page.locator('.check-choice').first().click();
    }
    await nextButton(page).click();
  }
  const id = (await questionId(page))!;
  const target = await placeOnScreen(page, actionOf(id));
  const pad = page.getByRole('application', { name: 'Keyboard cursor on the body' });
  await pad.focus();
  const cursor = page.locator('.body-cursor');
  await expect(cursor).toBeVisible();
  // Steer the cursor with the arrows to the place, as a keyboard user following the words would.
  for (let i = 0; i < 80; i++) {
    const box = (await cursor.boundingBox())!;
    const dx = target.x - (box.x + box.width / 2);
    const dy = target.y - (box.y + box.height / 2);
    if (Math.abs(dx) < 8 && Math.abs(dy) < 8) break;
    const fine = Math.max(Math.abs(dx), Math.abs(dy)) < 14;
    const key = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'ArrowRight' : 'ArrowLeft') : dy > 0 ? 'ArrowDown' : 'ArrowUp';
    await page.keyboard.press(fine ? `Shift+${key}` : key);
  }
  // The cursor's place is said in words, from the base of the neck, without naming the answer.
  await expect(page.locator('.cursor-where')).toContainText(/Cursor: .*(below|above) the base of the neck/);
  await page.keyboard.press('Enter');
  await expect(page.locator('.check-feedback')).toContainText('Distance from the right place');
  await expect(nextButton(page)).toBeFocused();
});

test('the check mode opens offline once the app has been visited', async ({ page, context }) => {
  await page.goto('/?mode=check&lang=en');
  await waitForScene(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
  await context.setOffline(true);
  try {
    await page.reload();
    await waitForScene(page);
    await page.getByRole('button', { name: /Pre-test/ }).click();
    await expect(page.locator('.check-progress')).toContainText('Question 1 of 10');
  } finally {
    await context.setOffline(false);
  }
});

test('with the device storage refused, the attempt stays in memory, says so and can be saved to a file', async ({ page }, testInfo) => {
  // As in a private window that refuses IndexedDB.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await page.goto('/?mode=check&lang=id');
  await waitForScene(page);
  await expect(page.locator('.check-notice')).toContainText('Penyimpanan di perangkat ini tidak bisa dipakai');
  await page.getByRole('button', { name: /Pre-test/ }).click();
  await answerStatementsTrue(page, 10);
  await expect(page.locator('.result-score')).toHaveText('Nilai Anda: 50 dari 100');
  await expect(page.locator('.check-result .check-notice')).toContainText('simpan sebagai berkas');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan cadangan (JSON)' }).click()]);
  const file = testInfo.outputPath('memory.json');
  await download.saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8')) as { stores: { attempts: { score: number }[] } };
  expect(backup.stores.attempts.map((a) => a.score)).toEqual([50]);
});
