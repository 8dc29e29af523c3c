import type { Vec3 } from '../../anatomy/vec';

/** A place on the skin and its outward normal. */
export interface SkinHit {
  readonly point: Vec3;
  readonly normal: Vec3;
}

/** A label of the shown step as it falls in `picture()`: its text, and where, as fractions of the picture's width and height. */
export interface PictureLabel {
  readonly kind: 'point' | 'stroke' | 'dial';
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

/**
 * What the drawn scene can answer about the screen: which skin lies under a pixel, and where a
 * body point shows on the screen. Set by `<SkinProbe>` inside the canvas while it is mounted.
 */
export interface BodyProbe {
  /** The skin under a viewport (client) pixel, or null when the pixel shows no skin. */
  skinAt(clientX: number, clientY: number): SkinHit | null;
  /** Where a body point is drawn, in viewport (client) pixels; null when behind the camera. */
  toScreen(point: Vec3): { readonly x: number; readonly y: number } | null;
  /** The view as drawn now, as a PNG data URL (drawn once more and read at once: the buffer is not kept). */
  picture(): string | null;
  /**
   * The shown step's point numbers, stroke letters and clock hours that face the camera and fall
   * in the picture, for drawing them into it (the picture has the scene only, not its labels).
   */
  pictureLabels(): readonly PictureLabel[];
}

let current: BodyProbe | null = null;

export function setBodyProbe(probe: BodyProbe | null): void {
  current = probe;
}

/** The probe of the canvas that is drawn now; null before the scene has loaded. */
export function bodyProbe(): BodyProbe | null {
  return current;
}
