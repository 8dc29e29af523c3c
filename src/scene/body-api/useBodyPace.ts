import { useMemo } from 'react';
import { useAppStore } from '../../state/store';

/**
 * The body's hands kept in step with something outside the lesson (the coach's real-time
 * session): each phase is played from the lesson's timeline at the speed that makes it last as
 * long as the phase does outside, and stops at its end; the next phase starts it again, so the
 * hands never drift from the cues. Per frame nothing changes here: the playback slice advances
 * the playhead as it always does.
 */
export interface BodyPace {
  /** Plays the lesson from `from` to `to` (seconds) at `speed` (clamped to the playback range) and stops there. */
  playPhase(from: number, to: number, speed: number): void;
  /** Shows the hands still at `t` (seconds into the lesson): for reduced motion or a pause. */
  holdAt(t: number): void;
  /** Stops and gives the playback its speed and looping back as they were before the first phase. */
  release(): void;
}

export function useBodyPace(): BodyPace {
  return useMemo((): BodyPace => {
    const store = () => useAppStore.getState();
    let before: { readonly speed: number; readonly loopAction: boolean; readonly stopAtStepEnd: boolean } | null = null;
    const keep = () => {
      if (before !== null) return;
      const { speed, loopAction, stopAtStepEnd } = store();
      before = { speed, loopAction, stopAtStepEnd };
      store().setLoopAction(false);
      store().setStopAtStepEnd(false);
    };
    return {
      playPhase: (from, to, speed) => {
        keep();
        store().setSpeed(speed);
        store().playSpan(from, to);
      },
      holdAt: (t) => {
        keep();
        store().pause();
        store().seek(t);
      },
      release: () => {
        if (before === null) return;
        store().pause();
        store().setSpeed(before.speed);
        store().setLoopAction(before.loopAction);
        store().setStopAtStepEnd(before.stopAtStepEnd);
        before = null;
      },
    };
  }, []);
}
