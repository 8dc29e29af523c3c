import { Color, Vector3, type IUniform, type Material } from 'three';
import type { SkinMode } from '../../state/preferences';
import { createVertexLitMaterial, type VertexLitMaterial } from '../materials/vertexLitMaterial';

/**
 * The skin's material, made in one place. The scene's vertex-lit material with a soft sheen,
 * coloured per vertex (skin, hair and cloth regions come from the generated mesh), with one
 * addition: a dent, pushed into the skin along its normal under a massaging hand.
 *
 * The dent is a smooth cap: depth * (1 - (r / radius)^2)^2 at distance r from its centre, in the
 * mesh's own frame (the body frame: the skin mesh is never moved). The normals are bent to match, so
 * the dent shades. Depth 0 (the default) is no dent and costs one branch in the vertex shader.
 */

/** The uniforms of the dent, shared by every skin material (see `SKIN_DENT`). */
export interface DentUniforms {
  readonly uDentCentre: IUniform<Vector3>;
  readonly uDentRadius: IUniform<number>;
  readonly uDentDepth: IUniform<number>;
}

/** Radius of the dent under a thumb or palm, metres [EST: about a thumb pad's width plus the skin around]. */
export const DENT_RADIUS = 0.025;

export const createDentUniforms = (): DentUniforms => ({
  uDentCentre: { value: new Vector3() },
  uDentRadius: { value: DENT_RADIUS },
  uDentDepth: { value: 0 },
});

/**
 * The dent of the skin everyone shares: the playback writes the contact point each frame with
 * `set`, every skin material reads the same uniform objects.
 */
export const SKIN_DENT = {
  uniforms: createDentUniforms(),
  /** Moves the dent to `centre` (metres, body frame) at `depth` metres; depth 0 removes it. */
  set(centre: readonly [number, number, number], depth: number, radius: number = DENT_RADIUS): void {
    this.uniforms.uDentCentre.value.set(centre[0], centre[1], centre[2]);
    this.uniforms.uDentDepth.value = Math.max(0, depth);
    this.uniforms.uDentRadius.value = radius;
  },
};

/** Region colours (sRGB), indexed like `REGION` in `src/anatomy/skin/bodySdf.ts`. */
export const REGION_COLOURS = {
  /** A warm, medium skin tone. */
  skin: '#c69276',
  /** Dark brown-black hair. */
  hair: '#2a201b',
  /** A calm, muted green sarong (plain, batik-like colour). */
  cloth: '#56705f',
} as const;

/** Opacity of the translucent layer mode: enough skin to keep the shape, enough to see bones through. */
export const TRANSLUCENT_OPACITY = 0.35;

export type SkinMaterial = VertexLitMaterial & { readonly dent: DentUniforms };

const DENT_PARS = /* glsl */ `
uniform vec3 uDentCentre;
uniform float uDentRadius;
uniform float uDentDepth;
`;

// After <beginnormal_vertex>: bend the normal toward the dent's centre where the skin slopes into it.
const DENT_NORMAL = /* glsl */ `
vec3 dentOffset = position - uDentCentre;
float dentR = length(dentOffset) / max(uDentRadius, 1e-5);
float dentW = 0.0;
if (uDentDepth > 0.0 && dentR < 1.0) {
  float dentT = 1.0 - dentR * dentR;
  dentW = dentT * dentT;
  // d/dr of (1 - r^2)^2 is -4 r (1 - r^2); the slope tilts the normal toward the centre.
  vec3 dentDir = dentOffset - objectNormal * dot(dentOffset, objectNormal);
  float dentLen = length(dentDir);
  if (dentLen > 1e-6) {
    float slope = uDentDepth * 4.0 * dentR * dentT / uDentRadius;
    objectNormal = normalize(objectNormal - slope * dentDir / dentLen);
  }
}
`;

// After <begin_vertex>: push the vertex in along its (original) normal.
const DENT_DISPLACE = /* glsl */ `
transformed -= normal * (uDentDepth * dentW);
`;

/** The skin material, opaque, with the shared dent uniforms unless others are given. */
export function createSkinMaterial(dent: DentUniforms = SKIN_DENT.uniforms): SkinMaterial {
  // A faint, broad highlight: skin reads as soft, not chalky [design choice].
  const material = createVertexLitMaterial({
    vertexColors: true,
    sheen: 0.12,
    sheenPower: 10,
    extension: { declarations: DENT_PARS, normal: DENT_NORMAL, position: DENT_DISPLACE },
  });
  material.name = 'skin';
  Object.assign(material.uniforms, dent);
  return Object.assign(material, { dent });
}

/** Sets the layer mode: opaque, translucent (bones show through) or hidden. */
export function applySkinMode(material: Material, mode: SkinMode): void {
  const translucent = mode === 'translucent';
  if (material.transparent !== translucent) material.needsUpdate = true;
  material.transparent = translucent;
  material.opacity = translucent ? TRANSLUCENT_OPACITY : 1;
  material.depthWrite = !translucent;
  material.visible = mode !== 'hidden';
}

/** Linear-space colours for the vertex colour attribute. */
export function regionColoursLinear(): readonly Color[] {
  return [REGION_COLOURS.skin, REGION_COLOURS.hair, REGION_COLOURS.cloth].map((hex) => new Color(hex));
}
