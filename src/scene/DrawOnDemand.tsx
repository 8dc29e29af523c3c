import { addAfterEffect, addTail, useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef, useState } from 'react';
import { Quaternion, Vector3 } from 'three';
import { frameValues } from '../state/frameValues';
import { whenReducedMotionChanges } from '../state/reducedMotion';
import { useAppStore } from '../state/store';
import { FRAME_ORDER } from './frameOrder';

/**
 * After a change in the app's state, frames are drawn for this long (ms), so what follows from it
 * (a re-render, labels measured and placed, a material set in an effect) is drawn too.
 */
export const SETTLE_MS = 250;

/**
 * A camera that moved less than this since the frame before stands still (metres; and for its turn,
 * 1 - |cos(half the angle)|, about 0.01 mm at a metre): damped controls go on creeping by
 * invisible amounts for seconds after a drag.
 */
const STILL_MOVE = 1e-5;
const STILL_TURN = 1e-10;

/**
 * The canvas draws only when its picture can change (frameloop "demand", from when `Skin` can draw the body),
 * instead of the same still body 60 times a second: on a phone that is battery and heat for
 * nothing, and under SwiftShader it kept the CPU from the page's next start (a reload waited for
 * the last frame). A frame is drawn when:
 * - react-three-fiber asks (a prop or the canvas size changed, drei's controls moved the camera);
 * - the app's state changed, and for `SETTLE_MS` after (so too when the page is shown again, or the
 *   user's reduced-motion setting changed);
 * - the camera moved in the frame before (a flight, a follow, damping after a drag);
 * - an animation asks for its next frame (`invalidate()` in its frame callback: the playback while
 *   it plays, the camera flying to a view, a pulsing ring).
 * On the first frame after a pause `frameValues.resumed` is set, so animations step by none of
 * the time the scene stood still (`animationStep`).
 */
export function DrawOnDemand() {
  const invalidate = useThree((s) => s.invalidate);
  const camera = useThree((s) => s.camera);
  const awakeUntil = useRef(0);
  // Where the camera was when it last moved (NaN: never yet, so the first frame counts as a move).
  const [lastPosition] = useState(() => new Vector3(Number.NaN, 0, 0));
  const [lastQuaternion] = useState(() => new Quaternion());

  useEffect(() => {
    const wake = () => {
      awakeUntil.current = performance.now() + SETTLE_MS;
      invalidate();
    };
    const unsubscribe = useAppStore.subscribe(wake);
    const unwatchMotion = whenReducedMotionChanges(wake);
    const shown = () => {
      if (document.visibilityState === 'visible') wake();
    };
    document.addEventListener('visibilitychange', shown);
    // When the loop stops, the next frame drawn ends a pause; every frame callback of that frame
    // (whatever its priority) sees so, and the flag goes once the frame is drawn.
    const untail = addTail(() => {
      frameValues.resumed = true;
    });
    const unafter = addAfterEffect(() => {
      frameValues.resumed = false;
    });
    wake();
    return () => {
      unsubscribe();
      unwatchMotion();
      document.removeEventListener('visibilitychange', shown);
      untail();
      unafter();
    };
  }, [invalidate]);

  useFrame((state) => {
    const moved =
      !(lastPosition.distanceToSquared(camera.position) < STILL_MOVE * STILL_MOVE) ||
      1 - Math.abs(lastQuaternion.dot(camera.quaternion)) > STILL_TURN;
    if (moved) {
      // Kept from the last frame that moved, so a creep too small to see frame by frame still adds up.
      lastPosition.copy(camera.position);
      lastQuaternion.copy(camera.quaternion);
    }
    if (moved || performance.now() < awakeUntil.current) state.invalidate();
  }, FRAME_ORDER.demand);
  return null;
}
