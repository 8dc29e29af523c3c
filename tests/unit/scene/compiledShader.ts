import { ACESFilmicToneMapping, SRGBColorSpace, type ShaderMaterial, type ToneMapping, type WebGLProgramParametersWithUniforms } from 'three';

/**
 * Runs a material's onBeforeCompile on its own shader source, as the renderer would, with the
 * app's tone mapping and output colour space unless others are given.
 */
export function compiledShader(
  material: ShaderMaterial,
  { toneMapping = ACESFilmicToneMapping, outputColorSpace = SRGBColorSpace }: { toneMapping?: ToneMapping; outputColorSpace?: string } = {},
): WebGLProgramParametersWithUniforms {
  const shader = {
    uniforms: material.uniforms,
    vertexShader: material.vertexShader,
    fragmentShader: material.fragmentShader,
    toneMapping,
    outputColorSpace,
  } as unknown as WebGLProgramParametersWithUniforms;
  material.onBeforeCompile(shader, undefined as never);
  return shader;
}
