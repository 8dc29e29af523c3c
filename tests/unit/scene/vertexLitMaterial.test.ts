import { ACESFilmicToneMapping, LinearSRGBColorSpace, NoToneMapping, SRGBColorSpace, UniformsLib } from 'three';
import { describe, expect, test } from 'vitest';
import { createVertexLitMaterial, outputFunctions, VERTEX_LIT_HOOKS } from '../../../src/scene/materials/vertexLitMaterial';
import { compiledShader } from './compiledShader';

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

  test('the fragment shader only writes the colour the vertices worked out: no light, no tone mapping, no sRGB curve', () => {
    const { fragmentShader } = createVertexLitMaterial({ sheen: 0.1 });
    expect(fragmentShader).toContain('gl_FragColor = vOutputColour;');
    expect(fragmentShader).not.toMatch(/#include|irradiance|toneMapping|TransferOETF|linearToOutputTexel/);
  });

  test('tone maps and converts to the output colour space per vertex, as the renderer is set up', () => {
    const aces = outputFunctions(ACESFilmicToneMapping, SRGBColorSpace);
    expect(aces).toContain('vec3 toneMapped(vec3 c) { return ACESFilmicToneMapping(c); }');
    expect(aces).toContain('sRGBTransferOETF(vec4(c, 1.0))');
    const plain = outputFunctions(NoToneMapping, LinearSRGBColorSpace);
    expect(plain).toContain('vec3 toneMapped(vec3 c) { return c; }');
    expect(plain).toContain('LinearTransferOETF(vec4(c, 1.0))');

    const material = createVertexLitMaterial();
    const { vertexShader } = compiledShader(material);
    expect(vertexShader).toContain(aces);
    expect(vertexShader).toContain('#include <tonemapping_pars_fragment>');
    expect(vertexShader).toContain('vOutputColour = vec4(toOutputSpace(toneMapped(outgoingLight)), diffuseColor.a);');
    // The material's own source keeps the placeholder, so a program for other settings can be made.
    expect(material.vertexShader).not.toContain(aces);
  });

  test('an extension lands right after each of its hook points, in the order the shader needs', () => {
    const plain = createVertexLitMaterial().vertexShader;
    for (const hook of Object.values(VERTEX_LIT_HOOKS)) expect(plain.split(hook)).toHaveLength(2);
    const extension = {
      declarations: 'uniform float uTestA;',
      normal: 'objectNormal *= 1.0;',
      position: 'transformed *= 1.0;',
      colour: 'diffuseColor.rgb *= 0.5;',
      emissive: 'totalEmissiveRadiance += vec3(0.1);',
    };
    const extended = createVertexLitMaterial({ extension }).vertexShader;
    const at: number[] = [];
    for (const [part, code] of Object.entries(extension)) {
      const hook = VERTEX_LIT_HOOKS[part as keyof typeof VERTEX_LIT_HOOKS];
      expect(extended).toContain(`${hook}\n${code}`);
      at.push(extended.indexOf(code));
    }
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(extended.indexOf(extension.emissive)).toBeLessThan(extended.indexOf('vec3 outgoingLight ='));
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
