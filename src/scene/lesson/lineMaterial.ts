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
  const material = createVertexLitMaterial({
    color: colour,
    extension: {
      declarations: `attribute float drawnPhase;
attribute float along;
uniform float uLit[${Math.max(1, phaseCount)}];
uniform float uProgress;
uniform vec3 uDimColour;`,
      colour: `float lineState = uLit[int(drawnPhase + 0.5)];
diffuseColor.rgb = mix(uDimColour, diffuseColor.rgb, 0.22 + 0.78 * min(lineState, 1.0));`,
      emissive: `float lineGlow = lineState > 1.5 ? (along <= uProgress ? 1.0 : 0.3) : 0.0;
totalEmissiveRadiance += diffuseColor.rgb * 0.9 * lineGlow;`,
    },
  });
  Object.assign(material.uniforms, uniforms, { uDimColour: { value: DIM_TOWARD } });
  return { material, uniforms };
}
