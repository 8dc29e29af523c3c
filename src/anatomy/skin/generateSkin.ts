/**
 * The skin mesh, generated from the body's signed-distance programs: narrow-band surface nets,
 * Taubin smoothing, then every vertex put back exactly on the surface (Newton steps along the
 * gradient) with its normal from the field's gradient. Pure and deterministic: the same options
 * give the same arrays, bit for bit. No three.js here, so it runs in node, tests and a worker.
 */
import { CLOTH_PROGRAM, REGION_COUNT, SKIN_PROGRAM } from './bodySdf';
import type { SdfProgram } from './program';
import { taubinSmooth, vertexAdjacency } from './smooth';
import { gridAround, surfaceNets } from './surfaceNets';

export interface SkinMesh {
  /** xyz per vertex, metres, body frame (`shared/design.md`). */
  readonly positions: Float32Array;
  /** Unit outward normal per vertex, from the field's gradient. */
  readonly normals: Float32Array;
  /** Counter-clockwise triangles seen from outside. */
  readonly indices: Uint32Array | Uint16Array;
  /** Material per vertex: `REGION.skin`, `REGION.hair` or `REGION.cloth`. */
  readonly regions: Uint8Array;
  /**
   * How much of each region's material a vertex carries (`REGION_COUNT` per vertex, 0-255,
   * summing to about 255): smooth hairlines instead of a triangle staircase.
   */
  readonly regionWeights: Uint8Array;
  /**
   * Two closed surfaces, back to back: the skin (with the hair and the sarong's waistband) in the
   * first `skinVertexCount` vertices and `skinIndexCount` indices, then the sarong below.
   */
  readonly skinVertexCount: number;
  readonly skinIndexCount: number;
}

/** Width of the blend between two regions' materials, metres [EST: about a grid cell, so the boundary is a straight soft line, not a staircase of triangles]. */
const REGION_BAND = 0.006;

export interface SkinOptions {
  /** Grid spacing of the skin, metres. */
  readonly spacing: number;
  /** Grid spacing of the sarong (it needs less detail). */
  readonly clothSpacing: number;
  /** Taubin smoothing iterations. */
  readonly smoothing: number;
}

export const DEFAULT_SKIN_OPTIONS: SkinOptions = {
  spacing: 0.0067,
  clothSpacing: 0.019,
  smoothing: 2,
};

/** Finite-difference step for gradients, metres. */
const GRADIENT_STEP = 1e-4;
/**
 * Radius of the ball each Newton step plans for: it holds the step's four samples (GRADIENT_STEP
 * * sqrt 3 from the point), with room to spare for rounding.
 */
const STENCIL_RADIUS = 2 * GRADIENT_STEP;
/**
 * Newton steps per vertex at most; a step shorter than SHORT_STEP (metres) leaves an error of
 * order step^2 * curvature, far below a micrometre, so no further step is taken.
 */
const MAX_PROJECTION_STEPS = 3;
const SHORT_STEP = 3e-4;

interface PartMesh {
  positions: Float64Array;
  normals: Float32Array;
  indices: Uint32Array;
  regions: Uint8Array;
  regionWeights: Uint8Array;
}

/** Meshes one program: the steps described at the top of this file. */
export function meshProgram(program: SdfProgram, spacing: number, smoothing: number): PartMesh {
  const b = program.bounds;
  const nets = surfaceNets(program, gridAround(b.min, b.max, spacing));
  const positions = nets.positions;
  const count = positions.length / 3;
  if (smoothing > 0) taubinSmooth(positions, vertexAdjacency(count, nets.quads, 4), smoothing);

  // Newton steps back onto the surface, each from one tetrahedral gradient (4 samples); the normal
  // comes from the last gradient. Smoothing moves vertices a fraction of a millimetre, so one step
  // lands within micrometres (Newton converges quadratically); where a step was long (thin
  // features), another follows.
  const normals = new Float32Array(positions.length);
  const regions = new Uint8Array(count);
  const regionWeights = new Uint8Array(count * REGION_COUNT);
  const weights = new Float64Array(REGION_COUNT);
  const stencilPlan = new Int32Array(program.length);
  const { planSteps, planStart } = nets;
  const main = program.steps[0]!.kind === 'displace' ? 0 : program.steps[0]!.region;
  const e = GRADIENT_STEP;
  const maxStep = spacing / 2;
  const { mirrorVertex } = nets;
  for (let v = 0; v < count; v++) {
    if (mirrorVertex[v]! >= 0) continue; // copied from its mirror image below
    const plan = nets.vertexPlan[v]!;
    const s0 = planStart[plan]!;
    const s1 = planStart[plan + 1]!;
    let x = positions[3 * v]!;
    let y = positions[3 * v + 1]!;
    let z = positions[3 * v + 2]!;
    let gx = 0;
    let gy = 0;
    let gz = 0;
    let g2 = 0;
    // The stencil is mirrored on the right side (mx = -1), so mirrored vertices see mirrored samples.
    const mx = x > 0 ? -1 : 1;
    const ex = mx * e;
    for (let step = 0; step < MAX_PROJECTION_STEPS; step++) {
      // The block's plan holds every step that matters within centimetres; the four samples lie
      // within a fraction of a millimetre, where fewer do (about a third): the same values, for
      // most of the projection's work.
      const n = program.planWithin(planSteps, s0, s1, x, y, z, STENCIL_RADIUS, stencilPlan);
      const a = program.distanceWith(stencilPlan, 0, n, x + ex, y - e, z - e);
      const bb = program.distanceWith(stencilPlan, 0, n, x - ex, y - e, z + e);
      const c = program.distanceWith(stencilPlan, 0, n, x - ex, y + e, z - e);
      const d = program.distanceWith(stencilPlan, 0, n, x + ex, y + e, z + e);
      gx = mx * (a - bb - c + d);
      gy = -a - bb + c + d;
      gz = -a + bb - c + d;
      g2 = gx * gx + gy * gy + gz * gz;
      if (g2 === 0) break;
      // f(p) ~ mean of the four samples; grad = g / 4e; p -= f grad / |grad|^2, at most half a
      // cell (where the gradient nearly vanishes, in a crease, a full step could jump away).
      let t = ((a + bb + c + d) * e) / g2;
      const length = Math.abs(t) * Math.sqrt(g2);
      if (length > maxStep) t *= maxStep / length;
      x -= t * gx;
      y -= t * gy;
      z -= t * gz;
      if (length < SHORT_STEP) break;
    }
    positions[3 * v] = x;
    positions[3 * v + 1] = y;
    positions[3 * v + 2] = z;
    const gl = Math.sqrt(g2) || 1;
    normals[3 * v] = gx / gl;
    normals[3 * v + 1] = gy / gl;
    normals[3 * v + 2] = gz / gl;
    if (program.mixesRegions(planSteps, s0, s1, main)) {
      regions[v] = program.regionWeights(planSteps, s0, s1, x, y, z, REGION_BAND, weights);
      for (let r = 0; r < REGION_COUNT; r++) regionWeights[v * REGION_COUNT + r] = Math.round(weights[r]! * 255);
    } else {
      regions[v] = main;
      regionWeights[v * REGION_COUNT + main] = 255;
    }
  }
  // The right side of a mirrored body: each vertex the mirror image of its partner on the left.
  for (let v = 0; v < count; v++) {
    const m = mirrorVertex[v]!;
    if (m < 0) continue;
    positions[3 * v] = -positions[3 * m]!;
    positions[3 * v + 1] = positions[3 * m + 1]!;
    positions[3 * v + 2] = positions[3 * m + 2]!;
    normals[3 * v] = -normals[3 * m]!;
    normals[3 * v + 1] = normals[3 * m + 1]!;
    normals[3 * v + 2] = normals[3 * m + 2]!;
    regions[v] = regions[m]!;
    regionWeights.copyWithin(v * REGION_COUNT, m * REGION_COUNT, (m + 1) * REGION_COUNT);
  }
  return { positions, normals, indices: nets.indices, regions, regionWeights };
}

/** The skin and the sarong as one set of arrays (two closed surfaces, regions per vertex). */
export function generateSkin(options: Partial<SkinOptions> = {}): SkinMesh {
  const o = { ...DEFAULT_SKIN_OPTIONS, ...options };
  const skin = meshProgram(SKIN_PROGRAM, o.spacing, o.smoothing);
  const cloth = meshProgram(CLOTH_PROGRAM, o.clothSpacing, o.smoothing);
  const skinCount = skin.positions.length / 3;
  const total = skinCount + cloth.positions.length / 3;
  const positions = new Float32Array(total * 3);
  positions.set(skin.positions);
  positions.set(cloth.positions, skin.positions.length);
  const normals = new Float32Array(total * 3);
  normals.set(skin.normals);
  normals.set(cloth.normals, skin.normals.length);
  const regions = new Uint8Array(total);
  regions.set(skin.regions);
  regions.set(cloth.regions, skinCount);
  const regionWeights = new Uint8Array(total * REGION_COUNT);
  regionWeights.set(skin.regionWeights);
  regionWeights.set(cloth.regionWeights, skin.regionWeights.length);
  const indexCount = skin.indices.length + cloth.indices.length;
  const indices = total <= 0xffff ? new Uint16Array(indexCount) : new Uint32Array(indexCount);
  indices.set(skin.indices);
  for (let i = 0; i < cloth.indices.length; i++) indices[skin.indices.length + i] = cloth.indices[i]! + skinCount;
  return { positions, normals, indices, regions, regionWeights, skinVertexCount: skinCount, skinIndexCount: skin.indices.length };
}

/** FNV-1a over the bytes of every array: a short fingerprint for determinism checks. */
export function hashSkin(mesh: SkinMesh): string {
  let h = 0x811c9dc5;
  for (const array of [mesh.positions, mesh.normals, mesh.indices, mesh.regions, mesh.regionWeights]) {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let i = 0; i < bytes.length; i++) {
      h ^= bytes[i]!;
      h = Math.imul(h, 0x01000193);
    }
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
