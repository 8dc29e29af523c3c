import { BufferAttribute, BufferGeometry } from 'three';
import { describe, expect, test } from 'vitest';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import type { SkinPoint } from '../../../src/anatomy/paths';
import { SKIN_SURFACE } from '../../../src/anatomy/skin/skinSurface';
import type { Vec3 } from '../../../src/anatomy/vec';
import { layTechnique, type LaidTechnique } from '../../../src/motion/laid/layTechnique';
import { buildRegionPatches } from '../../../src/scene/lesson/regionPatches';
import {
  EDGE_MARGIN,
  LABEL_CLEARANCE,
  REGION_SHAPE,
  regionAnchors,
  regionField,
  regionLabels,
  regionSeeds,
  SEED_SPACING,
  type RegionSeeds,
} from '../../../src/scene/lesson/stepRegions';
import { TECHNIQUE } from '../../../src/technique';
import { STEP_IDS, type StepId } from '../../../src/technique/ids';

/** The technique on the real skin, laid once for the tests that need it. */
let laidOnce: LaidTechnique | null = null;
const laid = (): LaidTechnique => (laidOnce ??= layTechnique(TECHNIQUE, LANDMARKS, SKIN_SURFACE));

const at = (point: Vec3): SkinPoint => ({ point, normal: [0, 0, 1] });
const onlySeeds = (seeds: Partial<Record<StepId, SkinPoint[]>>): RegionSeeds => ({ neck: [], shoulders: [], scapulae: [], back: [], ...seeds });
const stepOf = (index: number) => STEP_IDS[index];
const { reach, gap } = REGION_SHAPE;

describe('the field of the patches', () => {
  test('a patch reaches `reach` from its places: inside, on the edge, outside, and nothing far away', () => {
    const seeds = onlySeeds({ neck: [at([0, 0, 0])] });
    const xs = [0, reach / 2, reach, reach + EDGE_MARGIN / 2, 0.2];
    const field = regionField(xs.flatMap((x) => [x, 0, 0]), seeds);
    expect(Array.from(field.step).map(stepOf)).toEqual(['neck', 'neck', 'neck', 'neck', undefined]);
    expect(field.edge[0]).toBeCloseTo(reach, 6);
    expect(field.edge[1]).toBeCloseTo(reach / 2, 6);
    expect(field.edge[2]).toBeCloseTo(0, 6);
    expect(field.edge[3]).toBeCloseTo(-EDGE_MARGIN / 2, 6);
    expect(field.edge[4]).toBeCloseTo(-EDGE_MARGIN, 6);
  });

  test('where two patches reach, the one first in precedence keeps the skin, and the other keeps a gap from it', () => {
    // The shoulder blade at x = 0, the back's line at x = 0.04: their reaches overlap.
    const seeds = onlySeeds({ scapulae: [at([0, 0, 0])], back: [at([0.04, 0, 0])] });
    const xs = [0.01, 0.025, reach + gap / 2, reach + gap + 0.002, 0.05];
    const field = regionField(xs.flatMap((x) => [x, 0, 0]), seeds);
    const inPatch = xs.map((_, i) => (field.edge[i]! > 0 ? stepOf(field.step[i]!) : null));
    expect(inPatch).toEqual(['scapulae', 'scapulae', null, 'back', 'back']);
    // The back's patch begins `gap` beyond the shoulder blade's edge.
    expect(field.edge[3]).toBeCloseTo(0.002, 6);
    // Precedence turned round, the back wins where both reach.
    const turned = regionField([0.025, 0, 0], seeds, undefined, REGION_SHAPE, ['back', 'scapulae', 'neck', 'shoulders']);
    expect(stepOf(turned.step[0]!)).toBe('back');
  });

  test('a vertex that may not be tinted (hair, cloth) lies outside every patch, so patches end before it', () => {
    const field = regionField([0, 0, 0, 0.01, 0, 0], onlySeeds({ back: [at([0, 0, 0])] }), (v) => v !== 1);
    expect(field.edge[0]).toBeGreaterThan(0);
    expect(field.edge[1]).toBeLessThan(0);
  });

  test('seeds keep every laid line: each of its points lies within the seed spacing of a seed of its step', () => {
    const seeds = regionSeeds(laid());
    for (const phase of laid().phases) {
      for (const p of phase.line) {
        const nearest = Math.min(...seeds[phase.stepId].map((s) => Math.hypot(s.point[0] - p.point[0], s.point[1] - p.point[1], s.point[2] - p.point[2])));
        expect(nearest).toBeLessThanOrEqual(SEED_SPACING + 1e-9);
      }
    }
    // Thinned: far fewer seeds than laid points.
    expect(STEP_IDS.reduce((n, id) => n + seeds[id].length, 0)).toBeLessThan(laid().phases.reduce((n, p) => n + p.line.length, 0) / 2);
  });

  test('on the real technique: every pressure point and every line of the neck, shoulders and shoulder blades lies inside its own step\'s patch', () => {
    const seeds = regionSeeds(laid());
    const places = laid().actions.flatMap((a) => a.places.map((p) => ({ stepId: a.stepId, point: p.point })));
    const lines = laid().phases.filter((p) => p.stepId !== 'back').flatMap((p) => p.line.map((q) => ({ stepId: p.stepId, point: q.point })));
    const all = [...places, ...lines];
    const field = regionField(all.flatMap((p) => p.point), seeds);
    all.forEach((p, i) => {
      expect(stepOf(field.step[i]!), `${p.stepId} at ${p.point.map((x) => x.toFixed(3))}`).toBe(p.stepId);
      expect(field.edge[i]!, `${p.stepId} at ${p.point.map((x) => x.toFixed(3))}`).toBeGreaterThan(0);
    });
    // The back's strokes sweep round the shoulder blades: the back keeps its line down the spine,
    // below the neck's patch.
    const others = STEP_IDS.filter((id) => id !== 'back').flatMap((id) => seeds[id]);
    const clearOfOthers = (p: SkinPoint) => others.every((q) => Math.hypot(p.point[0] - q.point[0], p.point[1] - q.point[1], p.point[2] - q.point[2]) > reach + gap);
    const spine = laid().phases.filter((p) => p.stepId === 'back').flatMap((p) => p.line).filter((p) => Math.abs(p.point[0]) < 0.02 && clearOfOthers(p));
    expect(spine.length).toBeGreaterThan(10);
    const field2 = regionField(spine.flatMap((p) => p.point), seeds);
    spine.forEach((_, i) => expect(stepOf(field2.step[i]!)).toBe('back'));
  });
});

describe('the patches as a mesh', () => {
  test('only the triangles near a patch, lifted off the skin, each vertex with its step and its distance inside the edge', () => {
    // A flat sheet of skin facing +z, 1 cm squares, 20 cm across.
    const n = 21;
    const position: number[] = [];
    const normal: number[] = [];
    for (let j = 0; j < n; j++)
      for (let i = 0; i < n; i++) {
        position.push(-0.1 + i * 0.01, -0.1 + j * 0.01, 0);
        normal.push(0, 0, 1);
      }
    const index: number[] = [];
    for (let j = 0; j < n - 1; j++)
      for (let i = 0; i < n - 1; i++) {
        const v = j * n + i;
        index.push(v, v + 1, v + n, v + 1, v + n + 1, v + n);
      }
    const skin = new BufferGeometry();
    skin.setAttribute('position', new BufferAttribute(new Float32Array(position), 3));
    skin.setAttribute('normal', new BufferAttribute(new Float32Array(normal), 3));
    skin.setIndex(index);
    const { geometry, stepOfVertex } = buildRegionPatches(skin, onlySeeds({ neck: [at([-0.05, 0, 0])], back: [at([0.05, 0, 0])] }));
    const triangles = geometry.getIndex()!.count / 3;
    expect(triangles).toBeGreaterThan(0);
    expect(triangles).toBeLessThan(index.length / 3);
    const p = geometry.getAttribute('position');
    const tint = geometry.getAttribute('patchTint');
    for (let v = 0; v < p.count; v++) {
      expect(p.getZ(v)).toBeGreaterThan(0); // lifted along the normal
      expect(p.getZ(v)).toBeLessThan(0.002);
      // Half way between (x = 0) neither reaches: the neck, first in precedence, lends its colour.
      const neck = p.getX(v) < 0.005;
      expect(STEP_IDS[stepOfVertex[v]!]).toBe(neck ? 'neck' : 'back');
      const d = Math.hypot(p.getX(v) - (neck ? -0.05 : 0.05), p.getY(v));
      expect(tint.getW(v)).toBeCloseTo(Math.max(reach - d, -EDGE_MARGIN), 4);
    }
  });
});

describe('the numbers on the patches', () => {
  const seeds = () => regionSeeds(laid());
  const points = () => laid().actions.flatMap((a) => a.places.map((p) => p.point));
  const anchors = () => regionAnchors(seeds(), regionSeeds(laid(), { lines: true }), points());

  test('the neck and the back have one number on the spine; the shoulders and the shoulder blades one on each side, mirrored', () => {
    const found = anchors();
    expect(found.map((a) => `${a.stepId} ${a.side}`)).toEqual(['neck both', 'shoulders right', 'shoulders left', 'scapulae right', 'scapulae left', 'back both']);
    for (const a of found.filter((x) => x.side === 'both')) expect(Math.abs(a.at.point[0])).toBeLessThan(0.03);
    for (const stepId of ['shoulders', 'scapulae'] as const) {
      const [right, left] = found.filter((a) => a.stepId === stepId);
      expect(right!.at.point[0]).toBeGreaterThan(0.03);
      expect(left!.at.point[0]).toBeLessThan(-0.03);
      // Mirror images, within a seed spacing or two.
      expect(Math.abs(right!.at.point[0] + left!.at.point[0])).toBeLessThan(2 * SEED_SPACING);
      expect(Math.abs(right!.at.point[1] - left!.at.point[1])).toBeLessThan(2 * SEED_SPACING);
    }
  });

  test('each number stands inside its own patch and keeps clear of every pressure point', () => {
    const found = anchors();
    const field = regionField(found.flatMap((a) => a.at.point), seeds());
    found.forEach((a, i) => {
      expect(stepOf(field.step[i]!)).toBe(a.stepId);
      expect(field.edge[i]).toBeGreaterThan(0.005);
      for (const q of points()) {
        expect(Math.hypot(a.at.point[0] - q[0], a.at.point[1] - q[1], a.at.point[2] - q[2])).toBeGreaterThanOrEqual(LABEL_CLEARANCE);
      }
    });
  });

  test('labels: the step number on each patch; one named per step (in the tab order), its twin only for the eye', () => {
    const labels = regionLabels(anchors(), TECHNIQUE);
    expect(labels.map((l) => l.text)).toEqual(['1', '2', '2', '3', '3', '4']);
    expect(labels.every((l) => l.kind === 'region' && l.actionId === null)).toBe(true);
    expect(new Set(labels.map((l) => l.key)).size).toBe(labels.length);
    const named = labels.filter((l) => l.name !== null);
    expect(named.map((l) => l.stepId)).toEqual([...STEP_IDS]);
    expect(named.map((l) => l.name?.id)).toEqual(TECHNIQUE.steps.map((s) => s.title.id));
  });
});
