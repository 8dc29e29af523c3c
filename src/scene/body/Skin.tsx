import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { BoxGeometry, CylinderGeometry, MeshStandardMaterial, type BufferGeometry } from 'three';
import { TABLE } from '../../anatomy/skin/bodySdf';
import type { SkinMode } from '../../state/preferences';
import { loadSkinGeometry } from '../skin/loadSkin';
import { applySkinMode, createSkinMaterial } from './skinMaterial';

export interface SkinProps {
  /** Layer mode: opaque, translucent (bones show through) or hidden. */
  readonly mode?: SkinMode;
  /** Called once, after the first frame drawn with the skin geometry. */
  readonly onReady?: (geometry: BufferGeometry) => void;
  /** Draw the table the arms rest on (default true). */
  readonly showTable?: boolean;
}

/**
 * The mother's skin (with her hair and sarong), generated from the landmark table in a worker, and
 * the table her arms rest on. The skin material carries the shared dent (`SKIN_DENT`).
 */
export function Skin({ mode = 'opaque', onReady, showTable = true }: SkinProps) {
  const [geometry, setGeometry] = useState<BufferGeometry | null>(null);
  const material = useMemo(() => createSkinMaterial(), []);
  const readyCallback = useRef(onReady);
  readyCallback.current = onReady;
  const framesDrawn = useRef(0);

  useEffect(() => {
    let live = true;
    loadSkinGeometry().then(
      (g) => live && setGeometry(g),
      (error: unknown) => console.error('skin: could not generate the mesh', error),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => applySkinMode(material, mode), [material, mode]);
  useEffect(() => () => material.dispose(), [material]);

  // useFrame runs before each render: the second call after the geometry arrived follows the
  // first frame that drew it.
  useFrame(() => {
    if (!geometry || framesDrawn.current > 1) return;
    framesDrawn.current++;
    if (framesDrawn.current === 2) readyCallback.current?.(geometry);
  });

  return (
    <group name="skin">
      {geometry && <mesh geometry={geometry} material={material} name="skin-mesh" />}
      {showTable && <Table />}
    </group>
  );
}

/** A plain table: a top whose near edge is just in front of the mother, and four legs. */
function Table() {
  const parts = useMemo(() => {
    const t = TABLE;
    const material = new MeshStandardMaterial({ color: '#9a7a5a', roughness: 0.75, metalness: 0 });
    const top = new BoxGeometry(t.width, t.thickness, t.depth);
    const legHeight = t.topY - t.thickness - t.floorY;
    const leg = new CylinderGeometry(t.legRadius, t.legRadius, legHeight, 12);
    const centreZ = t.nearEdgeZ - t.depth / 2;
    const legX = t.width / 2 - t.legInset;
    const legZ = t.depth / 2 - t.legInset;
    const legs = [
      [-legX, centreZ - legZ],
      [legX, centreZ - legZ],
      [-legX, centreZ + legZ],
      [legX, centreZ + legZ],
    ] as const;
    return { t, material, top, leg, legHeight, centreZ, legs };
  }, []);
  useEffect(
    () => () => {
      parts.material.dispose();
      parts.top.dispose();
      parts.leg.dispose();
    },
    [parts],
  );
  const { t, material, top, leg, legHeight, centreZ, legs } = parts;
  return (
    <group name="table">
      <mesh geometry={top} material={material} position={[0, t.topY - t.thickness / 2, centreZ]} />
      {legs.map(([x, z]) => (
        <mesh key={`${x},${z}`} geometry={leg} material={material} position={[x, t.floorY + legHeight / 2, z]} />
      ))}
    </group>
  );
}
