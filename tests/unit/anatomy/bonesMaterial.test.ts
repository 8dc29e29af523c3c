import type { WebGLProgramParametersWithUniforms } from 'three';
import { describe, expect, test } from 'vitest';
import { boneIndexOf } from '../../../src/anatomy/bones';
import { createBoneMaterial } from '../../../src/scene/body/boneMaterial';

/** Runs the material's onBeforeCompile on its own shader source, as the renderer would. */
function compiled(m: ReturnType<typeof createBoneMaterial>) {
  const shader = {
    vertexShader: m.material.vertexShader,
    fragmentShader: m.material.fragmentShader,
    uniforms: m.material.uniforms,
  } as unknown as WebGLProgramParametersWithUniforms;
  m.material.onBeforeCompile(shader, undefined as never);
  return shader;
}

describe('bone material', () => {
  test('reads the boneIndex attribute and tints only the highlighted bone', () => {
    const m = createBoneMaterial();
    const shader = compiled(m);
    expect(shader.vertexShader).toContain('attribute float boneIndex;');
    expect(shader.vertexShader).toMatch(/vBoneHighlight = .*boneIndex - uHighlightIndex/);
    expect(shader.fragmentShader).toContain('varying float vBoneHighlight;');
    expect(shader.fragmentShader).toMatch(/diffuseColor\.rgb = mix\(diffuseColor\.rgb, uHighlightColour/);
    // Every injection found its anchor (three renamed nothing under us).
    expect(shader.vertexShader.match(/vBoneHighlight/g)!.length).toBeGreaterThanOrEqual(2);
    expect(shader.fragmentShader.match(/vBoneHighlight/g)!.length).toBeGreaterThanOrEqual(3);
  });

  test('the highlight is a uniform: changing it needs no recompile', () => {
    const m = createBoneMaterial();
    const shader = compiled(m);
    const key = m.material.customProgramCacheKey();
    expect(shader.uniforms.uHighlightIndex!.value).toBe(-1);
    m.setHighlight(boneIndexOf('rib.L.5'));
    expect(shader.uniforms.uHighlightIndex!.value).toBe(boneIndexOf('rib.L.5'));
    expect(m.highlightIndex()).toBe(boneIndexOf('rib.L.5'));
    m.setHighlight(null);
    expect(shader.uniforms.uHighlightIndex!.value).toBe(-1);
    expect(m.material.customProgramCacheKey()).toBe(key);
  });

  test('ivory with a faint sheen, coloured per vertex', () => {
    const { material } = createBoneMaterial();
    expect(material.vertexColors).toBe(true);
    expect(material.defines).toHaveProperty('VERTEX_SHEEN');
    expect(material.uniforms.sheen!.value).toBeGreaterThan(0);
    expect(material.uniforms.sheen!.value).toBeLessThan(0.3);
  });
});
