import { Color, type IUniform } from 'three';
import { createVertexLitMaterial, type VertexLitMaterial } from '../materials/vertexLitMaterial';

/**
 * The skeleton's one material: ivory, vertex-lit (per-vertex colour tells bone from disc),
 * with one bone highlightable by its index. The merged skeleton geometry carries a `boneIndex`
 * float per vertex; the shader tints the vertices whose index equals `uHighlightIndex`, so the
 * highlight changes with a uniform, never a recompile or a second draw call.
 */
export interface BoneMaterial {
  readonly material: VertexLitMaterial;
  /** Highlights the bone with this index (see `boneIndexOf`); null or -1 for none. */
  setHighlight(index: number | null): void;
  readonly highlightIndex: () => number;
}

/** Warm amber that reads on ivory and on the skin's colours [design choice]. */
export const BONE_HIGHLIGHT = '#f0a020';

export function createBoneMaterial(options: { highlightColour?: string } = {}): BoneMaterial {
  const material = createVertexLitMaterial({
    vertexColors: true,
    sheen: 0.1,
    extension: {
      declarations: 'attribute float boneIndex;\nuniform float uHighlightIndex;\nuniform vec3 uHighlightColour;',
      colour: `float boneHighlight = (uHighlightIndex >= 0.0 && abs(boneIndex - uHighlightIndex) < 0.5) ? 1.0 : 0.0;
diffuseColor.rgb = mix(diffuseColor.rgb, uHighlightColour, 0.7 * boneHighlight);`,
      emissive: 'totalEmissiveRadiance += uHighlightColour * (0.22 * boneHighlight);',
    },
  });
  material.name = 'bone';
  const uniforms: { uHighlightIndex: IUniform<number>; uHighlightColour: IUniform<Color> } = {
    uHighlightIndex: { value: -1 },
    uHighlightColour: { value: new Color(options.highlightColour ?? BONE_HIGHLIGHT) },
  };
  Object.assign(material.uniforms, uniforms);
  return {
    material,
    setHighlight(index) {
      uniforms.uHighlightIndex.value = index ?? -1;
    },
    highlightIndex: () => uniforms.uHighlightIndex.value,
  };
}
