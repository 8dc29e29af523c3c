import type { Page } from '@playwright/test';
import { canvasStats, expect, test, waitForScene } from './fixtures';

/** Where this page's skin mesh (or laid technique) came from: the app's `<what>:<source>` performance mark. */
const sourceOf = (page: Page, what: 'skin-mesh' | 'laid-technique'): Promise<string | null> =>
  page.evaluate(
    (prefix) => performance.getEntriesByType('mark').find((m) => m.name.startsWith(prefix))?.name.slice(prefix.length) ?? null,
    `${what}:`,
  );
const skinSource = (page: Page) => sourceOf(page, 'skin-mesh');

/** How many records the app's skin cache holds (the mesh, and the technique laid on it). */
const keptRecords = (page: Page): Promise<number> =>
  page.evaluate(async () => {
    const name = (await caches.keys()).find((n) => n.startsWith('oxy-skin-'));
    return name ? (await (await caches.open(name)).keys()).length : 0;
  });

/** Names of the app's skin caches that hold a record (one per build key; older ones are deleted). */
const skinCaches = (page: Page): Promise<string[]> =>
  page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('oxy-skin-'));
    const filled = await Promise.all(names.map(async (name) => ((await (await caches.open(name)).keys()).length ? name : null)));
    return filled.filter((name): name is string => name !== null);
  });

test('a second visit draws the body from the skin kept on the device; a damaged one is made again', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });

  // First visit (a fresh context: nothing kept yet): generated, then kept in idle time.
  await page.goto('/');
  await waitForScene(page);
  expect(await skinSource(page)).toBe('worker');
  const generated = await canvasStats(page);
  await expect.poll(() => skinCaches(page), { timeout: 30_000 }).toHaveLength(1);
  await expect.poll(() => keptRecords(page), { timeout: 30_000 }).toBe(2);

  // Second visit: read back, no worker; the body draws as before.
  await page.reload();
  await waitForScene(page);
  expect(await skinSource(page)).toBe('cache');
  expect(await sourceOf(page, 'laid-technique')).toBe('cache');
  const cached = await canvasStats(page);
  expect(cached.distinctColours).toBeGreaterThan(200);
  expect(cached.nonBackgroundFraction).toBeGreaterThan(0.12);
  expect(Math.abs(cached.nonBackgroundFraction - generated.nonBackgroundFraction)).toBeLessThan(0.01);

  // A damaged entry (half of it lost) is ignored without an error, and generated again.
  await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    const request = (await cache.keys()).find((r) => r.url.endsWith('/skin-mesh.bin'));
    const bytes = await (await cache.match(request!))!.arrayBuffer();
    await cache.put(request!, new Response(bytes.slice(0, bytes.byteLength / 2)));
  }, (await skinCaches(page))[0]!);
  await page.reload();
  await waitForScene(page);
  expect(await skinSource(page)).toBe('worker');
  expect((await canvasStats(page)).nonBackgroundFraction).toBeGreaterThan(0.12);
});
