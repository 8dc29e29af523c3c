import { useFrame, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { BoxGeometry, CylinderGeometry, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { STOOL, TABLE } from '../../anatomy/skin/bodySdf';
import type { SkinMode } from '../../state/preferences';
import { DRAG_PX } from '../body-api/sendPick';
import { loadSkinGeometry } from '../skin/loadSkin';
import { createVertexLitMaterial } from '../materials/vertexLitMaterial';
import { applySkinMode, createSkinMaterial } from './skinMaterial';

export interface SkinProps {
  /** Layer mode: opaque, translucent (bones show through) or hidden. */
  readonly mode?: SkinMode;
  /** Called once, after the first frame drawn with the skin geometry. */
  readonly onReady?: (geometry: BufferGeometry) => void;
  /** Draw the table the arms rest on and the stool she sits on (default true). */
  readonly showFurniture?: boolean;
  /** A tap (not a drag) on the skin, at this point. Only then is the skin tested for hits. */
  readonly onTap?: (point: [number, number, number]) => void;
}

/**
 * The mother's skin (with her hair and sarong), generated from the landmark table in a worker, the
 * table her arms rest on and the stool she sits on. The skin material carries the shared dent
 * (`SKIN_DENT`).
 */
export function Skin({ mode = 'opaque', onReady, showFurniture = true, onTap }: SkinProps) {
  const [geometry, setGeometry] = useState<BufferGeometry | null>(null);
  const material = useMemo(() => createSkinMaterial(), []);
  const readyCallback = useRef(onReady);
  useLayoutEffect(() => {
    readyCallback.current = onReady;
  });
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
      {geometry && (
        <mesh
          geometry={geometry}
          material={material}
          name="skin-mesh"
          {...(onTap && {
            onClick: (event: ThreeEvent<MouseEvent>) => {
              if (event.delta > DRAG_PX) return; // the end of a drag that turned the camera
              event.stopPropagation();
              onTap(event.point.toArray());
            },
          })}
        />
      )}
      {showFurniture && <Furniture />}
    </group>
  );
}

/** Legs of the stool, spread round its rim. */
const STOOL_LEGS = 3;
const WOOD = '#9a7a5a';

/**
 * A plain table (its near edge just in front of the mother, four legs) and a round stool, merged
 * into one geometry: one draw call instead of nine.
 */
function Furniture() {
  const { geometry, material } = useMemo(() => {
    const t = TABLE;
    const s = STOOL;
    const centreZ = t.nearEdgeZ - t.depth / 2;
    const legX = t.width / 2 - t.legInset;
    const legZ = t.depth / 2 - t.legInset;
    const legHeight = t.topY - t.thickness - t.floorY;
    const stoolLegHeight = s.topY - s.thickness - s.floorY;
    const parts = [
      new BoxGeometry(t.width, t.thickness, t.depth).translate(0, t.topY - t.thickness / 2, centreZ),
      ...[-1, 1].flatMap((sx) =>
        [-1, 1].map((sz) =>
          new CylinderGeometry(t.legRadius, t.legRadius, legHeight, 12).translate(sx * legX, t.floorY + legHeight / 2, centreZ + sz * legZ),
        ),
      ),
      new CylinderGeometry(s.radius, s.radius, s.thickness, 40).translate(0, s.topY - s.thickness / 2, s.centreZ),
      ...Array.from({ length: STOOL_LEGS }, (_, i) => {
        const a = (2 * Math.PI * i) / STOOL_LEGS;
        const r = s.radius - s.legInset;
        return new CylinderGeometry(s.legRadius, s.legRadius, stoolLegHeight, 10).translate(
          r * Math.sin(a),
          s.floorY + stoolLegHeight / 2,
          s.centreZ + r * Math.cos(a),
        );
      }),
    ];
    const merged = mergeGeometries(parts);
    for (const part of parts) part.dispose();
    if (!merged) throw new Error('furniture: the parts could not be merged');
    return { geometry: merged, material: createVertexLitMaterial({ color: WOOD, sheen: 0.1 }) };
  }, []);
  useEffect(
    () => () => {
      geometry.dispose();
      material.dispose();
    },
    [geometry, material],
  );
  return <mesh name="furniture" geometry={geometry} material={material} />;
}
