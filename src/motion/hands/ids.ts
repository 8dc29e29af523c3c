/**
 * The names of the giver's hands and of the hand poses: one list each, for the technique's hand
 * uses (`../poseFor.ts`), the timeline, the hands' maths and the scene.
 */

/** The giver's hands, as the technique data names them (`Hands`). */
export const HAND_SIDES = ['left', 'right'] as const;
export type HandSide = (typeof HAND_SIDES)[number];

/** The pose library's gestures (`HAND_POSES` in `poses.ts`). */
export const POSE_IDS = [
  'palmStroke',
  'fingertips',
  'thumbPress',
  'cGrip',
  'napeGrip',
  'supportHead',
  'backOfHand',
  'backOfFingers',
  'fistThumb',
] as const;
export type PoseId = (typeof POSE_IDS)[number];
