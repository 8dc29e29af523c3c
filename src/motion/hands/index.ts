/**
 * The giver's hands as pure maths: sizes, the pose library, forward kinematics, placement on the
 * skin and surface samples. No React; three's math classes only. Rendering lives in
 * `src/scene/hands/`.
 */
export { DIGITS, FINGERS, HAND, WRIST_DEVIATION, type DigitId, type FingerId } from './dimensions';
export { PALM_CENTRE, buildPalmMesh, mirrorPalmMesh, palmEnvelope, palmMeshes, type PalmMesh } from './palm';
export {
  HAND_POSES,
  POSE_IDS,
  poseForHandPart,
  type ContactSpec,
  type FingerFlexion,
  type HandPartTag,
  type HandPose,
  type PoseId,
  type TechniqueHandPart,
  type ThumbFlexion,
} from './poses';
export { SEGMENT_COUNT, SEGMENT_IDS, SEGMENT_SHAPES, boneIndex, nailIndex, segmentIndex, type SegmentId, type SegmentShape } from './segments';
export { HAND_SIDES, posedHand, resetPoseCache, segmentEnd, solvePose, type ContactFrame, type HandSide, type PosedHand } from './kinematics';
export {
  CONFORM,
  GIVER_SHOULDERS,
  HEADWARD_TARGET,
  HEAD_REGION_Y,
  MAX_LIFT,
  MAX_TILT,
  towardGiver,
  type Aim,
  createHandPlacement,
  localPlacement,
  placeHand,
  type HandPlacement,
  type HandPlacementInput,
  type Vec3In,
} from './placement';
export { handSurfaceSamples, type HandSample, type SampleOptions } from './samples';
