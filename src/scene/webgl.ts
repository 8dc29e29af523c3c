let available: boolean | null = null;

/**
 * Whether this browser can give us a WebGL context at all (asked once the canvas has failed to start).
 * Probed once a page: each probe makes and drops a context, tens of milliseconds on a slow device.
 */
export function webglAvailable(): boolean {
  available ??= probe();
  return available;
}

function probe(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext(); // Give the probe's context back at once.
    return gl !== null;
  } catch {
    return false;
  }
}
