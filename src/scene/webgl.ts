/** Whether this browser can give us a WebGL context at all (checked before mounting the canvas). */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl?.getExtension('WEBGL_lose_context')?.loseContext(); // Give the probe's context back at once.
    return gl !== null;
  } catch {
    return false;
  }
}
