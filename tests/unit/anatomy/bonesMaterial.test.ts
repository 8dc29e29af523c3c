import { describe, expect, test } from 'vitest';
import { boneIndexOf } from '../../../src/anatomy/bones';
import { createBoneMaterial } from '../../../src/scene/body/boneMaterial';
import { compiledShader } from '../scene/compiledShader';

const compiled = (m: ReturnType<typeof createBoneMaterial>) => compiledShader(m.material);

describe('bone material', () => {
  test('reads the boneIndex attribute and tints only the highlighted bone', () => {
    const m = createBoneMaterial();
    const shader = compiled(m);
    expect(shader.vertexShader).toContain('attribute float boneIndex;');
    // The tint is worked out per vertex, before the lit colour it changes.
    const tint = shader.vertexShader.indexOf('float boneHighlight = (uHighlightIndex >= 0.0 && abs(boneIndex - uHighlightIndex) < 0.5)');
    const mix = shader.vertexShader.indexOf('diffuseColor.rgb = mix(diffuseColor.rgb, uHighlightColour, 0.7 * boneHighlight);');
    const glow = shader.vertexShader.indexOf('totalEmissiveRadiance += uHighlightColour * (0.22 * boneHighlight);');
    const lit = shader.vertexShader.indexOf('vec3 outgoingLight =');
    expect(tint).toBeGreaterThan(0);
    expect([tint < mix, mix < glow, glow < lit]).toEqual([true, true, true]);
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
