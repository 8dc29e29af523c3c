import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef, useState } from 'react';
import { BoxGeometry, CylinderGeometry, MeshStandardMaterial, type BufferGeometry } from 'three';
import { STOOL, TABLE } from '../../anatomy/skin/bodySdf';
import type { SkinMode } from '../../state/preferences';
import { loadSkinGeometry } from '../skin/loadSkin';
import { applySkinMode, createSkinMaterial } from './skinMaterial';

export interface SkinProps {
  /** Layer mode: opaque, translucent (bones show through) or hidden. */
  readonly mode?: SkinMode;
  /** Called once, after the first frame drawn with the skin geometry. */
  readonly onReady?: (geometry: BufferGeometry) => void;
  /** Draw the table the arms rest on and the stool she sits on (default true). */
  readonly showFurniture?: boolean;
}

/**
 * The mother's skin (with her hair and sarong), generated from the landmark table in a worker, the
 * table her arms rest on and the stool she sits on. The skin material carries the shared dent
 * (`SKIN_DENT`).
 */
export function Skin({ mode = 'opaque', onReady, showFurniture = true }: SkinProps) {
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
      {showFurniture && <Furniture />}
    </group>
  );
}

/** Legs of the stool, spread round its rim. */
const STOOL_LEGS = 3;
const WOOD = '#9a7a5a';

/** A plain table (its near edge just in front of the mother, four legs) and a round stool. */
function Furniture() {
  const parts = useMemo(() => {
    const t = TABLE;
    const material = new MeshStandardMaterial({ color: WOOD, roughness: 0.75, metalness: 0 });
    const top = new BoxGeometry(t.width, t.thickness, t.depth);
    const legHeight = t.topY - t.thickness - t.floorY;
    const leg = new CylinderGeometry(t.legRadius, t.legRadius, legHeight, 12);
    const centreZ = t.nearEdgeZ - t.depth / 2;
    const legX = t.width / 2 - t.legInset;
    const legZ = t.depth / 2 - t.legInset;
    const tableLegs = [
      [-legX, centreZ - legZ],
      [legX, centreZ - legZ],
      [-legX, centreZ + legZ],
      [legX, centreZ + legZ],
    ] as const;
    const s = STOOL;
    const seat = new CylinderGeometry(s.radius, s.radius, s.thickness, 40);
    const stoolLegHeight = s.topY - s.thickness - s.floorY;
    const stoolLeg = new CylinderGeometry(s.legRadius, s.legRadius, stoolLegHeight, 10);
    const stoolLegs = Array.from({ length: STOOL_LEGS }, (_, i) => {
      const a = (2 * Math.PI * i) / STOOL_LEGS;
      const r = s.radius - s.legInset;
      return [r * Math.sin(a), s.centreZ + r * Math.cos(a)] as const;
    });
    return { t, s, material, top, leg, legHeight, centreZ, tableLegs, seat, stoolLeg, stoolLegHeight, stoolLegs };
  }, []);
  useEffect(
    () => () => {
      for (const d of [parts.material, parts.top, parts.leg, parts.seat, parts.stoolLeg]) d.dispose();
    },
    [parts],
  );
  const { t, s, material, top, leg, legHeight, centreZ, tableLegs, seat, stoolLeg, stoolLegHeight, stoolLegs } = parts;
  return (
    <group name="furniture">
      <mesh geometry={top} material={material} position={[0, t.topY - t.thickness / 2, centreZ]} />
      {tableLegs.map(([x, z]) => (
        <mesh key={`table ${x},${z}`} geometry={leg} material={material} position={[x, t.floorY + legHeight / 2, z]} />
      ))}
      <mesh geometry={seat} material={material} position={[0, s.topY - s.thickness / 2, s.centreZ]} />
      {stoolLegs.map(([x, z]) => (
        <mesh key={`stool ${x},${z}`} geometry={stoolLeg} material={material} position={[x, s.floorY + stoolLegHeight / 2, z]} />
      ))}
    </group>
  );
}
