import { ShaderLib, UniformsUtils, type WebGLProgramParametersWithUniforms } from 'three';
import { describe, expect, test } from 'vitest';
import { boneIndexOf } from '../../../src/anatomy/bones';
import { createBoneMaterial } from '../../../src/scene/body/boneMaterial';

/** Runs the material's onBeforeCompile on three's real MeshStandardMaterial shader source. */
function compiled(m: ReturnType<typeof createBoneMaterial>) {
  const shader = {
    vertexShader: ShaderLib.standard.vertexShader,
    fragmentShader: ShaderLib.standard.fragmentShader,
    uniforms: UniformsUtils.clone(ShaderLib.standard.uniforms),
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

  test('ivory, slightly rough, coloured per vertex', () => {
    const { material } = createBoneMaterial();
    expect(material.vertexColors).toBe(true);
    expect(material.roughness).toBeGreaterThan(0.4);
    expect(material.roughness).toBeLessThan(0.85);
    expect(material.metalness).toBe(0);
  });
});
