import type { Page } from '@playwright/test';
import { expect, test, waitForScene } from './fixtures';

/**
 * The layout never breaks: the 3D view grows and shrinks with the window, the page never scrolls
 * into emptiness, and every focus stop is on screen when it has focus.
 */

/** Where the canvas and the side panel are, and whether the page itself has scrolled. */
function measure(page: Page) {
  return page.evaluate(() => {
    const box = (selector: string) => {
      const r = document.querySelector(selector)!.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height };
    };
    return {
      window: { width: window.innerWidth, height: window.innerHeight },
      canvas: box('canvas'),
      viewport: box('.viewport'),
      panel: box('.panel'),
      play: box('.play-button'),
      scrollY: window.scrollY,
      documentHeight: document.documentElement.scrollHeight,
    };
  });
}

/** The canvas draws at the size of its box, a frame after a resize. */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const canvas = document.querySelector('canvas');
    const view = document.querySelector('.viewport');
    if (!canvas || !view) return false;
    const c = canvas.getBoundingClientRect();
    const v = view.getBoundingClientRect();
    return Math.abs(c.width - v.width) < 2 && Math.abs(c.height - v.height) < 2;
  });
}

test('narrowing a laptop window shrinks the 3D view, and the step list still takes clicks', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lang=en');
  await waitForScene(page);
  const wide = await measure(page);
  for (const width of [1000, 820, 1400, 1000]) {
    await page.setViewportSize({ width, height: 800 });
    await settled(page);
    const now = await measure(page);
    expect(now.canvas.right, `canvas inside its view at ${width}px`).toBeLessThanOrEqual(now.panel.left + 1);
    expect(now.canvas.width).toBeLessThan(width);
    expect(now.documentHeight).toBeLessThanOrEqual(800);
  }
  expect((await measure(page)).canvas.width).toBeLessThan(wide.canvas.width);
  await page.getByRole('button', { name: /Neck/ }).first().click();
  await expect(page.locator('[data-step="neck"]')).toHaveAttribute('aria-current', 'step');
  await page.getByRole('button', { name: /Getting ready/ }).click();
  await expect(page.locator('[data-step="setting"]')).toHaveAttribute('aria-current', 'step');
});

/** How far (px) each number on the body sits from where its place is drawn, the largest. */
function labelsOffTheirPlaces(page: Page) {
  return page.evaluate(() => {
    const bench = window.__oxyBench;
    let worst = 0;
    let seen = 0;
    for (const label of document.querySelectorAll<HTMLElement>('.scene-label[data-facing="true"]')) {
      const point = (label.dataset.point ?? '').split(',').map(Number) as [number, number, number];
      const at = bench?.pointOnScreen(point);
      if (!at) continue;
      const r = label.getBoundingClientRect();
      worst = Math.max(worst, Math.hypot(r.left + r.width / 2 - at.x, r.top + r.height / 2 - at.y));
      seen++;
    }
    return { worst, seen };
  });
}

test('the numbers on the body stay on their places when the window is resized', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/?lang=en');
  await waitForScene(page);
  await expect.poll(async () => (await labelsOffTheirPlaces(page)).seen).toBeGreaterThan(0);
  for (const [width, height] of [[900, 800], [1280, 600], [1600, 900]] as const) {
    await page.setViewportSize({ width, height });
    await settled(page);
    await expect.poll(async () => (await labelsOffTheirPlaces(page)).worst, { message: `labels at ${width}x${height}` }).toBeLessThan(3);
  }
});

test('a phone turned to landscape and back: the view fits the screen and Play stays on it', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?lang=en');
  await waitForScene(page);
  for (const [width, height] of [[740, 360], [360, 740], [740, 360], [320, 568], [568, 320], [360, 740]] as const) {
    await page.setViewportSize({ width, height });
    await settled(page);
    const now = await measure(page);
    expect(now.canvas.width, `${width}x${height}`).toBeLessThanOrEqual(width);
    expect(now.canvas.right).toBeLessThanOrEqual(width + 1);
    expect(now.canvas.height).toBeGreaterThan(height * 0.35);
    expect(now.scrollY).toBe(0);
    if (width > height) {
      // Sideways: Play is on screen without scrolling, beside the view.
      expect(now.play.bottom, `Play on screen at ${width}x${height}`).toBeLessThanOrEqual(height);
      expect(now.play.left).toBeGreaterThanOrEqual(now.canvas.right - 1);
    }
    await page.screenshot({ path: `artifacts/screenshots/layout-phone-${width}x${height}.png` });
  }
  await page.setViewportSize({ width: 740, height: 360 });
  await settled(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

/** Tabs through the page; after each stop the page has not scrolled and the focused control is on screen. */
async function tabThroughEverything(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await page.goto('/?lang=en&step=scapulae');
  await waitForScene(page);
  // One turn of the wheel over the header: nothing moves.
  await page.mouse.move(size.width / 2, 20);
  await page.mouse.wheel(0, 1500);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => [window.scrollY, document.scrollingElement?.scrollTop ?? 0])).toEqual([0, 0]);

  await page.locator('body').focus();
  const seen = new Set<string>();
  for (let stop = 0; stop < 150; stop++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      element.scrollIntoView({ block: 'nearest' }); // what the browser itself does for a focused control
      const r = element.getBoundingClientRect();
      const cx = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
      const cy = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
      // What a person sees at the control's place: the control itself (or its label), not emptiness.
      const hit = document.elementFromPoint(cx, cy);
      const label = element.closest('label');
      return {
        id: element.outerHTML.slice(0, 120),
        onScreen: r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth && r.width > 0,
        seen: hit !== null && (hit === element || element.contains(hit) || hit.contains(element) || (label?.contains(hit) ?? false)),
        visible: getComputedStyle(element).visibility !== 'hidden',
        pageScroll: window.scrollY + (document.scrollingElement?.scrollTop ?? 0),
      };
    });
    if (focus === null) continue;
    expect(focus.pageScroll, `the page scrolled at ${focus.id}`).toBe(0);
    expect(focus.onScreen && focus.seen && focus.visible, `focus stop off screen or covered: ${focus.id}`).toBe(true);
    if (seen.has(focus.id)) break; // round the page once
    seen.add(focus.id);
  }
  expect(seen.size).toBeGreaterThan(20);
}

test('wheel and Tab at 1280x800: the page never scrolls, every focus stop is seen', async ({ page }) => {
  await tabThroughEverything(page, { width: 1280, height: 800 });
});

test('wheel and Tab at 360x740: the page never scrolls, every focus stop is seen', async ({ page }) => {
  await tabThroughEverything(page, { width: 360, height: 740 });
});
