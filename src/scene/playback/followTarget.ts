import { Vector3 } from 'three';

/**
 * Where the working hand is, written by the playback driver each frame and read by the camera
 * rig when it follows the hands. A plain mutable object: per-frame values never go through React.
 */
export const followTarget = {
  active: false,
  point: new Vector3(),
  normal: new Vector3(0, 0, 1),
};
