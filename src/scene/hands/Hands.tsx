import { useFrame } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { Matrix4 } from 'three';
import type { HandSide, PoseId } from '../../motion/hands/ids';
import { localPlacement, type HandPlacement } from '../../motion/hands/placement';
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

export type PosedHandProps =
  | { readonly placement: HandPlacement; readonly side?: never; readonly pose?: never; readonly matrix?: never }
  | {
      readonly placement?: never;
      readonly side: HandSide;
      readonly pose: PoseId;
      /** Hand-local -> world; default: the wrist at the origin, fingers up +Y, palm toward +Z. */
      readonly matrix?: Matrix4;
    };

/**
 * One hand, posed once (no per-frame work): for screenshots, previews and tests. Give it a
 * placement from `placeHand`, or a side and pose to show the pose in its own frame.
 */
export function PosedHand(props: PosedHandProps) {
  const rig = useMemo(createHandsRig, []);
  useEffect(() => () => rig.dispose(), [rig]);
  const { placement, side, pose, matrix } = props;
  useLayoutEffect(() => {
    const p = placement ?? localPlacement(side!, pose!, matrix);
    rig.update(p.side === 'left' ? p : null, p.side === 'right' ? p : null);
  }, [rig, placement, side, pose, matrix]);
  return <primitive object={rig.group} />;
}
