import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { HandPlacement } from '../../motion/hands/placement';
import { useAppStore } from '../../state/store';
import { FRAME_ORDER } from '../frameOrder';
import { createHandsRig } from './handsRig';

/** Both hands' placements for this frame; null hides a hand. */
export interface HandsPlacement {
  readonly left: HandPlacement | null;
  readonly right: HandPlacement | null;
}

export interface HandsProps {
  /**
   * Called once per frame inside useFrame (read the store with getState() there, never through
   * React state). The placements are drawn exactly as given: nothing is smoothed here.
   */
  readonly getPlacement: () => HandsPlacement;
}

/** The giver's two hands, posed every frame from `getPlacement`. One draw call. */
export function Hands({ getPlacement }: HandsProps) {
  const rig = useMemo(createHandsRig, []);
  const shown = useAppStore((s) => s.bodyLayers.hands);
  useLayoutEffect(() => {
    rig.group.visible = shown;
  }, [rig, shown]);
  useEffect(() => () => rig.dispose(), [rig]);
  useFrame(() => {
    const { left, right } = getPlacement();
    rig.update(left, right);
  }, FRAME_ORDER.hands);
  return <primitive object={rig.group} />;
}
