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
  const material = createVertexLitMaterial({ vertexColors: true, sheen: 0.1 });
  material.name = 'bone';
  const uniforms: { uHighlightIndex: IUniform<number>; uHighlightColour: IUniform<Color> } = {
    uHighlightIndex: { value: -1 },
    uHighlightColour: { value: new Color(options.highlightColour ?? BONE_HIGHLIGHT) },
  };
  Object.assign(material.uniforms, uniforms);
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        '#include <common>\nattribute float boneIndex;\nuniform float uHighlightIndex;\nvarying float vBoneHighlight;',
      )
      .replace(
        '#include <begin_vertex>',
        '#include <begin_vertex>\nvBoneHighlight = (uHighlightIndex >= 0.0 && abs(boneIndex - uHighlightIndex) < 0.5) ? 1.0 : 0.0;',
      );
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nuniform vec3 uHighlightColour;\nvarying float vBoneHighlight;')
      .replace('#include <color_fragment>', '#include <color_fragment>\ndiffuseColor.rgb = mix(diffuseColor.rgb, uHighlightColour, 0.7 * vBoneHighlight);')
      .replace(
        '#include <emissivemap_fragment>',
        '#include <emissivemap_fragment>\ntotalEmissiveRadiance += uHighlightColour * (0.22 * vBoneHighlight);',
      );
  };
  material.customProgramCacheKey = () => 'bone-highlight-v2';
  return {
    material,
    setHighlight(index) {
      uniforms.uHighlightIndex.value = index ?? -1;
    },
    highlightIndex: () => uniforms.uHighlightIndex.value,
  };
}
