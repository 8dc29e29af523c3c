import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useState } from 'react';
import { Triangle, Vector3 } from 'three';
import { STEP_IDS } from '../../technique/ids';
import { DRAG_PX, pickOnSkin } from '../body-api/sendPick';
import { loadSkinGeometry } from '../skin/loadSkin';
import { buildRegionPatches, createRegionMaterial, type RegionPatches } from './regionPatches';
import type { RegionSeeds } from './stepRegions';

/** Runs `task` when the page is idle, within half a second (Safari has no requestIdleCallback). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 500 });
  else setTimeout(task, 100);
}

const _triangle = new Triangle();
const _hit = new Vector3();
const _bary = new Vector3();

export interface StepRegionsProps {
  /** Each step's places on the skin (`regionSeeds`). */
  readonly seeds: RegionSeeds;
  readonly visible: boolean;
}

/**
 * The overview's map of the procedure: a patch of colour on the skin where each step works, one
 * mesh over the skin (its numbers are DOM labels, `SceneLabels`). Built from the skin mesh once
 * both it and the laid technique are there; a tap on a patch is a tap on the skin that also names
 * the patch's step.
 */
export function StepRegions({ seeds, visible }: StepRegionsProps) {
  const [patches, setPatches] = useState<RegionPatches | null>(null);
  const material = useMemo(createRegionMaterial, []);
  useEffect(() => {
    let live = true;
    // Tens of milliseconds on a phone: in idle time, after the body is drawn, not before it.
    loadSkinGeometry().then(
      (skin) => whenIdle(() => live && setPatches(buildRegionPatches(skin, seeds))),
      (error: unknown) => console.error('lesson: could not shade the steps on the skin', error),
    );
    return () => {
      live = false;
    };
  }, [seeds]);
  useEffect(() => () => patches?.geometry.dispose(), [patches]);
  useEffect(() => () => material.dispose(), [material]);
  // Unmounted when hidden (the geometry is kept): a hidden mesh would still be hit by taps.
  if (!patches || !visible) return null;

  const onClick = (event: ThreeEvent<MouseEvent>) => {
    if (event.delta > DRAG_PX || !event.face) return;
    event.stopPropagation();
    // Inside a patch (its edge distance, interpolated at the hit, above 0) the corner deepest in it
    // names the step; a tap beside a patch's edge is a plain tap on the skin.
    const { a, b, c } = event.face;
    const tint = patches.geometry.getAttribute('patchTint');
    const position = patches.geometry.getAttribute('position');
    _triangle.setFromAttributeAndIndices(position, a, b, c);
    _triangle.getBarycoord(event.object.worldToLocal(_hit.copy(event.point)), _bary);
    const edge = _bary.x * tint.getW(a) + _bary.y * tint.getW(b) + _bary.z * tint.getW(c);
    const corner = [a, b, c].reduce((best, v) => (tint.getW(v) > tint.getW(best) ? v : best));
    pickOnSkin(event.point.toArray(), edge > 0 ? STEP_IDS[patches.stepOfVertex[corner]!] : undefined);
  };
  return <mesh name="step-regions" geometry={patches.geometry} material={material} renderOrder={1} onClick={onClick} />;
}
