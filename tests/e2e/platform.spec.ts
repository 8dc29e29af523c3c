import { canvasStats, expect, test } from './fixtures';

// Checks the test platform itself: WebGL2 through SwiftShader in the Debian Chromium, the canvas
// read-back helper, and the offline service worker. Independent of what the app draws.

test('the test browser has WebGL2 (SwiftShader) and canvasStats reads a canvas back', async ({ page }) => {
  await page.goto('/');
  const info = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 200;
    canvas.height = 100;
    canvas.id = 'platform-probe';
    Object.assign(canvas.style, { position: 'fixed', left: '0', top: '0', zIndex: '9999' });
    document.body.append(canvas);
    // Same setting as the app's renderer: the buffer is not kept after compositing.
    const gl = canvas.getContext('webgl2', { preserveDrawingBuffer: false, antialias: false });
    if (!gl) return null;
    gl.clearColor(0, 0, 1, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    gl.enable(gl.SCISSOR_TEST);
    gl.scissor(0, 0, 50, 100); // left quarter red
    gl.clearColor(1, 0, 0, 1);
    gl.clear(gl.COLOR_BUFFER_BIT);
    const debug = gl.getExtension('WEBGL_debug_renderer_info');
    return {
      version: gl.getParameter(gl.VERSION) as string,
      renderer: debug ? (gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) as string) : '',
      maxTextureSize: gl.getParameter(gl.MAX_TEXTURE_SIZE) as number,
    };
  });
  expect(info, 'canvas.getContext("webgl2") returned null').not.toBeNull();
  expect(info!.version).toMatch(/WebGL 2\.0/);
  test.info().annotations.push({ type: 'webgl', description: `${info!.version} / ${info!.renderer}` });

  const stats = await canvasStats(page, page.locator('#platform-probe'), 8);
  expect(stats.width).toBe(200);
  expect(stats.background).toBe('#0000ff');
  expect(stats.distinctColours).toBe(2);
  expect(stats.nonBackgroundFraction).toBeCloseTo(0.25, 2);
});

test('after one visit the app starts offline from the service worker', async ({ page, context }) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    }
  });
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page).toHaveTitle(/Pijat Oksitosin/);
    await expect(page.locator('#root')).not.toBeEmpty();
    // A deep link falls back to index.html too.
    await page.goto('/some/deep/link');
    await expect(page).toHaveTitle(/Pijat Oksitosin/);
  } finally {
    await context.setOffline(false);
  }
});
