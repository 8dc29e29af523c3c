import { useEffect, useState } from 'react';
import type { HandClearance } from '../../motion/clearance';
import type { LaidTechnique } from '../../motion/laid/layTechnique';
import { playhead } from '../../motion/playhead';
import { segmentAt } from '../../motion/schedule';
import { SCHEDULE } from '../../motion/techniqueSchedule';
import { useAppStore } from '../../state/store';

/** Leave the browser this much of an idle period (ms): one clearance sample can take several. */
const IDLE_RESERVE_MS = 4;

type IdleRequest = (run: (deadline: { timeRemaining(): number }) => void) => number;

const hasIdleCallback = typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function';

/** `requestIdleCallback` where there is one (not in Safari), else a short timer with a small slice. */
const requestIdle: IdleRequest = hasIdleCallback
  ? (run) => window.requestIdleCallback(run)
  : (run) =>
      window.setTimeout(() => {
        const end = performance.now() + 8;
        run({ timeRemaining: () => end - performance.now() });
      }, 50);
const cancelIdle = (handle: number): void => (hasIdleCallback ? window.cancelIdleCallback(handle) : window.clearTimeout(handle));

/**
 * Works out the hands' body-clearance corrections for the whole procedure in the browser's idle
 * time, starting from the action under the playhead, so playing later never has to stop for them.
 *
 * It starts once the lesson does: when something plays or a step is opened. In the overview the
 * hands rest (`place` makes the few corrections they need when asked), and the whole procedure's
 * corrections are seconds of work that would compete with the first frames and drain a phone's
 * battery for someone who only looks round the body.
 */
export function usePreparedClearance(clearance: HandClearance | null, laid: LaidTechnique): void {
  const lessonStarted = useAppStore((s) => s.playing || s.selectedView !== 'setting');
  const [started, setStarted] = useState(lessonStarted);
  if (lessonStarted && !started) setStarted(true);

  useEffect(() => {
    if (!clearance || !started) return;
    const from = segmentAt(SCHEDULE, playhead.t).actionOrdinal;
    let handle = 0;
    const run = (deadline: { timeRemaining(): number }) => {
      const finished = clearance.prepare(laid, from, () => deadline.timeRemaining() > IDLE_RESERVE_MS);
      if (!finished) handle = requestIdle(run);
    };
    handle = requestIdle(run);
    return () => cancelIdle(handle);
  }, [clearance, laid, started]);
}
