import type { ViewPresetId } from './viewPresetIds';

/**
 * Everything that asks the camera to move, as data: fly to a preset view, or nudge it from the
 * keyboard. The one way in is the view slice's `requestCamera`; the camera rig acts on each new
 * request. (Following the hands is not a request: the rig reads `frameValues.follow` while playing.)
 */
export type CameraRequest =
  | { readonly kind: 'preset'; readonly view: ViewPresetId }
  | { readonly kind: 'orbit'; readonly azimuth: number; readonly polar: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'pan'; readonly right: number; readonly up: number };

const ORBIT_STEP = Math.PI / 18;
const ZOOM_STEP = 1.15;
const PAN_STEP = 0.03;

/** Maps a key on the focused 3D view to a camera request; null if the key is not ours. */
export function cameraRequestForKey(key: string, shift: boolean): CameraRequest | null {
  switch (key) {
    case 'ArrowLeft':
      return shift ? { kind: 'pan', right: -PAN_STEP, up: 0 } : { kind: 'orbit', azimuth: -ORBIT_STEP, polar: 0 };
    case 'ArrowRight':
      return shift ? { kind: 'pan', right: PAN_STEP, up: 0 } : { kind: 'orbit', azimuth: ORBIT_STEP, polar: 0 };
    case 'ArrowUp':
      return shift ? { kind: 'pan', right: 0, up: PAN_STEP } : { kind: 'orbit', azimuth: 0, polar: -ORBIT_STEP };
    case 'ArrowDown':
      return shift ? { kind: 'pan', right: 0, up: -PAN_STEP } : { kind: 'orbit', azimuth: 0, polar: ORBIT_STEP };
    case 'r':
    case 'R':
    case 'Home':
      return { kind: 'preset', view: 'back' };
    case '+':
    case '=':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case '-':
    case '_':
      return { kind: 'zoom', factor: ZOOM_STEP };
    default:
      return null;
  }
}
