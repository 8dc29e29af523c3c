import { LANDMARKS } from '../../anatomy/landmarks';
import { add, lerp, normalize, scale, type Vec3 } from '../../anatomy/vec';
import type { ViewPresetId } from '../../state/viewPresetIds';

export interface CameraPose {
  readonly target: Vec3;
  readonly position: Vec3;
}

interface PresetSpec {
  /** What the camera looks at, on the body. */
  readonly target: Vec3;
  /** From the target toward the camera (normalised here). */
  readonly from: Vec3;
  /** Metres from the target: wide enough to frame the region on a phone in portrait. */
  readonly distance: number;
}

const L = LANDMARKS;
const mid = (a: Vec3, b: Vec3) => lerp(a, b, 0.5);

/** Views named after what a trainer wants to show, each anchored on landmarks, not on numbers in JSX. */
const SPECS: Record<ViewPresetId, PresetSpec> = {
  back: { target: mid(L.C7.skin, L.T7.skin), from: [0, 0.38, 1], distance: 0.95 },
  leftShoulder: { target: L['L.scapula.acromion'].skin, from: [-0.75, 0.55, 0.55], distance: 0.6 },
  rightShoulder: { target: L['R.scapula.acromion'].skin, from: [0.75, 0.55, 0.55], distance: 0.6 },
  // From behind and to the mother's left: the neck stroke's fingers round the left of the neck, and
  // the giver's left hand round the side of the head to the forehead, both in view.
  neck: { target: add(L.C4.skin, [-0.02, 0, 0]), from: add(L.C4.normal, [-1.0, -0.15, 0.25]), distance: 0.62 },
  leftScapula: { target: L['L.scapula.dialCentre'].skin, from: add(L['L.scapula.dialCentre'].normal, [0.25, 0, 0.3]), distance: 0.4 },
  rightScapula: { target: L['R.scapula.dialCentre'].skin, from: add(L['R.scapula.dialCentre'].normal, [-0.25, 0, 0.3]), distance: 0.4 },
  shoulders: { target: mid(L.C7.skin, L.T2.skin), from: [0, 0.75, 0.7], distance: 0.75 },
  scapulae: { target: mid(L['L.scapula.dialCentre'].skin, L['R.scapula.dialCentre'].skin), from: [0, 0.3, 1], distance: 0.7 },
};

export function cameraPoseFor(id: ViewPresetId): CameraPose {
  const spec = SPECS[id];
  return { target: spec.target, position: add(spec.target, scale(normalize(spec.from), spec.distance)) };
}

/** Limits that keep the camera useful: never inside the body, never lost in space. */
export const CAMERA_LIMITS = {
  minDistance: 0.22,
  maxDistance: 2.4,
  /** Looking up from below the table shows nothing useful. */
  maxPolarAngle: Math.PI * 0.62,
  /** The orbit target stays inside this box around the upper body (metres). */
  targetBox: { min: [-0.4, 0.2, -0.45] as Vec3, max: [0.4, 0.95, 0.15] as Vec3 },
  /** The camera keeps this much air between itself and the skin. */
  skinClearance: 0.06,
  fov: 35,
} as const;
