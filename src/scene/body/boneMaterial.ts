import { Color, MeshStandardMaterial, type IUniform } from 'three';

/**
 * The skeleton's one material: slightly rough ivory (per-vertex colour tells bone from disc),
 * with one bone highlightable by its index. The merged skeleton geometry carries a `boneIndex`
 * float per vertex; the shader tints the vertices whose index equals `uHighlightIndex`, so the
 * highlight changes with a uniform, never a recompile or a second draw call.
 */
export interface BoneMaterial {
  readonly material: MeshStandardMaterial;
  /** Highlights the bone with this index (see `boneIndexOf`); null or -1 for none. */
  setHighlight(index: number | null): void;
  readonly highlightIndex: () => number;
}

/** Warm amber that reads on ivory and on the skin's colours [design choice]. */
export const BONE_HIGHLIGHT = '#f0a020';

export function createBoneMaterial(options: { highlightColour?: string } = {}): BoneMaterial {
  const material = new MeshStandardMaterial({
    color: '#ffffff',
    vertexColors: true,
    roughness: 0.62,
    metalness: 0,
  });
  material.name = 'bone';
  const uniforms: { uHighlightIndex: IUniform<number>; uHighlightColour: IUniform<Color> } = {
    uHighlightIndex: { value: -1 },
    uHighlightColour: { value: new Color(options.highlightColour ?? BONE_HIGHLIGHT) },
  };
  material.onBeforeCompile = (shader) => {
    shader.uniforms.uHighlightIndex = uniforms.uHighlightIndex;
    shader.uniforms.uHighlightColour = uniforms.uHighlightColour;
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
  material.customProgramCacheKey = () => 'bone-highlight-v1';
  return {
    material,
    setHighlight(index) {
      uniforms.uHighlightIndex.value = index ?? -1;
    },
    highlightIndex: () => uniforms.uHighlightIndex.value,
  };
}
