/**
 * The timeline (`shared/design.md`): a pure function from (technique, time) to what happens now.
 * `buildSchedule` lays the procedure out in time, `resolveTechniqueGeometry` resolves where the
 * hands go (once, with the skin), `sampleTimeline` answers "what now?" for any t.
 */
export {
  PREVIOUS_RESTART_SECONDS,
  PRESSURE_RAMP_SECONDS,
  REPETITION_BOUND,
  SETTLE_SECONDS,
  SETTLE_TEXT,
  actionAt,
  actionStart,
  advance,
  buildSchedule,
  clampTime,
  nextActionStart,
  nextStepStart,
  previousActionStart,
  previousStepStart,
  segmentAt,
  segmentIndexAt,
  stepAt,
  stepStart,
  type MotionSide,
  type PressureRamp,
  type Schedule,
  type ScheduleAction,
  type ScheduleStep,
  type Segment,
  type SegmentKind,
  type SegmentPhase,
} from './schedule';
export {
  HEAD_SUPPORT,
  SUPPORT_SITES,
  TRANSIT_SPACING,
  circlesReturnLine,
  headFrame,
  resolveTechniqueGeometry,
  towardHead,
  type ActionGeometry,
  type HandTrack,
  type HeadFrame,
  type Place,
  type TechniqueGeometry,
} from './geometry';
export {
  HOVER_LIFT,
  MAX_DENT,
  SETTLE_LIFT,
  createTimelineSample,
  sampleTimeline,
  segmentPressure,
  type TimelineHand,
  type HandState,
  type PhaseSample,
  type TimelineSample,
} from './sample';
export { HAND_SIDES, POSE_IDS, type HandSide, type PoseId } from './hands/ids';
export { poseFor, type SupportSite } from './poseFor';
export { UI_TIME_HZ, playhead, type Playhead } from './playhead';
export { arcPath, sampleArcInto, type ArcPath, type MutableVec3 } from './arc';
