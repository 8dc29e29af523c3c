import { expect, test } from './fixtures';

// True for the placeholder page and for the full app; others extend this file.
// The fixtures already fail the test on any request to another origin and on page/console errors.

test('the start page loads with its title, from our own origin only', async ({ page, guards }) => {
  const response = await page.goto('/');
  expect(response?.ok()).toBe(true);
  await expect(page).toHaveTitle(/Pijat Oksitosin/);
  await expect(page.locator('#root')).not.toBeEmpty();
  await page.waitForLoadState('networkidle');
  expect(guards.foreignRequests).toEqual([]);
});
