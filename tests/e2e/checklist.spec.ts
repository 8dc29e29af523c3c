import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import qrcode from 'qrcode-generator';
import CHROMIUM_FLAGS from '../../scripts/chromium-flags.json' with { type: 'json' };
import { expect, test, waitForScene } from './fixtures';

/**
 * The trainer's observation checklist (?mode=checklist) as a midwife uses it at a workshop: eight
 * trainees on a phone, an observation scored item by item with Show, scores typed and read from
 * trainees' QR codes (from a picture of the code, and from the camera through Chromium's fake
 * capture), refused and repeated codes, deleting with undo, the report printed and as CSV, all
 * kept across a reload.
 */

const OUT = path.resolve('artifacts/checklist');
mkdirSync(OUT, { recursive: true });

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

async function newWorkshop(page: Page, place = 'Posyandu Melati') {
  await page.goto('/?mode=checklist&lang=id');
  await waitForScene(page);
  await expect(page.getByRole('heading', { name: 'Daftar tilik' })).toBeVisible();
  await page.getByLabel('Tempat').fill(place);
  await page.getByLabel('Pelatih').fill('Bidan Sari');
  await page.getByRole('button', { name: 'Buat pelatihan' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(place) })).toBeVisible();
}

async function addTrainee(page: Page, name: string) {
  await page.getByLabel('Nama atau kode peserta').fill(name);
  await page.getByRole('button', { name: 'Tambah peserta' }).click();
  await expect(card(page, name)).toBeVisible();
}

const card = (page: Page, name: string) => page.locator(`.trainee-card[data-trainee="${name}"]`);

async function typeScore(page: Page, name: string, kind: 'pre' | 'post', score: number) {
  const panel = card(page, name);
  if (!(await panel.locator('.score-panel').isVisible())) await panel.getByRole('button', { name: 'Ambil nilai' }).click();
  await panel.getByRole('combobox').selectOption(kind);
  await panel.getByLabel('Nilai (0-100)').fill(String(score));
  await panel.getByRole('button', { name: 'Simpan nilai' }).click();
  await expect(panel.locator('.check-ok')).toContainText(`${score} dicatat untuk ${name}`);
}

/** A picture (PNG) of a QR code of any text, drawn by the same encoder the app uses. */
async function qrPicture(page: Page, text: string, file: string): Promise<string> {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const other = await page.context().newPage();
  await other.setContent(`<body style="margin:0;background:#fff">${qr.createSvgTag({ cellSize: 6, margin: 24 })}</body>`);
  const where = path.join(OUT, file);
  await other.locator('svg').screenshot({ path: where });
  await other.close();
  return where;
}

test('a trainer observes eight trainees on a phone, types their scores, and prints the report; all of it after a reload', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await newWorkshop(page);
  const names = ['Ani', 'Budi', 'Citra', 'Dewi', 'Eka', 'Fitri', 'Gita', 'Hana'];
  for (const name of names) await addTrainee(page, name);

  // An observation: every preparation item, Show beside an item, a note; the total as it goes.
  await card(page, 'Ani').getByRole('button', { name: 'Observasi saat pelatihan' }).click();
  await expect(page.getByRole('heading', { name: 'Observasi: Ani' })).toBeFocused();
  await expect(page.getByTestId('observation-total')).toHaveText('Total: belum ada butir dinilai');
  const item = (id: string) => page.locator(`.item-row[data-item="${id}"]`);
  await item('prep-consent').getByRole('button', { name: /^2/ }).click();
  await item('prep-hands').getByRole('button', { name: /^1/ }).click();
  await expect(page.getByTestId('observation-total')).toHaveText('Total 75%');
  await item('neck-stroke-count').getByRole('button', { name: /^0/ }).click();
  await expect(page.getByTestId('observation-total')).toHaveText('Total 50%');
  // Pressed again, a score is cleared.
  await item('neck-stroke-count').getByRole('button', { name: /^0/ }).click();
  await expect(page.getByTestId('observation-total')).toHaveText('Total 75%');
  await item('neck-stroke-count').getByRole('button', { name: /^1/ }).click();
  await item('neck-stroke-direction').getByRole('button', { name: /^Tampilkan/ }).click();
  await expect(page.locator('.observe [role="status"].sr-only')).toHaveText('Diperagakan di tubuh: Pijat leher');
  await item('prep-hands').getByText('Catatan').click();
  await item('prep-hands').getByRole('textbox').fill('kuku panjang');
  // Keyboard: the score buttons are reachable with Tab and pressed with Space.
  await item('prep-position').getByRole('button', { name: /^2/ }).focus();
  await page.keyboard.press('Space');
  await expect(item('prep-position')).toHaveAttribute('data-score', '2');
  await page.screenshot({ path: path.join(OUT, 'phone-observe.png') });
  await page.getByRole('button', { name: 'Selesai' }).click();

  // Scores typed for all eight (pre and post; Hana has no post-test yet).
  const scores: Record<string, [number, number | null]> = {
    Ani: [40, 80], Budi: [50, 70], Citra: [60, 90], Dewi: [30, 60], Eka: [50, 50], Fitri: [70, 60], Gita: [40, 90], Hana: [20, null],
  };
  for (const [name, [pre, post]] of Object.entries(scores)) {
    await typeScore(page, name, 'pre', pre);
    if (post !== null) await typeScore(page, name, 'post', post);
  }
  // A typed score out of range is refused.
  await card(page, 'Hana').getByLabel('Nilai (0-100)').fill('150');
  await card(page, 'Hana').getByRole('button', { name: 'Simpan nilai' }).click();
  await expect(card(page, 'Hana').locator('.check-notice')).toHaveText('Ketik angka bulat dari 0 sampai 100.');
  await page.screenshot({ path: path.join(OUT, 'phone-workshop.png') });

  // Deleting a trainee asks first and can be undone.
  await card(page, 'Hana').getByRole('button', { name: 'Hapus', exact: true }).click();
  await card(page, 'Hana').getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(card(page, 'Hana')).toHaveCount(0);
  await expect(page.locator('.undo-toast')).toContainText('Hana dihapus.');
  await page.locator('.undo-toast').getByRole('button', { name: 'Batalkan' }).click();
  await expect(card(page, 'Hana')).toBeVisible();
  await expect(card(page, 'Hana').locator('[data-score="pre"]')).toHaveText('20');
  // "Undo" goes once what it put back is written.
  await expect(page.locator('.undo-toast')).toBeHidden();

  await page.reload();
  await waitForScene(page);
  await page.getByRole('button', { name: /Posyandu Melati/ }).click();
  await expect(page.locator('.trainee-card')).toHaveCount(8);
  await expect(card(page, 'Ani').locator('[data-score="post"]')).toHaveText('80');
  await expect(card(page, 'Ani').locator('.observation-list')).toContainText('Hari pelatihan');
  await expect(card(page, 'Ani').locator('.observation-list')).toContainText('75%');

  // The report: 7 pairs (Hana has no post-test), Wilcoxon with n and its exact p.
  await page.getByRole('button', { name: 'Laporan pelatihan' }).click();
  await expect(page.getByTestId('paired')).toHaveText('7');
  await expect(page.getByTestId('mean-pre')).toHaveText('48,6');
  await expect(page.getByTestId('mean-post')).toHaveText('71,4');
  await expect(page.getByTestId('improved')).toHaveText('5 / 7');
  // Differences 40, 20, 30, 30, -10, 50 (the zero dropped): n = 6, W = 1, p = 4/64.
  await expect(page.getByTestId('wilcoxon')).toContainText('n = 6 pasangan yang berubah, W = 1');
  await expect(page.getByTestId('wilcoxon')).toContainText('p = 0,063 (dua sisi, eksak)');
  await expect(page.locator('.missed-chart li')).toHaveCount(2);
  await page.screenshot({ path: path.join(OUT, 'phone-report.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh laporan (CSV)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^daftar-tilik-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
  expect(csv[0]).toBe('workshop_date,place,trainer,trainee,pre_test,post_test,gain,observation,observation_kind,observed_at,observation_percent,item_id,item,score,note');
  expect(csv.filter((line) => line.includes(',Ani,40,80,40,1,training,'))).toHaveLength(4);
  expect(csv.some((line) => line.includes('prep-hands') && line.endsWith(',1,kuku panjang'))).toBe(true);
  expect(csv.some((line) => line.includes(',Hana,20,,,'))).toBe(true);

  // Printed: the report alone, the body and the buttons left out.
  await page.setViewportSize({ width: 800, height: 1280 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.checklist-view')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Cetak laporan' })).toBeHidden();
  await expect(page.locator('.trainee-items.print-only').first()).toBeVisible();
  await page.pdf({ path: path.join(OUT, 'report.pdf'), format: 'A4', printBackground: true });
  await page.screenshot({ path: path.join(OUT, 'print-report.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

test('a result goes from the trainee’s phone to the trainer’s by QR code: read once, refused when foreign or damaged', async ({ page }) => {
  test.setTimeout(240_000);
  // The trainee's phone: the pre-test to the end, then its QR code.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?mode=check&lang=id');
  await waitForScene(page);
  await page.getByRole('button', { name: /Pre-test/ }).click();
  for (let i = 0; i < 10; i++) {
    await page.getByRole('button', { name: 'Benar', exact: true }).click();
    await page.locator('.check-feedback .check-primary').click();
  }
  await expect(page.locator('.result-score')).toHaveText('Nilai Anda: 50 dari 100');
  await page.getByRole('button', { name: 'Tampilkan kode QR' }).click();
  const code = page.getByRole('img', { name: 'Kode QR hasil tes' });
  await expect(code).toBeVisible();
  await code.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUT, 'phone-result-qr.png') });
  const picture = path.join(OUT, 'result-qr.png');
  // The code exactly as the phone draws it, photographed on its own (a still page: the 3D view
  // behind it never stops drawing, which a screenshot of the element would wait on).
  const svg = await code.evaluate((element) => element.outerHTML);
  const still = await page.context().newPage();
  await still.setContent(`<body style="margin:0;background:#fff"><div style="width:280px;padding:10px">${svg}</div></body>`);
  await still.locator('div').screenshot({ path: picture });
  await still.close();

  const text = await page.locator('.result-qr-id').textContent();
  expect(text).toMatch(/^[0-9A-Z]{8}$/);

  // The trainer's device: another page, reading the code from its picture (two WebGL pages at
  // once are too slow on a software renderer, so this one takes the trainee page's place).
  const desk = page;
  await desk.setViewportSize({ width: 800, height: 1280 });
  await newWorkshop(desk, 'Puskesmas Sukamaju');
  await addTrainee(desk, 'Ani');
  await addTrainee(desk, 'Budi');
  await card(desk, 'Ani').getByRole('button', { name: 'Ambil nilai' }).click();
  await card(desk, 'Ani').getByTestId('qr-photo').setInputFiles(picture);
  await expect(card(desk, 'Ani').locator('.check-ok')).toHaveText('Pre-test 50 dicatat untuk Ani.');
  await expect(card(desk, 'Ani').locator('[data-score="pre"]')).toHaveText('50');
  // Taken twice: counted once.
  await card(desk, 'Ani').getByTestId('qr-photo').setInputFiles(picture);
  await expect(card(desk, 'Ani').locator('.check-ok')).toHaveText('Hasil ini sudah dicatat untuk Ani; dihitung satu kali saja.');
  await expect(card(desk, 'Ani').locator('.score-list li')).toHaveCount(1);
  // The same code for another trainee: refused.
  await card(desk, 'Budi').getByRole('button', { name: 'Ambil nilai' }).click();
  await card(desk, 'Budi').getByTestId('qr-photo').setInputFiles(picture);
  await expect(card(desk, 'Budi').locator('.check-notice')).toContainText('sudah dicatat untuk peserta lain (Ani)');
  // Another app's code, and a damaged one (the score altered, the check no longer matching).
  await card(desk, 'Budi').getByTestId('qr-photo').setInputFiles(await qrPicture(desk, 'https://example.com/kupon', 'foreign-qr.png'));
  await expect(card(desk, 'Budi').locator('.check-notice')).toHaveText('Kode QR ini bukan hasil tes dari aplikasi Pijat Oksitosin. Tidak dicatat.');
  await card(desk, 'Budi').getByTestId('qr-photo').setInputFiles(await qrPicture(desk, `POKS:1:PRE:90:1111111110:${text ?? ''}:AAAA`, 'damaged-qr.png'));
  await expect(card(desk, 'Budi').locator('.check-notice')).toHaveText('Kode QR ini rusak atau tidak lengkap. Tidak dicatat; pindai lagi, atau ketik nilainya.');
  await expect(card(desk, 'Budi').locator('[data-score="pre"]')).toHaveText('–');
  // No camera permission here: a clear message, and the typed path stays.
  await card(desk, 'Budi').getByRole('button', { name: 'Pindai kode QR dengan kamera' }).click();
  await expect(card(desk, 'Budi').locator('.check-notice').first()).toContainText(/Izin kamera ditolak|Tidak ada kamera|Kamera tidak bisa dipakai/);
  await expect(card(desk, 'Budi').getByRole('button', { name: 'Simpan nilai' })).toBeVisible();
  await desk.screenshot({ path: path.join(OUT, 'tablet-workshop-qr.png') });
});

/** The QR picture as a few seconds of Y4M video (grey levels, 4:2:0), for Chromium's fake camera. */
async function y4mOf(page: Page, png: string, file: string): Promise<string> {
  const [width, height] = [640, 480];
  const luma = await page.evaluate(async ({ data, width, height }) => {
    const image = new Image();
    image.src = data;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    const side = Math.min(width, height) - 40;
    context.drawImage(image, (width - side) / 2, (height - side) / 2, side, side);
    const rgba = context.getImageData(0, 0, width, height).data;
    return Array.from({ length: width * height }, (_, i) => Math.round(0.299 * rgba[i * 4]! + 0.587 * rgba[i * 4 + 1]! + 0.114 * rgba[i * 4 + 2]!));
  }, { data: `data:image/png;base64,${readFileSync(png).toString('base64')}`, width, height });
  const frame = Buffer.concat([Buffer.from('FRAME\n'), Buffer.from(luma), Buffer.alloc((width * height) / 2, 128)]);
  const where = path.join(OUT, file);
  writeFileSync(where, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: 10 }, () => frame)]));
  return where;
}

test('the camera path: a code read from Chromium’s fake camera lands in the trainee’s record', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  // The code: a post-test result, drawn by the same encoder the app uses.
  await page.goto('/?mode=checklist&lang=id');
  await waitForScene(page);
  // Built in Node by the app's own module, as the check mode builds it.
  const { resultCode } = await import('../../src/records/resultCode');
  const full = resultCode({ id: 'camera-attempt', testKind: 'post', answers: [...'1111011110'].map((c) => ({ correct: c === '1' })) });
  expect(full).toMatch(/^POKS:1:POST:80:1111011110:/);
  const video = await y4mOf(page, await qrPicture(page, full, 'camera-qr.png'), 'camera-qr.y4m');

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
  });
  try {
    const context = await browser.newContext({ baseURL, locale: 'id-ID', viewport: { width: 800, height: 1280 }, permissions: ['camera'] });
    const desk = await context.newPage();
    const errors: string[] = [];
    desk.on('pageerror', (error) => errors.push(error.message));
    await newWorkshop(desk, 'Desa Sukamaju');
    await addTrainee(desk, 'Citra');
    await card(desk, 'Citra').getByRole('button', { name: 'Ambil nilai' }).click();
    await card(desk, 'Citra').getByRole('button', { name: 'Pindai kode QR dengan kamera' }).click();
    await expect(card(desk, 'Citra').locator('.check-ok')).toHaveText('Post-test 80 dicatat untuk Citra.', { timeout: 30_000 });
    await expect(card(desk, 'Citra').locator('[data-score="post"]')).toHaveText('80');
    await expect(card(desk, 'Citra').locator('video')).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
  }
});
