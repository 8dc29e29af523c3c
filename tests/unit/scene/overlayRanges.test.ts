import { BufferGeometry, Float32BufferAttribute } from 'three';
import { describe, expect, test } from 'vitest';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { SKIN_SURFACE } from '../../../src/anatomy/skin/skinSurface';
import { layTechnique, type LaidTechnique } from '../../../src/motion/laid/layTechnique';
import { buildTechniqueOverlay, linesDrawnIn, overlayLabels, rangesByStep } from '../../../src/scene/lesson/overlayGeometry';
import { TECHNIQUE } from '../../../src/technique';
import { STEP_IDS } from '../../../src/technique/ids';

/** The technique on the real skin, laid once for the tests that need it. */
let laidOnce: LaidTechnique | null = null;
const laid = (): LaidTechnique => (laidOnce ??= layTechnique(TECHNIQUE, LANDMARKS, SKIN_SURFACE));

const part = (stepId: (typeof STEP_IDS)[number], triangles: number) => {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute(new Float32Array(9), 3));
  geometry.setIndex(Array.from({ length: 3 * triangles }, (_, i) => i % 3));
  return { stepId, geometry };
};

describe('which lines each view draws', () => {
  test('steps built one after another get one index run each', () => {
    const ranges = rangesByStep([part('neck', 2), part('neck', 1), part('shoulders', 4), part('back', 1)]);
    expect(Object.fromEntries(ranges)).toEqual({
      neck: { start: 0, count: 9 },
      shoulders: { start: 9, count: 12 },
      back: { start: 21, count: 3 },
    });
    expect(() => rangesByStep([part('neck', 1), part('back', 1), part('neck', 1)])).toThrow(/neck/);
  });

  test('in the real overlay every step draws exactly its own phases, and the overview none (it shows the steps\' regions)', () => {
    const overlay = buildTechniqueOverlay(TECHNIQUE, laid());
    for (const kind of ['pressure', 'glide'] as const) {
      const geometry = overlay[kind];
      const index = geometry.getIndex()!;
      const phaseOf = geometry.getAttribute('drawnPhase');
      expect(linesDrawnIn(overlay, kind, 'setting')).toEqual({ start: 0, count: 0 });
      let covered = 0;
      for (const stepId of STEP_IDS) {
        const range = linesDrawnIn(overlay, kind, stepId);
        covered += range.count;
        const steps = new Set<string>();
        for (let i = range.start; i < range.start + range.count; i++) steps.add(overlay.phases[phaseOf.getX(index.getX(i))]!.stepId);
        // A step with lines of this kind draws them all and nothing else.
        const own = overlay.phases.filter((p) => p.stepId === stepId && p.kind === kind).length;
        expect([...steps]).toEqual(own > 0 ? [stepId] : []);
      }
      expect(covered).toBe(index.count);
    }
  });

  test('every labelled place has a name of its own, and paired places say the side', () => {
    const labels = overlayLabels(buildTechniqueOverlay(TECHNIQUE, laid()));
    for (const language of ['id', 'en'] as const) {
      const names = labels.flatMap((label) => (label.name ? [label.name[language]] : []));
      expect(new Set(names).size).toBe(names.length);
    }
    const mastoid = labels.filter((label) => label.actionId === 'mastoid-press').map((label) => label.name);
    expect(mastoid).toEqual([
      { id: 'Belakang telinga (tulang mastoid), kanan', en: 'Behind the ear (mastoid process), right' },
      { id: 'Belakang telinga (tulang mastoid), kiri', en: 'Behind the ear (mastoid process), left' },
    ]);
  });
});
