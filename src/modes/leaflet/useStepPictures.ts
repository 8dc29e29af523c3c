import { useEffect, useState } from 'react';
import { useBody } from '../../scene/body-api';
import { useAppStore } from '../../state/store';
import { TECHNIQUE } from '../../technique';
import { STEP_IDS, type StepId } from '../../technique/ids';
import { labelledPicture } from './labelledPicture';

/** How often the camera's flight is checked, and how long a step's picture may wait for it (ms). */
const POLL_MS = 120;
const SETTLE_LIMIT_MS = 8000;

const wait = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));
const nextFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export type StepPictures = Partial<Record<StepId, string>>;

/**
 * Draws each step with the app's own scene, at the step's view, with its paths, arrows and points
 * lit and the hands put away, and keeps each as a picture for the leaflet, its point numbers,
 * stroke letters and clock hours drawn in (`labelledPicture`). Waits for the body to
 * be drawn and, for each step, for the camera to stand still (a place of the step's first movement
 * no longer moving on the screen). `done` once every step has its picture.
 */
export function useStepPictures(): { readonly pictures: StepPictures; readonly working: StepId | null; readonly done: boolean } {
  const body = useBody();
  const ready = useAppStore((s) => s.sceneStatus === 'ready');
  const [pictures, setPictures] = useState<StepPictures>({});
  const [working, setWorking] = useState<StepId | null>(null);
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    void (async () => {
      body.pause();
      body.setLayers({ hands: false, labels: false, paths: true, points: true });
      for (const stepId of STEP_IDS) {
        if (cancelled) return;
        setWorking(stepId);
        body.showStep(stepId);
        const firstAction = TECHNIQUE.steps.find((s) => s.id === stepId)?.actions[0]?.id;
        let last: { x: number; y: number } | null = null;
        let still = 0;
        for (let waited = 0; waited < SETTLE_LIMIT_MS && still < 3; waited += POLL_MS) {
          await wait(POLL_MS);
          const place = firstAction ? body.placesOf(firstAction)[0]?.points[0] : undefined;
          const at = place ? body.toScreen(place) : null;
          still = at && last && Math.hypot(at.x - last.x, at.y - last.y) < 0.3 ? still + 1 : 0;
          last = at;
        }
        await nextFrames();
        if (cancelled) return;
        const bare = body.picture();
        if (bare) {
          const picture = await labelledPicture(bare, body.pictureLabels()).catch(() => bare);
          if (cancelled) return;
          setPictures((p) => ({ ...p, [stepId]: picture }));
        }
      }
      if (!cancelled) {
        setWorking(null);
        setDone(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [body, ready]);
  return { pictures, working, done };
}
