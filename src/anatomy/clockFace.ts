/**
 * The clock face on each shoulder blade, as the giver reads it: its frame on the skin, the
 * direction of an hour, and the pressure point at an hour (`design.md`: 12 toward the head, 3 toward +x).
 */
import { LANDMARKS, type Landmarks } from './landmarks';
import type { Side } from './landmarkIds';
import { spineAtVertebra } from './spine';
import { add, cross, dot, normalize, scale, sub, type Vec3 } from './vec';

/**
 * Radius of the clock dial on each shoulder blade [EST]: 21 mm, so that round `dialCentre` the
 * pressure points lie on the infraspinous body at least 6 mm inside the bone's outline (the
 * lateral border is the tight side: 8 o'clock on the left, 4 on the right).
 */
export const CLOCK_RADIUS = 0.021;

export interface SurfacePoint {
  readonly bone: Vec3;
  readonly skin: Vec3;
  readonly normal: Vec3;
}

export interface DialFrame {
  readonly centre: SurfacePoint;
  /** Unit vector in the skin's tangent plane toward 12 o'clock (the head). */
  readonly toTwelve: Vec3;
  /** Unit vector in the skin's tangent plane toward 3 o'clock (the giver's right, +x). */
  readonly toThree: Vec3;
}

/**
 * The clock face on a shoulder blade, read by the giver standing behind the mother
 * (`shared/technique.md`): 12 toward the head, 3 toward +x, on both sides. So the left
 * scapula's 3 and the right scapula's 9 both point at the spine.
 */
export function dialFrame(side: Side, landmarks: Landmarks = LANDMARKS): DialFrame {
  const centre = landmarks[`${side}.scapula.dialCentre`];
  const n = centre.normal;
  const headward = spineAtVertebra('T5').up;
  const toTwelve = normalize(sub(headward, scale(n, dot(headward, n))));
  return { centre, toTwelve, toThree: normalize(cross(toTwelve, n)) };
}

/** Unit direction of an hour on the dial (12 up, 3 toward +x). */
export function hourDirection(frame: DialFrame, hour: number): Vec3 {
  const angle = (hour % 12) * (Math.PI / 6);
  return add(scale(frame.toThree, Math.sin(angle)), scale(frame.toTwelve, Math.cos(angle)));
}

/** A pressure point at `hour` o'clock on the mother's `side` shoulder blade. */
export function clockPoint(side: Side, hour: number, landmarks: Landmarks = LANDMARKS, radius = CLOCK_RADIUS): SurfacePoint {
  if (!Number.isInteger(hour) || hour < 1 || hour > 12) {
    throw new RangeError(`clock: hour must be a whole number from 1 to 12, got ${hour}`);
  }
  const frame = dialFrame(side, landmarks);
  const offset = scale(hourDirection(frame, hour), radius);
  return {
    bone: add(frame.centre.bone, offset),
    skin: add(frame.centre.skin, offset),
    normal: frame.centre.normal,
  };
}
