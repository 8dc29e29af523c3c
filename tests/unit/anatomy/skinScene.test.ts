import { describe, expect, test } from 'vitest';
import { BufferGeometry } from 'three';
import { REGION } from '../../../src/anatomy/skin/bodySdf';
import { SKIN_DENT, applySkinMode, createDentUniforms, createSkinMaterial, TRANSLUCENT_OPACITY } from '../../../src/scene/body/skinMaterial';
import { loadSkinGeometry } from '../../../src/scene/skin/loadSkin';
import { compiledShader } from '../scene/compiledShader';

const compiled = (material: ReturnType<typeof createSkinMaterial>) => compiledShader(material);

describe('skin material', () => {
  test('carries the dent uniforms, shared with SKIN_DENT by default, and no dent to start with', () => {
    const material = createSkinMaterial();
    expect(material.dent).toBe(SKIN_DENT.uniforms);
    expect(material.dent.uDentDepth.value).toBe(0);
    const shader = compiled(material);
    expect(shader.uniforms.uDentCentre).toBe(SKIN_DENT.uniforms.uDentCentre);
    expect(shader.uniforms.uDentDepth).toBe(SKIN_DENT.uniforms.uDentDepth);
    // The hook really lands in the shader: declared, bends the normal, displaces the vertex.
    expect(shader.vertexShader).toContain('uniform float uDentDepth;');
    expect(shader.vertexShader).toMatch(/#include <beginnormal_vertex>\s+vec3 dentOffset/);
    expect(shader.vertexShader).toMatch(/#include <begin_vertex>\s+transformed -= normal \* \(uDentDepth \* dentW\);/);
  });

  test('SKIN_DENT.set moves the dent and never pulls the skin outward', () => {
    SKIN_DENT.set([0.01, 0.5, -0.05], 0.004);
    expect(SKIN_DENT.uniforms.uDentCentre.value.toArray()).toEqual([0.01, 0.5, -0.05]);
    expect(SKIN_DENT.uniforms.uDentDepth.value).toBe(0.004);
    SKIN_DENT.set([0, 0, 0], -1);
    expect(SKIN_DENT.uniforms.uDentDepth.value).toBe(0);
  });

  test('a material can have its own dent', () => {
    const own = createDentUniforms();
    const material = createSkinMaterial(own);
    expect(material.dent).toBe(own);
    expect(material.uniforms.uDentCentre).toBe(own.uDentCentre);
    expect(own).not.toBe(SKIN_DENT.uniforms);
  });

  test('layer modes: opaque, translucent (no depth writes, bones show through), hidden', () => {
    const material = createSkinMaterial();
    applySkinMode(material, 'translucent');
    expect(material.transparent).toBe(true);
    expect(material.opacity).toBe(TRANSLUCENT_OPACITY);
    expect(material.depthWrite).toBe(false);
    expect(material.visible).toBe(true);
    applySkinMode(material, 'hidden');
    expect(material.visible).toBe(false);
    applySkinMode(material, 'opaque');
    expect(material.transparent).toBe(false);
    expect(material.opacity).toBe(1);
    expect(material.depthWrite).toBe(true);
    expect(material.visible).toBe(true);
  });
});

describe('loading the skin geometry', () => {
  test('without workers (node) it is generated on the main thread, once', { timeout: 60_000 }, async () => {
    expect(typeof Worker).toBe('undefined');
    const geometry = await loadSkinGeometry();
    expect(geometry).toBeInstanceOf(BufferGeometry);
    const count = geometry.getAttribute('position').count;
    expect(count).toBeGreaterThan(1000);
    expect(geometry.getAttribute('normal').count).toBe(count);
    expect(geometry.getAttribute('color').count).toBe(count);
    expect(geometry.index!.count % 3).toBe(0);
    expect((geometry.userData.regions as Uint8Array).length).toBe(count);
    expect(geometry.boundingSphere!.radius).toBeGreaterThan(0.3);
    expect(await loadSkinGeometry()).toBe(geometry);
    // Hair vertices are dark, skin vertices are not.
    const regions = geometry.userData.regions as Uint8Array;
    const colour = geometry.getAttribute('color');
    const hair = regions.indexOf(REGION.hair);
    const skin = regions.indexOf(REGION.skin);
    expect(colour.getX(hair) + colour.getY(hair) + colour.getZ(hair)).toBeLessThan(colour.getX(skin) + colour.getY(skin) + colour.getZ(skin));
  });
});
