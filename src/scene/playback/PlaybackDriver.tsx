import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { Vector3 } from 'three';
import { playhead } from '../../motion/clock';
import { timelineHandInput, type HandClearance } from '../../motion/clearance';
import { createHandPlacement, placeHand, type HandPlacement } from '../../motion/hands/placement';
import type { HandSide } from '../../motion/hands/ids';
import { createTimelineSample, sampleTimeline, type TimelineHand } from '../../motion/sample';
import type { TechniqueGeometry } from '../../motion/geometry';
import { SCHEDULE } from '../../motion/techniqueSchedule';
import { useAppStore } from '../../state/store';
import type { HandsPlacement } from '../hands';
import type { LineUniforms } from '../lesson/lineMaterial';
import type { TechniqueOverlay } from '../lesson/overlayGeometry';
import { showPressure } from '../../ui/playback/gaugeBridge';
import { indexDrawnPhases, litCopies } from './activePhases';
import { followTarget } from './followTarget';

export interface SkinDent {
  /** Moves the skin's dent to a contact point; depth 0 removes it. */
  set(centre: readonly [number, number, number], depth: number): void;
}

export interface PlaybackDriverProps {
  readonly geometry: TechniqueGeometry;
  readonly overlay: TechniqueOverlay;
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
export function PlaybackDriver({ geometry, overlay, lines, dent, placements, clearance }: PlaybackDriverProps) {
  const sample = useMemo(createTimelineSample, []);
  const drawn = useMemo(() => indexDrawnPhases(overlay), [overlay]);
  const hands = useMemo(() => ({ left: createHandPlacement('left'), right: createHandPlacement('right') }), []);
  const lit = useRef<number[]>([]);
  const scratch = useMemo(() => new Vector3(), []);
  const lastStep = useRef<string | null>(null);
  const wasPlaying = useRef(false);

  useFrame((_, dt) => {
    const store = useAppStore.getState();
    const stepBefore = lastStep.current;
    store.tick(dt); // real seconds: lesson time follows the wall clock at any frame rate
    sampleTimeline(SCHEDULE, geometry, playhead.t, sample);

    // Learn mode stops at the end of each step; otherwise the lesson view follows the playhead,
    // played or scrubbed into another step. Play pressed in another view (the overview) shows
    // the step that plays.
    if (stepBefore !== null && sample.stepId !== stepBefore) {
      if (store.playing && store.learnMode) {
        const finished = SCHEDULE.steps.find((s) => s.stepId === stepBefore);
        if (finished) store.seek(finished.end - 0.001);
        store.pause();
        sampleTimeline(SCHEDULE, geometry, playhead.t, sample);
      } else {
        store.selectView(sample.stepId);
      }
    } else if (store.playing && !wasPlaying.current && sample.stepId !== store.selectedView) {
      store.selectView(sample.stepId);
    }
    lastStep.current = sample.stepId;
    wasPlaying.current = store.playing;

    showPressure(sample.pressure);
    lightPlayingLine(sample.actionId, sample.phase.index, sample.side);
    placements.current = {
      left: pose('left', sample.left, hands.left),
      right: pose('right', sample.right, hands.right),
    };

    const worker = sample.right && sample.right.state === 'work' ? sample.right : sample.left;
    followTarget.active = worker !== null;
    if (worker) {
      followTarget.point.set(...worker.contact);
      followTarget.normal.set(...worker.normal);
      // Both hands at work (the shoulders, the back): frame the two of them, not just the right.
      const other = worker === sample.right ? sample.left : null;
      if (other && other.state === 'work') {
        followTarget.point.add(scratch.set(...other.contact)).multiplyScalar(0.5);
        followTarget.normal.add(scratch.set(...other.normal)).normalize();
      }
    }
    if (dent) {
      if (worker && worker.press > 0) dent.set(worker.contact, worker.press);
      else dent.set([0, 0, 0], 0);
    }
  });

  function pose(side: HandSide, hand: TimelineHand | null, out: HandPlacement): HandPlacement | null {
    if (!hand) return null;
    return clearance ? clearance.place(side, hand, out) : placeHand(timelineHandInput(side, hand), out);
  }

  function lightPlayingLine(actionId: string, phaseIndex: number, side: typeof sample.side) {
    // The playing step is always the lit one (the view follows the animation), so 1 restores it.
    for (const i of lit.current) {
      lines.pressure.uLit.value[i] = 1;
      lines.glide.uLit.value[i] = 1;
    }
    lit.current = phaseIndex >= 0 ? litCopies(drawn.get(`${actionId}#${phaseIndex}`), side) : [];
    for (const i of lit.current) {
      lines.pressure.uLit.value[i] = 2;
      lines.glide.uLit.value[i] = 2;
    }
    lines.pressure.uProgress.value = sample.phase.progress;
    lines.glide.uProgress.value = sample.phase.progress;
  }

  return null;
}
