import {
  ACESFilmicToneMapping,
  AgXToneMapping,
  CineonToneMapping,
  Color,
  ColorManagement,
  CustomToneMapping,
  LinearToneMapping,
  NeutralToneMapping,
  NoToneMapping,
  ReinhardToneMapping,
  ShaderMaterial,
  SRGBTransfer,
  UniformsLib,
  UniformsUtils,
  type ColorRepresentation,
  type IUniform,
  type ToneMapping,
  type WebGLProgramParametersWithUniforms,
} from 'three';

/**
 * One material for everything in the scene, coloured per vertex instead of per pixel.
 *
 * Why: on a low-end phone (and on SwiftShader) a frame's cost is mostly shading pixels, and
 * MeshStandardMaterial runs a full physically based light loop for every one of them. The skin
 * is dense (tens of thousands of vertices over a few hundred thousand pixels on a phone), so its
 * light is as smooth per vertex as per pixel. So the vertex shader does all of it: lighting
 * (three's Lambert: same lights, same units, plus an optional soft sheen so the skin is not
 * chalky), the colour edits of the materials that extend it, three's tone mapping and the output
 * colour space; the fragment shader only writes the interpolated colour. (Tone mapping and the
 * sRGB curve per pixel took about a fifth of a SwiftShader frame while a stroke played.)
 *
 * Materials extend it with GLSL inserted at named hook points (`VertexLitExtension`), all in the
 * vertex shader.
 */

/** GLSL to insert into the vertex shader, each after its hook point. */
export interface VertexLitExtension {
  /** Attributes, uniforms and functions. */
  readonly declarations?: string;
  /** May bend `objectNormal` (object space) before lighting. */
  readonly normal?: string;
  /** May move `transformed` (object space) before projection. */
  readonly position?: string;
  /** May edit `diffuseColor` (rgba, linear; vertex colours already applied). */
  readonly colour?: string;
  /** May add to `totalEmissiveRadiance` (linear, added to the lit colour). */
  readonly emissive?: string;
}

export interface VertexLitOptions {
  /** Base colour (multiplied by vertex colours). Default white. */
  readonly color?: ColorRepresentation;
  /** Multiply by the geometry's `color` attribute. */
  readonly vertexColors?: boolean;
  /** Strength of the soft highlight, 0 for none (default 0). */
  readonly sheen?: number;
  /** Blinn-Phong exponent of the highlight: low is broad and soft (default 12). */
  readonly sheenPower?: number;
  /** GLSL this material adds (see `VertexLitExtension`). */
  readonly extension?: VertexLitExtension;
}

export type VertexLitMaterial = ShaderMaterial & { readonly color: Color };

/** Where each part of an extension goes: right after this line of the vertex shader. */
export const VERTEX_LIT_HOOKS: Readonly<Record<keyof VertexLitExtension, string>> = {
  declarations: '#include <common>',
  normal: '#include <beginnormal_vertex>',
  position: '#include <begin_vertex>',
  colour: '// hook: colour',
  emissive: '// hook: emissive',
};

/** Replaced when the program is compiled, once the renderer's tone mapping and colour space are known. */
const OUTPUT_FUNCTIONS = '// output functions';

const VERTEX = /* glsl */ `
#include <common>
#include <lights_pars_begin>
#include <tonemapping_pars_fragment>
#include <colorspace_pars_fragment>
${OUTPUT_FUNCTIONS}
uniform vec3 diffuse;
uniform float opacity;
#ifdef VERTEX_SHEEN
uniform float sheen;
uniform float sheenPower;
#endif
varying vec4 vOutputColour;

void main() {
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
  vec3 sheenLight = vec3(0.0);
  #ifdef VERTEX_SHEEN
  vec3 toEye = normalize(-mvPosition.xyz);
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
    sheenLight += directionalLights[i].color * (dotNL * pow(saturate(dot(n, normalize(l + toEye))), sheenPower));
    #endif
  }
  #pragma unroll_loop_end
  #endif

  vec4 diffuseColor = vec4(diffuse, opacity);
  #ifdef USE_COLOR
  diffuseColor.rgb *= color; // the vertex colour attribute three declares for vertexColors
  #endif
  ${VERTEX_LIT_HOOKS.colour}
  vec3 totalEmissiveRadiance = vec3(0.0);
  ${VERTEX_LIT_HOOKS.emissive}
  // Lambert: the diffuse colour times irradiance / pi.
  vec3 outgoingLight = diffuseColor.rgb * irradiance * RECIPROCAL_PI + totalEmissiveRadiance;
  #ifdef VERTEX_SHEEN
  outgoingLight += sheenLight * (sheen * RECIPROCAL_PI);
  #endif
  vOutputColour = vec4(toOutputSpace(toneMapped(outgoingLight)), diffuseColor.a);
}
`;

const FRAGMENT = /* glsl */ `
varying vec4 vOutputColour;

void main() {
  gl_FragColor = vOutputColour;
  #ifdef OPAQUE
  gl_FragColor.a = 1.0;
  #endif
}
`;

/** three's tone-mapping curves by constant (the functions of its `tonemapping_pars_fragment` chunk). */
const TONE_MAPPING_CURVES: Partial<Record<ToneMapping, string>> = {
  [LinearToneMapping]: 'LinearToneMapping',
  [ReinhardToneMapping]: 'ReinhardToneMapping',
  [CineonToneMapping]: 'CineonToneMapping',
  [ACESFilmicToneMapping]: 'ACESFilmicToneMapping',
  [CustomToneMapping]: 'CustomToneMapping',
  [AgXToneMapping]: 'AgXToneMapping',
  [NeutralToneMapping]: 'NeutralToneMapping',
};

/**
 * The two functions the vertex shader ends with, for the program's tone mapping and output colour
 * space (three has already resolved them for the material and the render target). Only the
 * transfer curve is applied: the app draws in sRGB, whose primaries need no conversion.
 */
export function outputFunctions(toneMapping: ToneMapping, outputColorSpace: string): string {
  const curve = toneMapping === NoToneMapping ? undefined : TONE_MAPPING_CURVES[toneMapping];
  const transfer = ColorManagement.getTransfer(outputColorSpace) === SRGBTransfer ? 'sRGBTransferOETF' : 'LinearTransferOETF';
  return [
    `vec3 toneMapped(vec3 c) { return ${curve ? `${curve}(c)` : 'c'}; }`,
    `vec3 toOutputSpace(vec3 c) { return ${transfer}(vec4(c, 1.0)).rgb; }`,
  ].join('\n');
}

/** The vertex shader with `extension` inserted at its hook points. */
function extendedVertexShader(extension: VertexLitExtension): string {
  let source = VERTEX;
  for (const [part, code] of Object.entries(extension) as [keyof VertexLitExtension, string | undefined][]) {
    if (code) source = source.replace(VERTEX_LIT_HOOKS[part], `${VERTEX_LIT_HOOKS[part]}\n${code}`);
  }
  return source;
}

export function createVertexLitMaterial(options: VertexLitOptions = {}): VertexLitMaterial {
  const color = new Color(options.color ?? '#ffffff');
  const sheen = options.sheen ?? 0;
  const material = new ShaderMaterial({
    vertexShader: extendedVertexShader(options.extension ?? {}),
    fragmentShader: FRAGMENT,
    lights: true,
    vertexColors: options.vertexColors ?? false,
    defines: sheen > 0 ? { VERTEX_SHEEN: '' } : {},
  });
  material.onBeforeCompile = (shader: WebGLProgramParametersWithUniforms) => {
    shader.vertexShader = shader.vertexShader.replace(OUTPUT_FUNCTIONS, outputFunctions(shader.toneMapping, shader.outputColorSpace));
  };
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
