import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { playhead } from '../../motion/playhead';
import { timelineHandInput, type HandClearance } from '../../motion/clearance';
import { createHandPlacement, placeHand, type HandPlacement } from '../../motion/hands/placement';
import type { HandSide } from '../../motion/hands/ids';
import { createTimelineSample, sampleTimeline, type TimelineHand } from '../../motion/sample';
import type { LaidTechnique } from '../../motion/laid/layTechnique';
import { SCHEDULE } from '../../motion/techniqueSchedule';
import { useAppStore } from '../../state/store';
import type { HandsPlacement } from '../hands';
import type { LineUniforms } from '../lesson/lineMaterial';
import { litCopies, phaseCopies } from './activePhases';
import { animationStep, frameValues } from '../../state/frameValues';
import { FRAME_ORDER } from '../frameOrder';

export interface SkinDent {
  /** Moves the skin's dent to a contact point; depth 0 removes it. */
  set(centre: readonly [number, number, number], depth: number): void;
}

export interface PlaybackDriverProps {
  /** The technique on the skin: the hands' tracks, and the phase table the drawn lines are lit by. */
  readonly laid: LaidTechnique;
  readonly lines: { readonly pressure: LineUniforms; readonly glide: LineUniforms };
  readonly dent?: SkinDent;
  /** Written every frame with the hands' placements; `<Hands>` (rendered after this) reads it. */
  readonly placements: { current: HandsPlacement };
  /** Keeps the hands out of the body; without it they are placed square to the skin as they come. */
  readonly clearance?: HandClearance;
}

/**
 * The one frame loop of the animation: advance the playhead, sample the pure timeline, then pose
 * the hands, dent the skin, light the playing line, move the gauge and give the camera its target.
 * Everything per frame is read with getState() and written to mutable objects, never React state.
 */
const NOT_PLACED: HandsPlacement = { left: null, right: null };

export function PlaybackDriver({ laid, lines, dent, placements, clearance }: PlaybackDriverProps) {
  const sample = useMemo(createTimelineSample, []);
  const drawn = useMemo(() => phaseCopies(laid), [laid]);
  const hands = useMemo(() => ({ left: createHandPlacement('left'), right: createHandPlacement('right') }), []);
  const lit = useRef<number[]>([]);
  const lastStep = useRef<string | null>(null);
  const wasPlaying = useRef(false);

  useFrame(({ invalidate }, dt) => {
    const store = useAppStore.getState();
    const stepBefore = lastStep.current;
    store.tick(animationStep(dt)); // real seconds: lesson time follows the wall clock at any frame rate
    if (store.playing) invalidate(); // the next frame moves on
    sampleTimeline(SCHEDULE, laid, playhead.t, sample);

    // The lesson view follows the playhead, played or scrubbed into another step; Play pressed in
    // another view (the overview) shows the step that plays. (Learn mode's stop at a step's end
    // is the playback slice's `stopAtStepEnd`.) Choosing the overview puts the playhead back at the
    // very start, in step 1: the overview stays while it rests there.
    const overviewAtStart = store.selectedView === 'setting' && !store.playing && playhead.t === 0;
    if (stepBefore !== null && sample.stepId !== stepBefore && !overviewAtStart) store.selectView(sample.stepId);
    else if (store.playing && !wasPlaying.current && sample.stepId !== store.selectedView) store.selectView(sample.stepId);
    lastStep.current = sample.stepId;
    wasPlaying.current = store.playing;

    frameValues.pressure = sample.pressure;
    lightPlayingLine(SCHEDULE.segments[sample.segmentIndex]!.actionOrdinal, sample.phase.index, sample.side);
    // The overview shows no hands: none are placed there, so their first clearance samples are
    // worked out when a step opens, not before the first frame of the app.
    placements.current =
      useAppStore.getState().selectedView === 'setting'
        ? NOT_PLACED
        : { left: pose('left', sample.left, hands.left), right: pose('right', sample.right, hands.right) };

    const worker = sample.right && sample.right.state === 'work' ? sample.right : sample.left;
    const { follow } = frameValues;
    follow.active = worker !== null;
    if (worker) {
      // Both hands at work (the shoulders, the back): frame the two of them, not just the right.
      const other = worker === sample.right && sample.left?.state === 'work' ? sample.left : null;
      for (let axis = 0; axis < 3; axis++) {
        follow.point[axis] = other ? (worker.contact[axis]! + other.contact[axis]!) / 2 : worker.contact[axis]!;
        follow.normal[axis] = other ? worker.normal[axis]! + other.normal[axis]! : worker.normal[axis]!;
      }
      const length = Math.hypot(...follow.normal) || 1;
      for (let axis = 0; axis < 3; axis++) follow.normal[axis] = follow.normal[axis]! / length;
    }
    if (dent) {
      if (worker && worker.press > 0) dent.set(worker.contact, worker.press);
      else dent.set([0, 0, 0], 0);
    }
  }, FRAME_ORDER.timeline);

  function pose(side: HandSide, hand: TimelineHand | null, out: HandPlacement): HandPlacement | null {
    if (!hand) return null;
    return clearance ? clearance.place(side, hand, out) : placeHand(timelineHandInput(side, hand), out);
  }

  function lightPlayingLine(action: number, phaseIndex: number, side: typeof sample.side) {
    // The playing step is always the lit one (the view follows the animation), so 1 restores it.
    for (const i of lit.current) {
      lines.pressure.uLit.value[i] = 1;
      lines.glide.uLit.value[i] = 1;
    }
    lit.current = phaseIndex >= 0 ? litCopies(drawn[action]?.[phaseIndex], side) : [];
    for (const i of lit.current) {
      lines.pressure.uLit.value[i] = 2;
      lines.glide.uLit.value[i] = 2;
    }
    lines.pressure.uProgress.value = sample.phase.progress;
    lines.glide.uProgress.value = sample.phase.progress;
  }

  return null;
}
