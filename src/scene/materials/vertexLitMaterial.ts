import { Color, ShaderMaterial, UniformsLib, UniformsUtils, type ColorRepresentation, type IUniform } from 'three';

/**
 * One material for everything in the scene, lit per vertex instead of per pixel.
 *
 * Why: on a low-end phone (and on SwiftShader) a frame's cost is mostly shading pixels, and
 * MeshStandardMaterial runs a full physically based light loop for every one of them. The skin
 * is dense (tens of thousands of vertices over a few hundred thousand pixels on a phone), so its
 * light is as smooth per vertex as per pixel; the fragment shader is then a multiply and the
 * tone mapping. Lighting matches three's Lambert (same lights, same units, same tone mapping),
 * plus an optional soft per-vertex sheen so the skin is not chalky.
 *
 * The shader keeps three's chunk names as hook points, so materials extend it with
 * onBeforeCompile as they would a built-in one: vertex `#include <common>`,
 * `#include <beginnormal_vertex>` (bend `objectNormal`), `#include <begin_vertex>` (move
 * `transformed`); fragment `#include <common>`, `#include <color_fragment>` (edit
 * `diffuseColor`) and `#include <emissivemap_fragment>` (add to `totalEmissiveRadiance`).
 * Vertex colours and instance colours work as in the built-in materials.
 */

export interface VertexLitOptions {
  /** Base colour (multiplied by vertex and instance colours). Default white. */
  readonly color?: ColorRepresentation;
  /** Multiply by the geometry's `color` attribute. */
  readonly vertexColors?: boolean;
  /** Strength of the soft highlight, 0 for none (default 0). */
  readonly sheen?: number;
  /** Blinn-Phong exponent of the highlight: low is broad and soft (default 12). */
  readonly sheenPower?: number;
}

export type VertexLitMaterial = ShaderMaterial & { readonly color: Color };

const VERTEX = /* glsl */ `
#include <common>
#include <color_pars_vertex>
#include <lights_pars_begin>
varying vec3 vIrradiance;
#ifdef VERTEX_SHEEN
uniform float sheen;
uniform float sheenPower;
varying vec3 vSheen;
#endif

void main() {
  #include <color_vertex>
  #include <beginnormal_vertex>
  #include <defaultnormal_vertex>
  #include <begin_vertex>
  #include <project_vertex>

  // Light in view space, where three keeps its light directions.
  vec3 n = normalize(transformedNormal);
  vec3 irradiance = getAmbientLightIrradiance(ambientLightColor);
  // Unrolled by three: loops over uniform arrays are slow on some GPUs and in SwiftShader.
  #if NUM_HEMI_LIGHTS > 0
  #pragma unroll_loop_start
  for (int i = 0; i < NUM_HEMI_LIGHTS; i++) {
    irradiance += getHemisphereLightIrradiance(hemisphereLights[i], n);
  }
  #pragma unroll_loop_end
  #endif
  #ifdef VERTEX_SHEEN
  vec3 toEye = normalize(-mvPosition.xyz);
  vSheen = vec3(0.0);
  #endif
  #if NUM_DIR_LIGHTS > 0
  vec3 l;
  float dotNL;
  #pragma unroll_loop_start
  for (int i = 0; i < NUM_DIR_LIGHTS; i++) {
    l = directionalLights[i].direction;
    dotNL = saturate(dot(n, l));
    irradiance += dotNL * directionalLights[i].color;
    #ifdef VERTEX_SHEEN
    vSheen += directionalLights[i].color * (dotNL * pow(saturate(dot(n, normalize(l + toEye))), sheenPower));
    #endif
  }
  #pragma unroll_loop_end
  #endif
  // Lambert: the diffuse colour (applied per pixel) times irradiance / pi.
  vIrradiance = irradiance * RECIPROCAL_PI;
  #ifdef VERTEX_SHEEN
  vSheen *= sheen * RECIPROCAL_PI;
  #endif
}
`;

const FRAGMENT = /* glsl */ `
uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
varying vec3 vIrradiance;
#ifdef VERTEX_SHEEN
varying vec3 vSheen;
#endif

void main() {
  vec4 diffuseColor = vec4(diffuse, opacity);
  #include <color_fragment>
  vec3 totalEmissiveRadiance = vec3(0.0);
  #include <emissivemap_fragment>
  vec3 outgoingLight = diffuseColor.rgb * vIrradiance + totalEmissiveRadiance;
  #ifdef VERTEX_SHEEN
  outgoingLight += vSheen;
  #endif
  #include <opaque_fragment>
  #include <tonemapping_fragment>
  #include <colorspace_fragment>
}
`;

export function createVertexLitMaterial(options: VertexLitOptions = {}): VertexLitMaterial {
  const color = new Color(options.color ?? '#ffffff');
  const sheen = options.sheen ?? 0;
  const material = new ShaderMaterial({
    vertexShader: VERTEX,
    fragmentShader: FRAGMENT,
    lights: true,
    vertexColors: options.vertexColors ?? false,
    defines: sheen > 0 ? { VERTEX_SHEEN: '' } : {},
  });
  // The light uniforms are filled in by the renderer; the rest follow the material's own fields.
  const opacityUniform: IUniform<number> = {
    get value() {
      return material.opacity;
    },
    set value(v: number) {
      material.opacity = v;
    },
  };
  material.uniforms = {
    ...UniformsUtils.clone(UniformsLib.lights),
    diffuse: { value: color },
    opacity: opacityUniform,
    sheen: { value: sheen },
    sheenPower: { value: options.sheenPower ?? 12 },
  };
  return Object.assign(material, { color });
}
