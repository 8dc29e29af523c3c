import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test, waitForScene } from './fixtures';

/**
 * The coach as a husband uses it, with the phone on the table: the spoken cues recorded through a
 * stand-in `speechSynthesis` (language, words, order), the tones and the message where the device
 * has no voice for the language, the wake lock asked for and refused, the pause when the page is
 * hidden, and the diary across a reload. Sessions are set to 5 minutes (the shortest), so the
 * first cues come within seconds.
 */

interface Stand {
  /** The voices the device says it has. */
  readonly voices: readonly { readonly lang: string; readonly name: string; readonly voiceURI: string; readonly default?: boolean }[];
  /** What the wake lock request does; 'missing': no API at all. */
  readonly wake: 'grant' | 'refuse' | 'missing';
}

interface Spoken {
  readonly text: string;
  readonly lang: string;
  readonly voice: string | null;
}

declare global {
  interface Window {
    __spoken: Spoken[];
    __tones: number[];
    __wake: string[];
    __hide(): void;
    __show(): void;
  }
}

/** Stand-ins installed before the app loads: speech, tones (recorded), the wake lock, page visibility. */
async function stand(page: Page, options: Stand) {
  await page.addInitScript((o: Stand) => {
    window.__spoken = [];
    window.__tones = [];
    window.__wake = [];
    class Utterance {
      text: string;
      lang = '';
      voice: { voiceURI: string } | null = null;
      volume = 1;
      rate = 1;
      pitch = 1;
      constructor(text: string) {
        this.text = text;
      }
      addEventListener() {}
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true, writable: true });
    const synth = {
      speaking: false,
      pending: false,
      paused: false,
      getVoices: () => o.voices.map((v) => ({ localService: true, default: false, ...v })),
      speak: (u: Utterance) => window.__spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.voiceURI ?? null }),
      cancel() {},
      pause() {},
      resume() {},
      addEventListener() {},
      removeEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });

    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      window.__tones.push(this.frequency.value);
      start.call(this, when);
    };

    // A lock the browser lets go when the page is hidden, as Chromium does.
    let releaseLock: (() => void) | null = null;
    if (o.wake === 'missing') {
      Object.defineProperty(navigator, 'wakeLock', { value: undefined, configurable: true });
    } else {
      Object.defineProperty(navigator, 'wakeLock', {
        configurable: true,
        value: {
          request(type: string) {
            window.__wake.push(type);
            if (o.wake === 'refuse') return Promise.reject(new DOMException('Battery saver', 'NotAllowedError'));
            const listeners: (() => void)[] = [];
            const lock = {
              type,
              released: false,
              release: async () => undefined,
              addEventListener: (_: string, f: () => void) => listeners.push(f),
              removeEventListener() {},
            };
            releaseLock = () => listeners.forEach((f) => f());
            return Promise.resolve(lock);
          },
        },
      });
    }
    const setVisibility = (state: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      Object.defineProperty(document, 'hidden', { value: state === 'hidden', configurable: true });
      if (state === 'hidden') releaseLock?.();
      document.dispatchEvent(new Event('visibilitychange'));
    };
    window.__hide = () => setVisibility('hidden');
    window.__show = () => setVisibility('visible');
  }, options);
}

const INDONESIAN = { lang: 'id-ID', name: 'Bahasa Indonesia (uji)', voiceURI: 'test-id', default: false };
const ENGLISH = { lang: 'en-GB', name: 'English (test)', voiceURI: 'test-en', default: true };

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

/** Opens the coach with a 5-minute session chosen and starts it. */
async function startShortSession(page: Page, lang: 'id' | 'en', settings: Record<string, unknown> = {}) {
  await page.addInitScript((s) => localStorage.setItem('pijat-oksitosin.coach', JSON.stringify({ minutes: 5, ...s })), settings);
  await page.goto(`/?mode=coach&lang=${lang}`);
  await page.getByRole('button', { name: lang === 'id' ? 'Mulai' : 'Start', exact: true }).click();
  await expect(page.getByTestId('coach-tap')).toBeVisible();
}

const spoken = (page: Page) => page.evaluate(() => window.__spoken);

test('spoken cues in Indonesian, with an Indonesian voice: the start, the count, the return, in order', async ({ page }) => {
  await stand(page, { voices: [ENGLISH, INDONESIAN], wake: 'grant' });
  await startShortSession(page, 'id');
  // 5 minutes: the neck stroke's settle (1.8 s), then press 3.1 s and return 1.8 s per count.
  await expect.poll(async () => (await spoken(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
  const words = await spoken(page);
  expect(words.slice(0, 5).map((w) => w.text)).toEqual([
    'Mulai. Langkah 1, Leher. Pijat leher, 5 kali.',
    'satu',
    'Usap ringan.',
    'dua',
    'Usap ringan.',
  ]);
  for (const w of words) expect([w.lang, w.voice]).toEqual(['id-ID', 'test-id']);
  await expect(page.getByTestId('coach-movement')).toHaveText('Pijat leher');
  await expect(page.getByTestId('voice-notice')).toHaveCount(0);
  // The low tone where pressure begins, the high one where the return begins.
  expect((await page.evaluate(() => window.__tones)).slice(0, 3)).toEqual([330, 880, 330]);
});

test('spoken cues in English with an English voice; skip announces and counts the next movement', async ({ page }) => {
  await stand(page, { voices: [INDONESIAN, ENGLISH], wake: 'grant' });
  await startShortSession(page, 'en');
  await expect.poll(async () => (await spoken(page)).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(page.getByTestId('coach-movement')).toHaveText('Behind the ear (mastoid process)');
  await expect.poll(async () => (await spoken(page)).map((w) => w.text), { timeout: 10_000 }).toContain('Press.');
  const words = await spoken(page);
  expect(words[0]).toEqual({ text: 'Starting. Step 1, Neck. Neck stroke, 5 times.', lang: 'en-GB', voice: 'test-en' });
  expect(words[1]!.text).toBe('one');
  expect(words.every((w) => w.lang === 'en-GB')).toBe(true);
});

test('no Indonesian voice on the device: the message once, in both languages, then tones and large text', async ({ page }) => {
  await stand(page, { voices: [ENGLISH], wake: 'grant' });
  await startShortSession(page, 'id');
  const notice = page.getByTestId('voice-notice');
  await expect(notice).toContainText('Tidak ada suara berbahasa Indonesia');
  await expect(notice).toContainText('No Indonesian voice');
  await expect(notice).toHaveCount(1);
  // The words the voice would have said, in large type instead; press and return in word.
  await expect(page.getByTestId('coach-words')).toHaveText(/^(satu|dua|tiga|empat|lima)$/, { timeout: 15_000 });
  await expect(page.getByTestId('coach-phase')).toContainText('TEKAN');
  await expect(page.getByTestId('coach-count')).toContainText(/[1-5] \/ 5/);
  await expect(page.getByTestId('coach-phase')).toContainText('USAP RINGAN', { timeout: 10_000 });
  await expect(page.getByTestId('coach-words')).toHaveText('Usap ringan.');
  expect(await spoken(page)).toEqual([]);
  expect((await page.evaluate(() => window.__tones)).slice(0, 2)).toEqual([330, 880]);
  // The tap area from the keyboard: Space pauses, Enter goes on.
  await page.getByTestId('coach-tap').focus();
  await page.keyboard.press('Space');
  await expect(page.getByTestId('coach-paused')).toContainText('Jeda');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('coach-paused')).toHaveCount(0);
  await expect(page.getByTestId('voice-notice')).toHaveCount(1);
});

test('the wake lock is asked for on start and again when the page comes back; the page hidden pauses, and it goes on where it was', async ({ page }) => {
  await stand(page, { voices: [INDONESIAN], wake: 'grant' });
  await startShortSession(page, 'id');
  await expect.poll(() => page.evaluate(() => window.__wake)).toEqual(['screen']);
  await expect(page.getByTestId('wake-notice')).toHaveCount(0);
  await expect.poll(async () => (await spoken(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);

  await page.evaluate(() => window.__hide());
  await expect(page.getByTestId('coach-paused')).toContainText('layar terkunci');
  // The clock's last tick before the pause may be drawn just after the notice (a second later on a
  // slow machine): read it once it holds still, then it must not move while the page is hidden.
  const clock = page.getByTestId('session-left');
  let left: string | null = null;
  await expect
    .poll(async () => {
      const before = await clock.textContent();
      await page.waitForTimeout(600);
      left = await clock.textContent();
      return before === left;
    })
    .toBe(true);
  const spokenWhenHidden = (await spoken(page)).length;
  await page.waitForTimeout(2500);
  await expect(page.getByTestId('session-left')).toHaveText(left!);
  expect((await spoken(page)).length).toBe(spokenWhenHidden);

  await page.evaluate(() => window.__show());
  await expect.poll(() => page.evaluate(() => window.__wake)).toEqual(['screen', 'screen']);
  // Back on the page it waits for a tap (the giver's hands are ready first), then goes on from the same place.
  await expect(page.getByTestId('session-left')).toHaveText(left!);
  await page.getByTestId('coach-tap').click();
  await expect(page.getByTestId('coach-paused')).toHaveCount(0);
  await expect.poll(async () => (await spoken(page)).length, { timeout: 10_000 }).toBeGreaterThan(spokenWhenHidden);
  const toSeconds = (text: string) => Number(text.split(':')[0]) * 60 + Number(text.split(':')[1]);
  const now = toSeconds((await page.getByTestId('session-left').textContent())!);
  expect(toSeconds(left!) - now).toBeGreaterThanOrEqual(0);
  expect(toSeconds(left!) - now).toBeLessThan(12);
});

test('the wake lock refused, or missing: a clear message, and the session goes on', async ({ page, context }) => {
  await stand(page, { voices: [INDONESIAN], wake: 'refuse' });
  await startShortSession(page, 'id');
  await expect(page.getByTestId('wake-notice')).toContainText('menolak menjaga layar');
  await expect.poll(async () => (await spoken(page)).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);

  const other = await context.newPage();
  await stand(other, { voices: [ENGLISH], wake: 'missing' });
  await startShortSession(other, 'en');
  await expect(other.getByTestId('wake-notice')).toContainText('cannot keep the screen on');
  await other.close();
});

test('a session is kept in the diary with its note, and found after a reload', async ({ page }) => {
  test.setTimeout(150_000);
  await stand(page, { voices: [INDONESIAN], wake: 'grant' });
  await startShortSession(page, 'id');
  await page.waitForTimeout(31_500); // a session under 30 s is a start by mistake, not kept
  await page.getByRole('button', { name: 'Berhenti' }).click();
  await expect(page.getByRole('heading', { name: 'Sesi dihentikan' })).toBeFocused();
  await expect(page.getByTestId('done-summary')).toContainText('dari 5 menit');
  await page.getByLabel('Catatan (tidak wajib)').fill('Ibu lebih rileks');
  await page.getByRole('button', { name: 'Simpan catatan' }).click();
  await expect(page.getByText('Catatan tersimpan.')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('today-count')).toHaveText('1 dari 2 sesi hari ini');
  await expect(page.getByTestId('today-session')).toContainText('Ibu lebih rileks');
  await expect(page.getByTestId('today-session')).toContainText(/pukul \d\d\.\d\d, 0,[5-7] menit/);
  const days = page.getByTestId('diary-days').locator('li');
  await expect(days).toHaveCount(14);
  await expect(days.last()).toHaveAttribute('data-sessions', '1');
  await expect(days.first()).toHaveAttribute('data-sessions', '0');

  // Out as CSV, one row per session, with the note.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh catatan (CSV)' }).click();
  const csv = readFileSync((await (await download).path())!, 'utf8').split('\r\n');
  expect(csv[0]).toBe('session_id,day,started_at,planned_min,actual_min,steps_completed,note');
  expect(csv[1]).toMatch(/,5,0\.[5-7],(neck)?,Ibu lebih rileks$/); // the neck is done from 32.5 s

  // Deleted with a second tap, and gone after a reload too.
  await page.getByRole('button', { name: 'Hapus', exact: true }).click();
  await page.getByRole('button', { name: 'Yakin hapus?' }).click();
  await expect(page.getByTestId('today-count')).toHaveText('0 dari 2 sesi hari ini');
  await page.reload();
  await expect(page.getByTestId('today-count')).toHaveText('0 dari 2 sesi hari ini');
});

test('screenshots on a phone, upright and sideways', async ({ page }) => {
  test.setTimeout(180_000);
  const dir = 'artifacts/coach';
  mkdirSync(dir, { recursive: true });
  await stand(page, { voices: [INDONESIAN], wake: 'grant' });
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.addInitScript(() => localStorage.setItem('pijat-oksitosin.coach', JSON.stringify({ minutes: 15 })));
  await page.goto('/?mode=coach&lang=id');
  await expect(page.getByRole('button', { name: 'Mulai', exact: true })).toBeVisible();
  await page.screenshot({ path: `${dir}/home-360x740.png` });
  await page.getByRole('button', { name: 'Mulai', exact: true }).click();
  await waitForScene(page);
  await expect(page.getByTestId('coach-count')).toBeVisible({ timeout: 15_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${dir}/session-360x740.png` });
  await page.setViewportSize({ width: 740, height: 360 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: `${dir}/session-740x360.png` });
  await page.getByTestId('coach-tap').click();
  await expect(page.getByTestId('coach-paused')).toBeVisible();
  await page.screenshot({ path: `${dir}/paused-740x360.png` });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('button', { name: 'Berhenti' }).click();
  await expect(page.getByRole('heading', { name: 'Sesi dihentikan' })).toBeVisible();
  await page.screenshot({ path: `${dir}/done-360x740.png` });
});
