import { expect, test, waitForScene } from './fixtures';

test('without WebGL the page explains itself in both languages', async ({ page }) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    // Pretend the device has no WebGL at all.
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
      if (type.startsWith('webgl') || type === 'experimental-webgl') return null;
      return (original as (this: HTMLCanvasElement, ...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof HTMLCanvasElement.prototype.getContext;
  });
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Tampilan 3D tidak dapat dibuka');
  await expect(alert).toContainText('The 3D view cannot open');
  await expect(page.locator('canvas')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('damaged saved settings are reported and replaced, nothing else is lost', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('pijat-oksitosin.preferences', '{"version":1,"skinMode":');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/?lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'saved settings were damaged' })).toBeVisible();
  await waitForScene(page);
  await page.reload();
  await expect(page.getByText('saved settings were damaged')).toHaveCount(0);
});

test('a lost WebGL context shows a message and the view can be reloaded', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForScene(page);
  await page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    const gl = canvas?.getContext('webgl2') ?? canvas?.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  });
  await expect(page.getByRole('alert')).toContainText('The 3D view stopped');
  await page.evaluate(() => delete document.body.dataset.sceneReady);
  await page.getByRole('button', { name: 'Reload the 3D view' }).click();
  await waitForScene(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
