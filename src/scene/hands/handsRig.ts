import {
  BufferGeometry,
  Color,
  DynamicDrawUsage,
  Float32BufferAttribute,
  Group,
  InstancedBufferAttribute,
  InstancedMesh,
  LatheGeometry,
  Matrix4,
  Mesh,
  MeshStandardMaterial,
  Uint16BufferAttribute,
  Vector2,
  Vector3,
  type Object3D,
} from 'three';
import { HAND } from '../../motion/hands/dimensions';
import type { HandSide } from '../../motion/hands/kinematics';
import type { PalmMesh } from '../../motion/hands/palm';
import type { HandPlacement } from '../../motion/hands/placement';
import { palmMeshes } from '../../motion/hands/palm';
import { SEGMENT_COUNT, SEGMENT_SHAPES, segmentIndex } from '../../motion/hands/segments';
import { applyRoundConeShader, createRoundConeGeometry } from './roundCone';

/**
 * The giver's two hands as plain three objects, ready for r3f's <primitive>: four draw calls in
 * all (one InstancedMesh of round cones for every bone and nail of both hands, one mesh per
 * palm, one InstancedMesh for both sleeve cuffs). `update` writes the placements straight into
 * instance and object matrices and allocates nothing.
 */

/** Colours: a deep brown skin, clearly apart from the mother's light tan; a light sleeve that recedes behind the hands. */
export const HAND_COLOURS = {
  skin: '#7b4a2f',
  nail: '#c39583',
  sleeve: '#8aa3b6',
} as const;

export interface HandsRig {
  readonly group: Group;
  /** Poses both hands; a null placement hides that hand. */
  update(left: HandPlacement | null, right: HandPlacement | null): void;
  dispose(): void;
}

const SIDES: readonly HandSide[] = ['left', 'right'];
const sideSlot = (side: HandSide): number => (side === 'left' ? 0 : 1);

function palmGeometry(mesh: PalmMesh): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(mesh.positions, 3));
  g.setAttribute('normal', new Float32BufferAttribute(mesh.normals, 3));
  g.setIndex(new Uint16BufferAttribute(mesh.indices, 1));
  g.computeBoundingSphere();
  return g;
}

/**
 * The sleeve: a lathed tube round the forearm from `cuff.start` up, its open end at the wrist
 * rolled over into a soft rim, wider across than deep, its far end rounded off so it never shows
 * an open tube.
 */
export function createCuffGeometry(): BufferGeometry {
  const c = HAND.cuff;
  const R = c.radius;
  const rim = c.rim;
  const profile: Vector2[] = [];
  // Inside lip (a little way into the sleeve), round the rolled rim, then the outside to the far
  // end, then closed with a shallow dome. LatheGeometry wants the profile ordered so its faces
  // point outward: from the axis side inward... checked by the geometry test.
  profile.push(new Vector2(R - rim, c.start + 0.016));
  for (let k = 0; k <= 5; k++) {
    const a = Math.PI * (k / 5); // 0: inside, PI: outside, round the wrist-side edge
    profile.push(new Vector2(R - rim / 2 - (Math.cos(a) * rim) / 2, c.start + rim / 2 - (Math.sin(a) * rim) / 2));
  }
  profile.push(new Vector2(R + 0.001, c.start + 0.025));
  profile.push(new Vector2(R + 0.002, c.start + c.length * 0.7));
  const end = c.start + c.length;
  for (let k = 0; k <= 4; k++) {
    const a = (Math.PI / 2) * (k / 4);
    profile.push(new Vector2((R + 0.002) * Math.cos(a), end + 0.012 * Math.sin(a)));
  }
  const g = new LatheGeometry(profile, 18);
  g.scale(c.widthScale, 1, 1);
  g.computeVertexNormals();
  return g;
}

const HIDDEN = new Matrix4().makeScale(0, 0, 0);
const scratch = new Matrix4();
const SCALE = new Vector3();

export function createHandsRig(): HandsRig {
  const group = new Group();
  group.name = 'hands';

  const skin = new MeshStandardMaterial({ color: HAND_COLOURS.skin, roughness: 0.62, metalness: 0 });
  const boneMaterial = applyRoundConeShader(new MeshStandardMaterial({ color: '#ffffff', roughness: 0.6, metalness: 0 }));
  const sleeve = new MeshStandardMaterial({ color: HAND_COLOURS.sleeve, roughness: 0.92, metalness: 0 });

  // Bones and nails of both hands: instance (slot * SEGMENT_COUNT + segment).
  const boneGeometry = createRoundConeGeometry();
  const count = SEGMENT_COUNT * 2;
  const cone = new Float32Array(count * 3);
  for (let i = 0; i < count; i++) {
    const s = SEGMENT_SHAPES[i % SEGMENT_COUNT]!;
    cone.set([s.r0, s.r1, s.length], i * 3);
  }
  boneGeometry.setAttribute('aCone', new InstancedBufferAttribute(cone, 3));
  const bones = new InstancedMesh(boneGeometry, boneMaterial, count);
  bones.name = 'hands.bones';
  bones.instanceMatrix.setUsage(DynamicDrawUsage);
  const skinColour = new Color(HAND_COLOURS.skin);
  const nailColour = new Color(HAND_COLOURS.nail);
  for (let i = 0; i < count; i++) {
    bones.setColorAt(i, SEGMENT_SHAPES[i % SEGMENT_COUNT]!.material === 'nail' ? nailColour : skinColour);
    bones.setMatrixAt(i, HIDDEN);
  }

  const meshes = palmMeshes();
  const palms = SIDES.map((side) => {
    const palm = new Mesh(palmGeometry(side === 'left' ? meshes.left : meshes.right), skin);
    palm.name = `hands.palm.${side}`;
    palm.matrixAutoUpdate = false;
    palm.visible = false;
    return palm;
  });

  const cuffs = new InstancedMesh(createCuffGeometry(), sleeve, 2);
  cuffs.name = 'hands.cuffs';
  cuffs.instanceMatrix.setUsage(DynamicDrawUsage);
  cuffs.setMatrixAt(0, HIDDEN);
  cuffs.setMatrixAt(1, HIDDEN);

  const parts: Object3D[] = [bones, ...palms, cuffs];
  for (const part of parts) {
    part.frustumCulled = false; // the template's bounds say nothing about the real shapes
    group.add(part);
  }

  const FOREARM = segmentIndex('forearm');
  const write = (slot: number, placement: HandPlacement | null) => {
    const palm = palms[slot]!;
    if (!placement) {
      for (let s = 0; s < SEGMENT_COUNT; s++) bones.setMatrixAt(slot * SEGMENT_COUNT + s, HIDDEN);
      cuffs.setMatrixAt(slot, HIDDEN);
      palm.visible = false;
      return;
    }
    for (let s = 0; s < SEGMENT_COUNT; s++) {
      const shape = SEGMENT_SHAPES[s]!;
      scratch.copy(placement.segments[s]!).scale(SCALE.set(shape.widthScale, 1, shape.depthScale));
      bones.setMatrixAt(slot * SEGMENT_COUNT + s, scratch);
    }
    cuffs.setMatrixAt(slot, placement.segments[FOREARM]!);
    palm.matrix.copy(placement.hand);
    palm.matrixWorldNeedsUpdate = true;
    palm.visible = true;
  };

  return {
    group,
    update(left, right) {
      if (left && left.side !== 'left') throw new Error('hands: the left slot got a right-hand placement');
      if (right && right.side !== 'right') throw new Error('hands: the right slot got a left-hand placement');
      write(sideSlot('left'), left);
      write(sideSlot('right'), right);
      bones.instanceMatrix.needsUpdate = true;
      cuffs.instanceMatrix.needsUpdate = true;
    },
    dispose() {
      for (const part of parts) {
        if (part instanceof Mesh) part.geometry.dispose();
      }
      skin.dispose();
      boneMaterial.dispose();
      sleeve.dispose();
      bones.dispose();
      cuffs.dispose();
    },
  };
}
