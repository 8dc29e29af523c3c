/**
 * Which hand pose shows which use of a hand. The pose ids are the ones the hands module
 * (`src/motion/hands/`) draws; the data names a hand part and a role (`technique/types.ts`).
 */
import type { HandPart, HandUse } from '../technique/types';
import type { PoseId } from './hands/ids';

/** Where a supporting hand rests: the head (neck step) or the top of its own shoulder. */
export type SupportSite = 'head' | 'shoulder';

const POSE_BY_PART: Readonly<Record<HandPart, PoseId>> = {
  palm: 'palmStroke',
  fingertips: 'fingertips',
  thumb: 'thumbPress',
  thumbAndFingers: 'napeGrip',
  cGrip: 'cGrip',
  backOfHand: 'backOfHand',
  backOfFingers: 'backOfFingers',
  fist: 'fistThumb',
};

/**
 * The pose for a hand use. A hand that supports the head cups it ('supportHead'); a hand that
 * rests on a shoulder (scapula step) lies flat, so it takes its part's pose ('palmStroke' for a
 * palm) with no pressure. That second mapping is the app's choice, not the data's.
 *
 * `site` is where the step's supporting hand rests. The neck stroke's thumb and fingers hold the
 * back of the neck ('napeGrip': thumb on one side of the neck bones, fingers on the other, as its
 * instruction says); the shoulders' C-grip ('cGrip') goes round the top of the shoulder.
 */
export function poseFor(use: HandUse, site: SupportSite = 'head'): PoseId {
  if (use.role === 'supports' && site === 'head') return 'supportHead';
  return POSE_BY_PART[use.part];
}
