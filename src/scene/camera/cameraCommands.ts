/**
 * Keyboard camera moves from the DOM to the 3D rig, as plain events: a key press should nudge the
 * camera without re-rendering React.
 */
export type CameraCommand =
  | { readonly kind: 'orbit'; readonly azimuth: number; readonly polar: number }
  | { readonly kind: 'zoom'; readonly factor: number }
  | { readonly kind: 'pan'; readonly right: number; readonly up: number };

type Listener = (command: CameraCommand) => void;
const listeners = new Set<Listener>();

export function onCameraCommand(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function sendCameraCommand(command: CameraCommand): void {
  for (const listener of listeners) listener(command);
}

const ORBIT_STEP = Math.PI / 18;
const ZOOM_STEP = 1.15;
const PAN_STEP = 0.03;

/** Maps a key on the focused 3D view to a camera move; null if the key is not ours. */
export function commandForKey(key: string, shift: boolean): CameraCommand | null {
  switch (key) {
    case 'ArrowLeft':
      return shift ? { kind: 'pan', right: -PAN_STEP, up: 0 } : { kind: 'orbit', azimuth: -ORBIT_STEP, polar: 0 };
    case 'ArrowRight':
      return shift ? { kind: 'pan', right: PAN_STEP, up: 0 } : { kind: 'orbit', azimuth: ORBIT_STEP, polar: 0 };
    case 'ArrowUp':
      return shift ? { kind: 'pan', right: 0, up: PAN_STEP } : { kind: 'orbit', azimuth: 0, polar: -ORBIT_STEP };
    case 'ArrowDown':
      return shift ? { kind: 'pan', right: 0, up: -PAN_STEP } : { kind: 'orbit', azimuth: 0, polar: ORBIT_STEP };
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
