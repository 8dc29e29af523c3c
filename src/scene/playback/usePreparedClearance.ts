import { useEffect } from 'react';
import type { HandClearance } from '../../motion/clearance';
import type { TechniqueGeometry } from '../../motion/geometry';
import { playhead } from '../../motion/clock';
import { segmentAt } from '../../motion/schedule';
import { SCHEDULE } from '../../motion/techniqueSchedule';

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
 */
export function usePreparedClearance(clearance: HandClearance | null, geometry: TechniqueGeometry): void {
  useEffect(() => {
    if (!clearance) return;
    const from = segmentAt(SCHEDULE, playhead.t).actionOrdinal;
    let handle = 0;
    const run = (deadline: { timeRemaining(): number }) => {
      const finished = clearance.prepare(geometry, from, () => deadline.timeRemaining() > IDLE_RESERVE_MS);
      if (!finished) handle = requestIdle(run);
    };
    handle = requestIdle(run);
    return () => cancelIdle(handle);
  }, [clearance, geometry]);
}
