import { BufferAttribute, BufferGeometry, Color, DoubleSide, DynamicDrawUsage, Float32BufferAttribute, Group, Mesh, Uint16BufferAttribute, Vector2, type Matrix4 } from 'three';
import { HAND_SIDES, POSE_IDS, type HandSide, type PoseId } from '../../motion/hands/ids';
import type { HandPlacement } from '../../motion/hands/placement';
import { palmMeshes } from '../../motion/hands/palm';
import { HAND_POSES } from '../../motion/hands/poses';
import { SEGMENT_COUNT, SEGMENT_IDS, SEGMENT_SHAPES, segmentIndex } from '../../motion/hands/segments';
import { createVertexLitMaterial } from '../materials/vertexLitMaterial';
import { createForearmSkin, createSleeve, type TubeMesh } from './forearmGeometry';
import { createRoundConeGeometry, roundConePoint } from './roundCone';

/**
 * The giver's two hands as one three mesh, ready for r3f's <primitive>: ONE draw call for every
 * bone, nail, palm, forearm and sleeve of both hands. Each part is shaped once in its own frame (a
 * round cone per bone, the palm slab, the tapered forearm, the rolled sleeve); `update` moves its
 * vertices into the world with the placement's rigid frames on the CPU (about 5,000 vertices,
 * well under a millisecond) and allocates nothing. Small parts drawn as many instances cost a
 * software renderer, and a phone's driver, one draw each; one mesh does not.
 *
 * The working part of each hand (`HandPose.working`: the thumb pad, the palm ...) glows softly
 * while the hand works, stronger under pressure than in a light glide (`HandPlacement.work`): a
 * warm light added in the vertex shader, brightest at the part's rim. The sleeve fades out toward
 * the giver (vertex opacity), so the mesh is drawn in the transparent pass, after the body; the
 * fading triangles come last in it.
 */

/** Colours: a deep brown skin, clearly apart from the mother's light tan; a dark blue-grey shirt sleeve. */
export const HAND_COLOURS = {
  skin: '#7b4a2f',
  nail: '#c39583',
  sleeve: '#4f6c80',
  /** The working part's glow (added light, linear units at full strength). */
  glow: '#ffb25e',
} as const;

/** Strength of the glow's added light at `work` 1, at the part's middle and at its rim [EST, by eye]. */
const GLOW = { centre: 0.2, rim: 0.55 } as const;
/** The inside of the sleeve (back faces): its lit colour in shadow [EST, by eye]. */
const INSIDE_SHADE = 0.7;
/** Weight of the glow on a segment that joins a working one, and on the palm's rim next to a working face. */
const GLOW_NEIGHBOUR = 0.35;

export interface HandsRig {
  readonly group: Group;
  /** Poses both hands; a null placement hides that hand. */
  update(left: HandPlacement | null, right: HandPlacement | null): void;
  dispose(): void;
}

const sideSlot = (side: HandSide): number => (side === 'left' ? 0 : 1);

/** A run of template vertices that moves with one frame: a segment (0..), or the hand (-1). */
interface Part {
  readonly frame: number;
  readonly start: number;
  readonly count: number;
}

/** What a template vertex belongs to, for the glow: a segment (its index), the palm's faces, or the arm. */
const PALM_PART = 100; // + region: 0 palmar face, 1 rim, 2 back of the hand
const ARM_PART = -1;

/** One hand shaped in its parts' own frames, with colours, opacity and triangles. */
interface HandTemplate {
  readonly parts: readonly Part[];
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  readonly colours: Float32Array;
  readonly fade: Float32Array;
  /** Per vertex: `PALM_PART + region`, a segment index, or `ARM_PART`. */
  readonly partOf: Int16Array;
  /** Solid triangles, then the sleeve's (drawn last: it fades). */
  readonly solid: readonly number[];
  readonly sleeve: readonly number[];
  readonly vertexCount: number;
}

function handTemplate(side: HandSide): HandTemplate {
  const positions: number[] = [];
  const normals: number[] = [];
  const colours: number[] = [];
  const fade: number[] = [];
  const partOf: number[] = [];
  const solid: number[] = [];
  const sleeveTriangles: number[] = [];
  const parts: Part[] = [];
  const add = (frame: number, p: ArrayLike<number>, n: ArrayLike<number>, index: ArrayLike<number>, colour: Color, part: (v: number) => number, opacity?: ArrayLike<number>, into: number[] = solid) => {
    const start = positions.length / 3;
    for (let i = 0; i < p.length; i++) {
      positions.push(p[i]!);
      normals.push(n[i]!);
    }
    for (let i = 0; i < p.length / 3; i++) {
      colours.push(colour.r, colour.g, colour.b);
      fade.push(opacity ? opacity[i]! : 1);
      partOf.push(part(i));
    }
    for (let i = 0; i < index.length; i++) into.push(start + index[i]!);
    parts.push({ frame, start, count: p.length / 3 });
  };
  const skinColour = new Color(HAND_COLOURS.skin);
  const nailColour = new Color(HAND_COLOURS.nail);
  const sleeveColour = new Color(HAND_COLOURS.sleeve);
  const forearm = segmentIndex('forearm');

  // Bones and nails: the round-cone template shaped to each segment, its cross-section scaled
  // (normals by the inverse scale, so they stay true to the scaled surface). The forearm is
  // drawn from its own sections below.
  const cone = createRoundConeGeometry();
  const t = cone.getAttribute('position');
  const end = cone.getAttribute('aEnd');
  const coneIndex = cone.index!.array;
  for (let s = 0; s < SEGMENT_COUNT; s++) {
    if (s === forearm) continue;
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
    add(s, p, n, coneIndex, shape.material === 'nail' ? nailColour : skinColour, () => s);
  }
  cone.dispose();

  const palm = side === 'left' ? palmMeshes().left : palmMeshes().right;
  add(-1, palm.positions, palm.normals, palm.indices, skinColour, (v) => PALM_PART + palm.region[v]!);

  const arm: TubeMesh = createForearmSkin();
  add(forearm, arm.positions, arm.normals, arm.indices, skinColour, () => ARM_PART);
  const sleeve: TubeMesh = createSleeve();
  add(forearm, sleeve.positions, sleeve.normals, sleeve.indices, sleeveColour, () => ARM_PART, sleeve.fade, sleeveTriangles);

  return {
    parts,
    positions: Float32Array.from(positions),
    normals: Float32Array.from(normals),
    colours: Float32Array.from(colours),
    fade: Float32Array.from(fade),
    partOf: Int16Array.from(partOf),
    solid,
    sleeve: sleeveTriangles,
    vertexCount: positions.length / 3,
  };
}

/**
 * Glow weight of every template vertex for a pose: 1 on its working part, `GLOW_NEIGHBOUR` on the
 * bones next to it in the same digit and on the palm's rim next to a working face, 0 elsewhere.
 */
export function glowMask(template: { readonly partOf: Int16Array }, pose: PoseId): Float32Array {
  const working = new Set<string>(HAND_POSES[pose].working);
  const weightOfSegment = SEGMENT_IDS.map((id, i) => {
    if (working.has(id)) return 1;
    const [digit, bone] = id.split('.');
    if (id.startsWith('nail.') || bone === undefined || SEGMENT_SHAPES[i]!.material !== 'skin') return 0;
    const k = Number(bone);
    return working.has(`${digit}.${k - 1}`) || working.has(`${digit}.${k + 1}`) ? GLOW_NEIGHBOUR : 0;
  });
  const face = working.has('palm') || working.has('dorsum');
  const weightOfRegion = [working.has('palm') ? 1 : 0, working.has('palmRim') ? 1 : face ? GLOW_NEIGHBOUR : 0, working.has('dorsum') ? 1 : 0];
  const mask = new Float32Array(template.partOf.length);
  for (let v = 0; v < mask.length; v++) {
    const part = template.partOf[v]!;
    mask[v] = part === ARM_PART ? 0 : part >= PALM_PART ? weightOfRegion[part - PALM_PART]! : weightOfSegment[part]!;
  }
  return mask;
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

/** The glow and the sleeve's fade, added to the scene's one vertex-lit material. */
const HANDS_EXTENSION = {
  declarations: /* glsl */ `
attribute float aWork;
attribute float aFade;
attribute float aSide;
uniform vec2 uGlow;
uniform vec3 uGlowColour;
uniform vec2 uGlowStrength;
`,
  // Where the sleeve fades, its walls seen edge-on (a forearm pointing at the camera) fade first,
  // so the fading end never shows as a rim of crescents.
  colour: /* glsl */ `
if (aFade < 0.999) diffuseColor.a *= aFade * smoothstep(0.1, 0.6, abs(dot(n, normalize(-mvPosition.xyz))));
`,
  emissive: /* glsl */ `
{
  float glow = aWork * mix(uGlow.x, uGlow.y, aSide);
  float facing = abs(dot(n, normalize(-mvPosition.xyz)));
  totalEmissiveRadiance += uGlowColour * glow * mix(uGlowStrength.y, uGlowStrength.x, facing);
}
`,
};

export function createHandsRig(): HandsRig {
  const group = new Group();
  group.name = 'hands';

  const templates = HAND_SIDES.map(handTemplate);
  const offsets = [0, templates[0]!.vertexCount];
  const total = templates[0]!.vertexCount + templates[1]!.vertexCount;
  const positions = new Float32Array(total * 3);
  const normals = new Float32Array(total * 3);
  const colours = new Float32Array(total * 3);
  const fade = new Float32Array(total);
  const side = new Float32Array(total);
  const work = new Float32Array(total);
  const indices: number[] = [];
  templates.forEach((t, slot) => {
    colours.set(t.colours, offsets[slot]! * 3);
    fade.set(t.fade, offsets[slot]!);
    side.fill(slot, offsets[slot]!, offsets[slot]! + t.vertexCount);
    for (const i of t.solid) indices.push(offsets[slot]! + i);
  });
  templates.forEach((t, slot) => {
    for (const i of t.sleeve) indices.push(offsets[slot]! + i);
  });
  // Each pose's glow weights, per hand, made once here: nothing is made while the hands move.
  const masks = templates.map((t) => new Map(POSE_IDS.map((pose) => [pose, glowMask(t, pose)] as const)));
  const geometry = new BufferGeometry();
  const positionAttribute = new BufferAttribute(positions, 3).setUsage(DynamicDrawUsage);
  const normalAttribute = new BufferAttribute(normals, 3).setUsage(DynamicDrawUsage);
  const workAttribute = new BufferAttribute(work, 1).setUsage(DynamicDrawUsage);
  geometry.setAttribute('position', positionAttribute);
  geometry.setAttribute('normal', normalAttribute);
  geometry.setAttribute('color', new Float32BufferAttribute(colours, 3));
  geometry.setAttribute('aFade', new Float32BufferAttribute(fade, 1));
  geometry.setAttribute('aSide', new Float32BufferAttribute(side, 1));
  geometry.setAttribute('aWork', workAttribute);
  geometry.setIndex(total < 65536 ? new Uint16BufferAttribute(indices, 1) : indices);

  // One material for skin, nails and sleeve (colours per vertex); a soft, near-matte finish.
  const material = createVertexLitMaterial({ vertexColors: true, sheen: 0.08, extension: HANDS_EXTENSION });
  const glow = new Vector2(0, 0);
  material.uniforms.uGlow = { value: glow };
  material.uniforms.uGlowColour = { value: new Color(HAND_COLOURS.glow) };
  material.uniforms.uGlowStrength = { value: new Vector2(GLOW.centre, GLOW.rim) };
  // The sleeve fades out: drawn with the see-through things, after the body, writing depth. Its
  // colour goes out premultiplied by its opacity, as the canvas composites it (else a faded
  // sleeve over the page's background would lighten it, not let it through).
  material.transparent = true;
  material.premultipliedAlpha = true;
  // Both faces, in one pass: a forearm seen end-on (the support hand on the forehead, its arm
  // reaching back toward the camera) shows the inside of its open sleeve, in shadow, fading out
  // as the sleeve does, not a hole through the arm to the background.
  material.side = DoubleSide;
  material.forceSinglePass = true;
  material.fragmentShader = material.fragmentShader.replace(
    'gl_FragColor = vOutputColour;',
    `vec3 shown = gl_FrontFacing ? vOutputColour.rgb : vOutputColour.rgb * ${INSIDE_SHADE.toFixed(2)};
gl_FragColor = vec4(shown * vOutputColour.a, vOutputColour.a);`,
  );
  const mesh = new Mesh(geometry, material);
  mesh.name = 'hands.mesh';
  mesh.renderOrder = 2;
  mesh.frustumCulled = false; // its vertices move every frame; the bounds would always be stale
  mesh.matrixAutoUpdate = false;
  group.add(mesh);

  const shown = [false, false];
  const posed: (PoseId | null)[] = [null, null];
  const write = (slot: number, placement: HandPlacement | null) => {
    const t = templates[slot]!;
    const at = offsets[slot]!;
    if (!placement) {
      // A hidden hand: every vertex at one point, so its triangles have no area to draw.
      if (shown[slot]) positions.fill(0, at * 3, (at + t.vertexCount) * 3);
      shown[slot] = false;
      if (slot === 0) glow.x = 0;
      else glow.y = 0;
      return;
    }
    for (const part of t.parts) transformPart(part.frame < 0 ? placement.hand : placement.segments[part.frame]!, t, part, positions, normals, at);
    shown[slot] = true;
    if (posed[slot] !== placement.pose) {
      posed[slot] = placement.pose;
      work.set(masks[slot]!.get(placement.pose)!, at);
      workAttribute.needsUpdate = true;
    }
    if (slot === 0) glow.x = placement.work;
    else glow.y = placement.work;
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
