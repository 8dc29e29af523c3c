import { UniformsLib } from 'three';
import { describe, expect, test } from 'vitest';
import { createVertexLitMaterial } from '../../../src/scene/materials/vertexLitMaterial';

/** three's own loop unroller pattern (WebGLProgram.js): a loop it does not match stays a loop. */
const UNROLL = /#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;

describe('vertex-lit material', () => {
  test('takes the scene lights: lights on, and every light uniform the renderer fills is declared', () => {
    const material = createVertexLitMaterial();
    expect(material.lights).toBe(true);
    for (const key of Object.keys(UniformsLib.lights)) expect(material.uniforms).toHaveProperty(key);
  });

  test('lights per vertex: the fragment shader has no light loop, the vertex shader has both light kinds', () => {
    const { vertexShader, fragmentShader } = createVertexLitMaterial();
    expect(vertexShader).toContain('#include <lights_pars_begin>');
    expect(vertexShader).toContain('directionalLights[i]');
    expect(vertexShader).toContain('getHemisphereLightIrradiance(hemisphereLights[i], n)');
    expect(fragmentShader).not.toMatch(/lights_|directionalLights/);
  });

  test('its light loops are unrolled by three once the light counts are known', () => {
    const { vertexShader } = createVertexLitMaterial({ sheen: 0.1 });
    const withCounts = vertexShader.replace(/NUM_DIR_LIGHTS/g, '2').replace(/NUM_HEMI_LIGHTS/g, '1');
    expect([...withCounts.matchAll(UNROLL)].map((m) => m[2])).toEqual(['1', '2']);
  });

  test('keeps the hook points that the skin, line and bone materials extend', () => {
    const { vertexShader, fragmentShader } = createVertexLitMaterial();
    for (const chunk of ['common', 'beginnormal_vertex', 'begin_vertex']) expect(vertexShader.split(`#include <${chunk}>`)).toHaveLength(2);
    for (const chunk of ['common', 'color_fragment', 'emissivemap_fragment', 'tonemapping_fragment', 'colorspace_fragment'])
      expect(fragmentShader.split(`#include <${chunk}>`)).toHaveLength(2);
  });

  test('colour, vertex colours, opacity and sheen come from the options and the material', () => {
    const plain = createVertexLitMaterial({ color: '#ff0000' });
    expect(plain.uniforms.diffuse!.value).toBe(plain.color);
    expect(plain.color.getHexString()).toBe('ff0000');
    expect(plain.vertexColors).toBe(false);
    expect(plain.defines).not.toHaveProperty('VERTEX_SHEEN');
    plain.opacity = 0.35;
    expect(plain.uniforms.opacity!.value).toBe(0.35);

    const sheen = createVertexLitMaterial({ vertexColors: true, sheen: 0.12, sheenPower: 10 });
    expect(sheen.vertexColors).toBe(true);
    expect(sheen.defines).toHaveProperty('VERTEX_SHEEN');
    expect(sheen.uniforms.sheen!.value).toBe(0.12);
    expect(sheen.uniforms.sheenPower!.value).toBe(10);
  });
});
