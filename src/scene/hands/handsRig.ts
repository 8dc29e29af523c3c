import {
  BufferAttribute,
  BufferGeometry,
  Color,
  DynamicDrawUsage,
  Float32BufferAttribute,
  Group,
  LatheGeometry,
  Mesh,
  Uint16BufferAttribute,
  Vector2,
  type Matrix4,
} from 'three';
import { HAND } from '../../motion/hands/dimensions';
import { HAND_SIDES, type HandSide } from '../../motion/hands/ids';
import type { HandPlacement } from '../../motion/hands/placement';
import { palmMeshes } from '../../motion/hands/palm';
import { SEGMENT_COUNT, SEGMENT_SHAPES, segmentIndex } from '../../motion/hands/segments';
import { createVertexLitMaterial } from '../materials/vertexLitMaterial';
import { createRoundConeGeometry, roundConePoint } from './roundCone';

/**
 * The giver's two hands as one three mesh, ready for r3f's <primitive>: ONE draw call for every
 * bone, nail, palm and sleeve of both hands. Each part is shaped once in its own frame (a round
 * cone per bone, the palm slab, the sleeve); `update` moves its vertices into the world with the
 * placement's rigid frames on the CPU (about 4,500 vertices, well under a millisecond) and
 * allocates nothing. Small parts drawn as many instances cost a software renderer, and a phone's
 * driver, one draw each; one mesh does not.
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

const sideSlot = (side: HandSide): number => (side === 'left' ? 0 : 1);

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

/** A run of template vertices that moves with one frame: a segment (0..), or the hand (-1). */
interface Part {
  readonly frame: number;
  readonly start: number;
  readonly count: number;
}

/** One hand shaped in its parts' own frames, with colours and triangles. */
interface HandTemplate {
  readonly parts: readonly Part[];
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly colours: Float32Array;
  readonly indices: readonly number[];
  readonly vertexCount: number;
}

function handTemplate(side: HandSide): HandTemplate {
  const positions: number[] = [];
  const normals: number[] = [];
  const colours: number[] = [];
  const indices: number[] = [];
  const parts: Part[] = [];
  const add = (frame: number, p: ArrayLike<number>, n: ArrayLike<number>, index: ArrayLike<number>, colour: Color) => {
    const start = positions.length / 3;
    for (let i = 0; i < p.length; i++) {
      positions.push(p[i]!);
      normals.push(n[i]!);
    }
    for (let i = 0; i < p.length / 3; i++) colours.push(colour.r, colour.g, colour.b);
    for (let i = 0; i < index.length; i++) indices.push(start + index[i]!);
    parts.push({ frame, start, count: p.length / 3 });
  };
  const skinColour = new Color(HAND_COLOURS.skin);
  const nailColour = new Color(HAND_COLOURS.nail);
  const sleeveColour = new Color(HAND_COLOURS.sleeve);

  // Bones and nails: the round-cone template shaped to each segment, its cross-section scaled
  // (normals by the inverse scale, so they stay true to the scaled surface).
  const cone = createRoundConeGeometry();
  const t = cone.getAttribute('position');
  const end = cone.getAttribute('aEnd');
  const coneIndex = cone.index!.array;
  for (let s = 0; s < SEGMENT_COUNT; s++) {
    const shape = SEGMENT_SHAPES[s]!;
    const p: number[] = [];
    const n: number[] = [];
    for (let v = 0; v < t.count; v++) {
      const [x, y, z] = roundConePoint(t.getX(v), t.getY(v), t.getZ(v), end.getX(v), shape.r0, shape.r1, shape.length);
      p.push(x * shape.widthScale, y, z * shape.depthScale);
      // Before scaling, the normal points from the centre of the vertex's sphere (a round cone's
      // surface is the hull of its two spheres).
      const r = end.getX(v) < 0.5 ? shape.r0 : shape.r1;
      const nx = x / r / shape.widthScale;
      const ny = (y - end.getX(v) * shape.length) / r;
      const nz = z / r / shape.depthScale;
      const l = Math.hypot(nx, ny, nz) || 1;
      n.push(nx / l, ny / l, nz / l);
    }
    add(s, p, n, coneIndex, shape.material === 'nail' ? nailColour : skinColour);
  }
  cone.dispose();

  const palm = side === 'left' ? palmMeshes().left : palmMeshes().right;
  add(-1, palm.positions, palm.normals, palm.indices, skinColour);

  const cuff = createCuffGeometry();
  add(segmentIndex('forearm'), cuff.getAttribute('position').array, cuff.getAttribute('normal').array, cuff.index!.array, sleeveColour);
  cuff.dispose();

  return {
    parts,
    positions: Float32Array.from(positions),
    normals: Float32Array.from(normals),
    colours: Float32Array.from(colours),
    indices,
    vertexCount: positions.length / 3,
  };
}

/** Moves `count` template vertices from `start` by the rigid `m` into `outP`/`outN` at `at`. */
function transformPart(m: Matrix4, t: HandTemplate, part: Part, outP: Float32Array, outN: Float32Array, at: number): void {
  const e = m.elements;
  for (let v = part.start; v < part.start + part.count; v++) {
    const i = v * 3;
    const o = (at + v) * 3;
    const x = t.positions[i]!;
    const y = t.positions[i + 1]!;
    const z = t.positions[i + 2]!;
    outP[o] = e[0]! * x + e[4]! * y + e[8]! * z + e[12]!;
    outP[o + 1] = e[1]! * x + e[5]! * y + e[9]! * z + e[13]!;
    outP[o + 2] = e[2]! * x + e[6]! * y + e[10]! * z + e[14]!;
    const a = t.normals[i]!;
    const b = t.normals[i + 1]!;
    const c = t.normals[i + 2]!;
    outN[o] = e[0]! * a + e[4]! * b + e[8]! * c;
    outN[o + 1] = e[1]! * a + e[5]! * b + e[9]! * c;
    outN[o + 2] = e[2]! * a + e[6]! * b + e[10]! * c;
  }
}

export function createHandsRig(): HandsRig {
  const group = new Group();
  group.name = 'hands';

  const templates = HAND_SIDES.map(handTemplate);
  const offsets = [0, templates[0]!.vertexCount];
  const total = templates[0]!.vertexCount + templates[1]!.vertexCount;
  const positions = new Float32Array(total * 3);
  const normals = new Float32Array(total * 3);
  const colours = new Float32Array(total * 3);
  const indices: number[] = [];
  templates.forEach((t, slot) => {
    colours.set(t.colours, offsets[slot]! * 3);
    for (const i of t.indices) indices.push(offsets[slot]! + i);
  });
  const geometry = new BufferGeometry();
  const positionAttribute = new BufferAttribute(positions, 3).setUsage(DynamicDrawUsage);
  const normalAttribute = new BufferAttribute(normals, 3).setUsage(DynamicDrawUsage);
  geometry.setAttribute('position', positionAttribute);
  geometry.setAttribute('normal', normalAttribute);
  geometry.setAttribute('color', new Float32BufferAttribute(colours, 3));
  geometry.setIndex(total < 65536 ? new Uint16BufferAttribute(indices, 1) : indices);

  // One material for skin, nails and sleeve (colours per vertex); a soft, near-matte finish.
  const material = createVertexLitMaterial({ vertexColors: true, sheen: 0.08 });
  const mesh = new Mesh(geometry, material);
  mesh.name = 'hands.mesh';
  mesh.frustumCulled = false; // its vertices move every frame; the bounds would always be stale
  mesh.matrixAutoUpdate = false;
  group.add(mesh);

  const shown = [false, false];
  const write = (slot: number, placement: HandPlacement | null) => {
    const t = templates[slot]!;
    const at = offsets[slot]!;
    if (!placement) {
      // A hidden hand: every vertex at one point, so its triangles have no area to draw.
      if (shown[slot]) positions.fill(0, at * 3, (at + t.vertexCount) * 3);
      shown[slot] = false;
      return;
    }
    for (const part of t.parts) transformPart(part.frame < 0 ? placement.hand : placement.segments[part.frame]!, t, part, positions, normals, at);
    shown[slot] = true;
  };

  return {
    group,
    update(left, right) {
      if (left && left.side !== 'left') throw new Error('hands: the left slot got a right-hand placement');
      if (right && right.side !== 'right') throw new Error('hands: the right slot got a left-hand placement');
      write(sideSlot('left'), left);
      write(sideSlot('right'), right);
      positionAttribute.needsUpdate = true;
      normalAttribute.needsUpdate = true;
    },
    dispose() {
      geometry.dispose();
      material.dispose();
    },
  };
}
