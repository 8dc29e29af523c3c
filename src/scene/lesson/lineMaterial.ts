import { Color, type IUniform } from 'three';
import { createVertexLitMaterial, type VertexLitMaterial } from '../materials/vertexLitMaterial';

export interface LineUniforms {
  /** Per drawn phase: 1 = in the chosen step, 0 = dimmed, 2 = being played now. */
  readonly uLit: IUniform<Float32Array>;
  /** How far along the active phase the hand has come, 0..1. */
  readonly uProgress: IUniform<number>;
}

// Near the skin tone, so other steps' lines recede instead of drawing a pale web over the back.
const DIM_TOWARD = new Color('#c69276');

/**
 * Material for the stroke lines (the scene's vertex-lit one). Dimming and the "already
 * travelled" glow of the playing phase are uniforms, so changing step or advancing the animation
 * never rebuilds geometry.
 */
export function createLineMaterial(colour: string, phaseCount: number): { material: VertexLitMaterial; uniforms: LineUniforms } {
  const uniforms: LineUniforms = {
    uLit: { value: new Float32Array(Math.max(1, phaseCount)).fill(1) },
    uProgress: { value: 0 },
  };
  const material = createVertexLitMaterial({ color: colour });
  Object.assign(material.uniforms, uniforms, { uDimColour: { value: DIM_TOWARD } });
  material.onBeforeCompile = (shader) => {
    shader.vertexShader = shader.vertexShader
      .replace(
        '#include <common>',
        `#include <common>
attribute float drawnPhase;
attribute float along;
uniform float uLit[${Math.max(1, phaseCount)}];
uniform float uProgress;
varying float vLit;
varying float vGlow;`,
      )
      .replace(
        '#include <begin_vertex>',
        `#include <begin_vertex>
int phaseIndex = int(drawnPhase + 0.5);
float state = uLit[phaseIndex];
vLit = min(state, 1.0);
vGlow = state > 1.5 ? (along <= uProgress ? 1.0 : 0.3) : 0.0;`,
      );
    shader.fragmentShader = shader.fragmentShader
      .replace(
        '#include <common>',
        `#include <common>
uniform vec3 uDimColour;
varying float vLit;
varying float vGlow;`,
      )
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
diffuseColor.rgb = mix(uDimColour, diffuseColor.rgb, 0.22 + 0.78 * vLit);`,
      )
      .replace(
        '#include <emissivemap_fragment>',
        `#include <emissivemap_fragment>
totalEmissiveRadiance += diffuseColor.rgb * 0.9 * vGlow;`,
      );
  };
  material.customProgramCacheKey = () => `line-${phaseCount}`;
  return { material, uniforms };
}
