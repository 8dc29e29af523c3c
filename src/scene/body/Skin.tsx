import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { BoxGeometry, BufferAttribute, BufferGeometry, Color, CylinderGeometry, type ColorRepresentation } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { STOOL, TABLE } from '../../anatomy/skin/bodySdf';
import { pillowMesh } from '../../anatomy/skin/pillow';
import type { SkinMode } from '../../state/preferences';
import { DRAG_PX } from '../body-api/sendPick';
import { loadSkinGeometry, loadedSkinGeometry } from '../skin/loadSkin';
import { createVertexLitMaterial } from '../materials/vertexLitMaterial';
import { applySkinMode, createSkinMaterial } from './skinMaterial';

export interface SkinProps {
  /** Layer mode: opaque, translucent (bones show through) or hidden. */
  readonly mode?: SkinMode;
  /** Called once, after the first frame drawn with the skin geometry. */
  readonly onReady?: (geometry: BufferGeometry) => void;
  /** Draw the table, the pillow the arms rest on and the stool she sits on (default true). */
  readonly showFurniture?: boolean;
  /** A tap (not a drag) on the skin, at this point. Only then is the skin tested for hits. */
  readonly onTap?: (point: [number, number, number]) => void;
}

/**
 * The mother's skin (with her hair and sarong), generated from the landmark table in a worker, the
 * table with the pillow her arms rest on, and the stool she sits on. The skin material carries the shared dent
 * (`SKIN_DENT`).
 */
export function Skin({ mode = 'opaque', onReady, showFurniture = true, onTap }: SkinProps) {
  const [geometry, setGeometry] = useState<BufferGeometry | null>(loadedSkinGeometry);
  const material = useMemo(() => createSkinMaterial(), []);
  const readyCallback = useRef(onReady);
  useLayoutEffect(() => {
    readyCallback.current = onReady;
  });
  const framesDrawn = useRef(0);
  const [failed, setFailed] = useState(false);
  const setFrameloop = useThree((s) => s.setFrameloop);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    if (geometry) return;
    let live = true;
    loadSkinGeometry().then(
      (g) => live && setGeometry(g),
      (error: unknown) => {
        console.error('skin: could not generate the mesh', error);
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [geometry]);

  // The canvas draws nothing until the body can be drawn (`SceneCanvas`); from then on, on
  // demand. Without a mesh the room is drawn all the same.
  useEffect(() => {
    if (!geometry && !failed) return;
    setFrameloop('demand');
    invalidate();
  }, [geometry, failed, setFrameloop, invalidate]);

  useEffect(() => applySkinMode(material, mode), [material, mode]);
  useEffect(() => () => material.dispose(), [material]);

  // useFrame runs before each render: the second call after the geometry arrived follows the
  // first frame that drew it. (Until then the canvas draws on demand: the first asks for the second.)
  useFrame(({ invalidate }) => {
    if (!geometry || framesDrawn.current > 1) return;
    framesDrawn.current++;
    if (framesDrawn.current === 1) invalidate();
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
/** The pillowcase: a plain, pale cotton that stands apart from the wood, the skin and the sarong. */
const PILLOWCASE = '#d9cb9c';

/** Paints a part one colour (a vertex colour, linear) and drops its uvs, so all parts merge alike. */
function painted(geometry: BufferGeometry, colour: ColorRepresentation): BufferGeometry {
  const c = new Color(colour);
  const count = geometry.getAttribute('position').count;
  const rgb = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) rgb.set([c.r, c.g, c.b], 3 * i);
  geometry.setAttribute('color', new BufferAttribute(rgb, 3));
  geometry.deleteAttribute('uv');
  return geometry;
}

/** The pillow under her forearms, from its pure mesh (`anatomy/skin/pillow.ts`). */
function pillowGeometry(): BufferGeometry {
  const mesh = pillowMesh();
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  geometry.setIndex(new BufferAttribute(mesh.indices, 1));
  geometry.computeVertexNormals();
  return geometry;
}

/**
 * A plain table (its near edge just in front of the mother, four legs) with a pillow on it under
 * her forearms (seed 003: a pillow supports the arms), and a round stool, merged into one geometry
 * coloured per vertex: one draw call instead of ten.
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
    const wood = [
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
    const parts = [...wood.map((g) => painted(g, WOOD)), painted(pillowGeometry(), PILLOWCASE)];
    const merged = mergeGeometries(parts);
    for (const part of parts) part.dispose();
    if (!merged) throw new Error('furniture: the parts could not be merged');
    return { geometry: merged, material: createVertexLitMaterial({ vertexColors: true, sheen: 0.1 }) };
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
