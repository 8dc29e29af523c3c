import { beforeAll, describe, expect, test } from 'vitest';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { measurePath, samplePath } from '../../../src/anatomy/polyline';
import { SKIN_SURFACE } from '../../../src/anatomy/skin/skinSurface';
import { distance, mirrorX } from '../../../src/anatomy/vec';
import { checkLaid } from '../../../src/motion/laid/checkLaid';
import { layTechnique, type LaidTechnique } from '../../../src/motion/laid/layTechnique';
import { SCHEDULE } from '../../../src/motion/techniqueSchedule';
import { TECHNIQUE, type Action } from '../../../src/technique';

/** The technique laid on the real skin, as the worker lays it. */
let laid: LaidTechnique;
beforeAll(() => {
  laid = layTechnique(TECHNIQUE, LANDMARKS, SKIN_SURFACE);
});

const actions: Action[] = TECHNIQUE.steps.flatMap((s) => [...s.actions]);

/** Every value is a number, string, boolean, null, plain array or plain object: nothing a worker could not post. */
function plainData(value: unknown, where = 'laid'): string | null {
  if (value === null || ['number', 'string', 'boolean'].includes(typeof value)) return null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const bad = plainData(v, `${where}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const [k, v] of Object.entries(value)) {
      const bad = plainData(v, `${where}.${k}`);
      if (bad) return bad;
    }
    return null;
  }
  return where;
}

describe('the technique laid on the skin once', () => {
  test('one laid action per action, in the schedule order', () => {
    expect(laid.actions.map((a) => a.actionId)).toEqual(actions.map((a) => a.id));
    expect(laid.actions.map((a) => a.actionId)).toEqual(SCHEDULE.actions.map((a) => a.actionId));
  });

  test('every stroke phase has its line on every copy, and the phase table ties each line to its phase', () => {
    const used = new Set<number>();
    laid.actions.forEach((action, ordinal) => {
      const data = actions[ordinal]!;
      if (data.kind !== 'stroke') {
        expect(action.copies, data.id).toEqual([]);
        return;
      }
      expect(action.copies.map((c) => c.mirrored), data.id).toEqual(data.mirror === 'none' ? [false] : [false, true]);
      for (const copy of action.copies) {
        expect(copy.phases, data.id).toHaveLength(data.phases.length);
        copy.phases.forEach((row, phaseIndex) => {
          const phase = laid.phases[row]!;
          expect(used.has(row), `row ${row} used twice`).toBe(false);
          used.add(row);
          expect(phase).toMatchObject({ action: ordinal, actionId: data.id, phaseIndex, kind: data.phases[phaseIndex]!.kind, mirrored: copy.mirrored });
          expect(phase.line.length, `${data.id} phase ${phaseIndex}`).toBeGreaterThanOrEqual(2);
          // A phase on the stroke's own path starts where the path is at the phase's `from`
          // (a glide beside a pressure line starts in its lane, 7 mm off).
          const spec = data.phases[phaseIndex]!;
          if ((spec.route ?? 'path') === 'path') {
            const start = samplePath(measurePath(copy.path), spec.from).point;
            expect(distance(phase.line[0]!.point, start), `${data.id} phase ${phaseIndex}`).toBeLessThan(spec.kind === 'glide' ? 0.008 : 1e-9);
          }
        });
      }
    });
    expect(used.size).toBe(laid.phases.length);
  });

  test('every point has its places: one, or a pair pressed together, and the working hands are on them', () => {
    laid.actions.forEach((action, ordinal) => {
      const data = actions[ordinal]!;
      if (data.kind !== 'press') {
        expect(action.places, data.id).toEqual([]);
        return;
      }
      expect(action.places, data.id).toHaveLength(data.mirror === 'together' ? 2 : 1);
      for (const track of [action.left, action.right]) {
        if (!track || track.role !== 'work' || track.pose === 'cGrip') continue;
        // The hand presses on one of the point's places (the C-grip's thumb sits behind it).
        expect(action.places.some((p) => distance(p.point, track.start.point) < 1e-12), `${data.id} ${track.hand}`).toBe(true);
      }
    });
  });

  test('mirrored copies mirror the written copy in x, on both the drawn lines and the places', () => {
    let mirrored = 0;
    for (const action of laid.actions) {
      if (action.copies.length === 2) {
        const [written, mirror] = action.copies;
        expect(mirror!.path.length, action.actionId).toBe(written!.path.length);
        written!.path.forEach((p, i) => expect(distance(mirrorX(p.point), mirror!.path[i]!.point), action.actionId).toBeLessThan(0.003));
        // Written for her right (+x), mirrored to her left.
        const meanX = (path: readonly { point: readonly number[] }[]) => path.reduce((sum, p) => sum + p.point[0]!, 0) / path.length;
        expect(meanX(written!.path), action.actionId).toBeGreaterThan(meanX(mirror!.path));
        mirrored++;
      }
      if (action.places.length === 2) {
        expect(distance(mirrorX(action.places[0]!.point), action.places[1]!.point), action.actionId).toBeLessThan(0.003);
        mirrored++;
      }
    }
    expect(mirrored).toBeGreaterThan(2);
  });

  test("the hand that takes a copy follows that copy's path", () => {
    for (const action of laid.actions) {
      for (const track of [action.left, action.right]) {
        if (!track || track.motion.kind !== 'path') continue;
        const paths = action.copies.map((c) => c.path.map((p) => p.point));
        expect(paths, action.actionId).toContainEqual(track.motion.path.points);
      }
    }
  });

  test('two dials, twelve ticks each, the quarter hours numbered', () => {
    expect(laid.dials.map((d) => d.side)).toEqual(['L', 'R']);
    for (const dial of laid.dials) {
      expect(dial.ticks).toHaveLength(12);
      expect(dial.numbers.map((n) => n.hour)).toEqual([3, 6, 9, 12]);
      expect(dial.ring.length).toBeGreaterThan(90);
    }
  });

  test('plain data: it survives structuredClone as it is, and passes its own check', () => {
    expect(plainData(laid)).toBeNull();
    const copy = structuredClone(laid);
    expect(copy).toStrictEqual(laid);
    expect(checkLaid(laid, TECHNIQUE)).toBe(true);
    expect(checkLaid(copy, TECHNIQUE)).toBe(true);
  });
});

describe('checking a laid technique read from outside', () => {
  type Damage = (l: { actions: { [k: string]: unknown }[]; phases: { [k: string]: unknown }[]; dials: unknown[]; head: { [k: string]: unknown } }) => void;
  const damaged = (damage: Damage): unknown => {
    const copy = structuredClone(laid) as unknown as Parameters<Damage>[0];
    damage(copy);
    return copy;
  };

  test('refuses anything the overlay or the motion could not read', () => {
    expect(checkLaid(null, TECHNIQUE)).toBe(false);
    expect(checkLaid({}, TECHNIQUE)).toBe(false);
    expect(checkLaid(damaged((l) => l.actions.pop()), TECHNIQUE)).toBe(false);
    expect(checkLaid(damaged((l) => l.phases.pop()), TECHNIQUE)).toBe(false);
    expect(checkLaid(damaged((l) => (l.actions[0]!.actionId = 'elsewhere')), TECHNIQUE)).toBe(false);
    expect(checkLaid(damaged((l) => (l.phases[0]!.phaseIndex = 5)), TECHNIQUE)).toBe(false);
    expect(checkLaid(damaged((l) => ((l.phases[1]!.line as { point: number[] }[])[0]!.point[1] = Number.NaN)), TECHNIQUE)).toBe(false);
    expect(checkLaid(damaged((l) => (l.actions[0]!.right = null)), TECHNIQUE)).toBe(false);
    expect(checkLaid(damaged((l) => ((l.actions[0]!.right as { transit: unknown }).transit = { points: [] })), TECHNIQUE)).toBe(false);
    expect(checkLaid(damaged((l) => l.dials.pop()), TECHNIQUE)).toBe(false);
    expect(checkLaid(damaged((l) => (l.head.up = [0, 1])), TECHNIQUE)).toBe(false);
    // Laid for another technique (a step fewer): laid again.
    expect(checkLaid(laid, { ...TECHNIQUE, steps: TECHNIQUE.steps.slice(1) })).toBe(false);
  });
});
