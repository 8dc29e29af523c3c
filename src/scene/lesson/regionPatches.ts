import { BufferAttribute, BufferGeometry, Color, type BufferGeometry as Geometry } from 'three';
import { REGION } from '../../anatomy/skin/bodySdf';
import { STEP_IDS } from '../../technique/ids';
import { createVertexLitMaterial, type VertexLitMaterial } from '../materials/vertexLitMaterial';
import { COLOURS } from './pathStyles';
import { regionField, type RegionSeeds } from './stepRegions';

/** Off the skin, so the patch never flickers into it (with a polygon offset as well), metres. */
const LIFT = 0.0006;

/**
 * How a patch shows [design choice]: a light wash of its colour that fades in from the edge, and
 * a stronger rim along the edge, so it reads as an area with a border, the skin still seen through.
 */
export const PATCH_LOOK = {
  /** Opacity of the wash, reached `fade` metres inside the edge. */
  fill: 0.26,
  fade: 0.008,
  /** Opacity and width (metres) of the rim. */
  rim: 0.75,
  rimWidth: 0.0025,
} as const;

export interface RegionPatches {
  readonly geometry: BufferGeometry;
  /** Each vertex's step, as an index into `STEP_IDS`: what a tap on a patch opens. */
  readonly stepOfVertex: Uint8Array;
}

/**
 * The steps' patches as one mesh over the skin (one draw call): the skin's own triangles where a
 * patch lies, lifted a hair along their normals. Each vertex carries its step's colour and its
 * distance inside the patch's edge (`patchTint`: rgb linear, then the distance); the fragment
 * shader draws the wash and the rim from the interpolated distance, so edges are smooth lines.
 */
export function buildRegionPatches(skin: Geometry, seeds: RegionSeeds): RegionPatches {
  const position = skin.getAttribute('position').array;
  const normal = skin.getAttribute('normal').array;
  const index = skin.getIndex()?.array ?? null;
  const count = position.length / 3;
  const regions = skin.userData.regions as Uint8Array | undefined;
  const field = regionField(position, seeds, (v) => !regions || regions[v] === REGION.skin);
  const tints = STEP_IDS.map((id) => new Color(COLOURS.regions[id]));

  // The triangles with a corner inside a patch, their vertices renumbered in the order they are met.
  const inside = new Uint8Array(count);
  for (let v = 0; v < count; v++) inside[v] = field.step[v]! >= 0 && field.edge[v]! > 0 ? 1 : 0;
  const stepOf = Int8Array.from(field.step);
  const remap = new Int32Array(count).fill(-1);
  const used = new Int32Array(count);
  let usedCount = 0;
  const corners = index ? index.length : count;
  const triangles = new Uint32Array(corners);
  let cornerCount = 0;
  for (let t = 0; t < corners; t += 3) {
    const a = index ? index[t]! : t;
    const b = index ? index[t + 1]! : t + 1;
    const c = index ? index[t + 2]! : t + 2;
    if (!(inside[a]! | inside[b]! | inside[c]!)) continue;
    // A corner beyond every patch's margin takes the colour of the patch inside the triangle.
    const from = inside[a] ? a : inside[b] ? b : c;
    for (const v of [a, b, c]) {
      if (stepOf[v]! < 0) stepOf[v] = stepOf[from]!;
      if (remap[v]! < 0) {
        remap[v] = usedCount;
        used[usedCount++] = v;
      }
      triangles[cornerCount++] = remap[v]!;
    }
  }

  const positions = new Float32Array(usedCount * 3);
  const normals = new Float32Array(usedCount * 3);
  const tint = new Float32Array(usedCount * 4);
  const stepOfVertex = new Uint8Array(usedCount);
  for (let i = 0; i < usedCount; i++) {
    const v = used[i]!;
    for (let a = 0; a < 3; a++) {
      const n = normal[3 * v + a]!;
      positions[3 * i + a] = position[3 * v + a]! + n * LIFT;
      normals[3 * i + a] = n;
    }
    const step = stepOf[v]!;
    const colour = tints[step]!;
    stepOfVertex[i] = step;
    tint[4 * i] = colour.r;
    tint[4 * i + 1] = colour.g;
    tint[4 * i + 2] = colour.b;
    tint[4 * i + 3] = field.edge[v]!;
  }

  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(normals, 3));
  geometry.setAttribute('patchTint', new BufferAttribute(tint, 4));
  geometry.setIndex(new BufferAttribute(triangles.slice(0, cornerCount), 1));
  geometry.computeBoundingSphere();
  geometry.name = 'step-regions';
  return { geometry, stepOfVertex };
}

/** The wash and the rim from the distance inside the edge; `fwidth` keeps the rim's edges a pixel soft at any zoom. */
const REGION_FRAGMENT = /* glsl */ `
varying vec4 vOutputColour;
varying float vEdge;
uniform float uFill;
uniform float uFade;
uniform float uRim;
uniform float uRimWidth;

void main() {
  float px = max(fwidth(vEdge), 1e-6);
  float inside = smoothstep(-px, px, vEdge);
  float rim = inside * (1.0 - smoothstep(uRimWidth - px, uRimWidth + px, vEdge));
  float wash = uFill * smoothstep(0.0, uFade, vEdge);
  gl_FragColor = vec4(vOutputColour.rgb, max(wash, uRim * rim));
}
`;

/** The patches' material: lit like the skin (the scene's vertex-lit material), blended over it. */
export function createRegionMaterial(): VertexLitMaterial {
  const material = createVertexLitMaterial({
    extension: {
      declarations: 'attribute vec4 patchTint;\nvarying float vEdge;',
      colour: 'diffuseColor.rgb = patchTint.rgb;\nvEdge = patchTint.a;',
    },
  });
  material.fragmentShader = REGION_FRAGMENT;
  Object.assign(material.uniforms, {
    uFill: { value: PATCH_LOOK.fill },
    uFade: { value: PATCH_LOOK.fade },
    uRim: { value: PATCH_LOOK.rim },
    uRimWidth: { value: PATCH_LOOK.rimWidth },
  });
  material.name = 'step-regions';
  material.transparent = true;
  material.depthWrite = false;
  material.polygonOffset = true;
  material.polygonOffsetFactor = -1;
  material.polygonOffsetUnits = -2;
  return material;
}
