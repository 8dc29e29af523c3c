import { describe, expect, test } from 'vitest';
import {
  STEP_IDS,
  TECHNIQUE,
  VIEW_IDS,
  isViewId,
  pointsOf,
  stepById,
  strokesOf,
  type Stroke,
} from '../../../src/technique';

const step = (id: (typeof STEP_IDS)[number]) => stepById(TECHNIQUE, id);
const stroke = (id: string): Stroke => {
  const found = TECHNIQUE.steps.flatMap(strokesOf).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no stroke ${id}`);
  return found;
};

describe('steps and views', () => {
  test('four steps in the order of seed 003, with short slugs for the URL', () => {
    expect(TECHNIQUE.steps.map((s) => s.id)).toEqual(['neck', 'shoulders', 'scapulae', 'back']);
    expect(STEP_IDS).toEqual(['neck', 'shoulders', 'scapulae', 'back']);
    expect(TECHNIQUE.steps.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    for (const id of STEP_IDS) expect(id).toMatch(/^[a-z]+$/);
  });

  test('the views are the setting overview, then the steps', () => {
    expect(VIEW_IDS).toEqual(['setting', ...STEP_IDS]);
    expect(isViewId('setting')).toBe(true);
    expect(isViewId('Neck')).toBe(false);
  });

  test('stepById finds a step and refuses an unknown one', () => {
    expect(step('back').number).toBe(4);
    expect(() => stepById({ ...TECHNIQUE, steps: [] }, 'neck')).toThrow('technique: no step "neck"');
  });

  test.each(STEP_IDS)('%s has strokes, each with a path and 5-6 repetitions', (id) => {
    const strokes = strokesOf(step(id));
    expect(strokes.length).toBeGreaterThan(0);
    for (const s of strokes) {
      expect(s.path).toBeDefined();
      expect(s.repetitions).toEqual({ min: 5, max: 6 });
    }
    expect(strokes.length + pointsOf(step(id)).length).toBe(step(id).actions.length);
  });

  test.each(TECHNIQUE.steps.flatMap(strokesOf).map((s) => [s.id, s] as const))(
    '%s has a pressure and a glide phase, or says why not',
    (_, s) => {
      const kinds = s.phases.map((phase) => phase.kind);
      const both = kinds.includes('pressure') && kinds.includes('glide');
      expect(both || (s.singlePhaseReason !== undefined && s.singlePhaseReason.en.length > 0)).toBe(true);
      const pressure = s.phases.filter((p) => p.kind === 'pressure');
      const glide = s.phases.filter((p) => p.kind === 'glide');
      for (const p of pressure) for (const g of glide) expect(p.pressure).toBeGreaterThan(g.pressure);
    },
  );
});

describe('step 1, neck', () => {
  const neck = stroke('neck-stroke');

  test('the right hand strokes, the left hand supports the head', () => {
    expect(neck.hands).toEqual({ right: { part: 'thumbAndFingers', role: 'strokes' }, left: { part: 'palm', role: 'supports' } });
  });

  test('pressure along the path (top to bottom), then a glide back (bottom to top)', () => {
    expect(neck.phases.map((p) => [p.kind, p.from, p.to])).toEqual([['pressure', 0, 1], ['glide', 1, 0]]);
    expect(neck.path).toMatchObject({ kind: 'line', waypoints: [{ landmark: 'C1' }, { landmark: 'C4' }, { landmark: 'C7' }] });
  });

  test('then the point behind the ear, on both sides', () => {
    expect(step('neck').actions.map((a) => a.id)).toEqual(['neck-stroke', 'mastoid-press']);
    expect(pointsOf(step('neck'))[0]).toMatchObject({ anchor: { landmark: 'R.mastoid' }, mirror: 'together' });
  });
});

describe('step 2, shoulders', () => {
  test('both hands, one on each shoulder, then the hollow above the collarbone, then the C-grip', () => {
    expect(step('shoulders').actions.map((a) => a.id)).toEqual(['shoulder-stroke', 'supraclavicular-press', 'c-grip']);
    const s = stroke('shoulder-stroke');
    expect(s.mirror).toBe('together');
    expect(s.hands.left?.role).toBe('strokes');
    expect(s.hands.right?.role).toBe('strokes');
    const [fossa, grip] = pointsOf(step('shoulders'));
    expect(fossa?.anchor).toEqual({ landmark: 'R.supraclavicularFossa' });
    expect(grip?.hands.right).toEqual({ part: 'cGrip', role: 'grips' });
  });

  test('the path runs from the shoulder tip (outside) in toward the neck, pressure first', () => {
    const s = stroke('shoulder-stroke');
    expect(s.path).toMatchObject({ kind: 'line', waypoints: [{ landmark: 'R.scapula.acromion' }, {}, { landmark: 'C7' }] });
    expect(s.phases[0]).toMatchObject({ kind: 'pressure', from: 0, to: 1 });
  });
});

describe('step 3, shoulder blades', () => {
  test('left: massage then points 3, 6, 8; right: massage then points 9, 6, 4', () => {
    expect(step('scapulae').actions.map((a) => a.id)).toEqual([
      'scapula-l-circles',
      'scapula-l-3',
      'scapula-l-6',
      'scapula-l-8',
      'scapula-r-circles',
      'scapula-r-9',
      'scapula-r-6',
      'scapula-r-4',
    ]);
  });

  test('the circles press on the first half and glide on the second', () => {
    for (const id of ['scapula-l-circles', 'scapula-r-circles']) {
      expect(stroke(id).phases.map((p) => [p.kind, p.from, p.to])).toEqual([['pressure', 0, 0.5], ['glide', 0.5, 1]]);
    }
  });
});

describe('step 4, back', () => {
  test('circles beside the spine with fists, then a heart with the backs of both hands, then "Love" with the backs of the fingers', () => {
    expect(step('back').actions.map((a) => a.id)).toEqual(['back-circles', 'back-heart', 'back-love']);
    expect(stroke('back-circles')).toMatchObject({ mirror: 'together', path: { kind: 'circles' }, hands: { right: { part: 'fist' } } });
    expect(stroke('back-heart')).toMatchObject({ mirror: 'together', path: { kind: 'heart', part: 'rightHalf' }, hands: { left: { part: 'backOfHand' }, right: { part: 'backOfHand' } } });
    expect(stroke('back-love')).toMatchObject({ mirror: 'alternate', path: { kind: 'heart', part: 'whole' }, hands: { left: { part: 'backOfFingers' }, right: { part: 'backOfFingers' } } });
  });

  test('the circles go down with pressure, the tracing stroke comes back along the line', () => {
    expect(stroke('back-circles').phases.map((p) => [p.kind, p.from, p.to, p.route ?? 'path'])).toEqual([
      ['pressure', 0, 1, 'path'],
      ['glide', 1, 0, 'baseline'],
    ]);
  });
});

describe('timing', () => {
  test('every phase and every press has positive seconds', () => {
    for (const action of TECHNIQUE.steps.flatMap((s) => s.actions)) {
      const seconds = action.kind === 'stroke' ? action.phases.map((p) => p.seconds) : Object.values(action.timing);
      for (const value of seconds) expect(value, action.id).toBeGreaterThan(0);
    }
  });
});
