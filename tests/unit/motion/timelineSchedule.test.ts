import { describe, expect, test } from 'vitest';
import {
  PREVIOUS_RESTART_SECONDS,
  REPETITION_BOUND,
  SETTLE_SECONDS,
  actionAt,
  actionStart,
  advance,
  buildSchedule,
  nextActionStart,
  nextStepStart,
  previousActionStart,
  previousStepStart,
  segmentAt,
  stepAt,
  stepStart,
  type Segment,
} from '../../../src/motion/schedule';
import { segmentPressure } from '../../../src/motion/sample';
import { TECHNIQUE, type Action, type Stroke } from '../../../src/technique';

const schedule = buildSchedule(TECHNIQUE);
const allActions: Action[] = TECHNIQUE.steps.flatMap((s) => [...s.actions]);
const segmentsOf = (actionId: string): Segment[] => schedule.segments.filter((s) => s.actionId === actionId);
const movement = (actionId: string): Segment[] => segmentsOf(actionId).filter((s) => s.phase.kind !== 'settle');
const strokeById = (id: string): Stroke => {
  const a = allActions.find((x) => x.id === id);
  if (!a || a.kind !== 'stroke') throw new Error(`no stroke ${id}`);
  return a;
};

describe('schedule: time adds up', () => {
  test('segments are contiguous from 0 to the duration, with no gaps or overlaps', () => {
    const segs = schedule.segments;
    expect(segs[0]!.start).toBe(0);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start, `segment ${i}`).toBe(segs[i - 1]!.end);
    expect(segs[segs.length - 1]!.end).toBe(schedule.duration);
    const sum = segs.reduce((acc, s) => acc + s.duration, 0);
    expect(Math.abs(sum - schedule.duration)).toBeLessThan(1e-9);
    for (const s of segs) expect(s.duration).toBeGreaterThan(0);
  });

  test("the duration is the data's seconds times the repetitions, plus one settle per action", () => {
    let expected = 0;
    for (const step of TECHNIQUE.steps) {
      step.actions.forEach((action, i) => {
        expected += i === 0 ? SETTLE_SECONDS.stepIntro : SETTLE_SECONDS.betweenActions;
        if (action.kind === 'press') expected += action.timing.press + action.timing.hold + action.timing.release;
        else {
          const perTurn = action.phases.reduce((acc, p) => acc + p.seconds, 0);
          expected += perTurn * action.repetitions[REPETITION_BOUND] * (action.mirror === 'alternate' ? 2 : 1);
        }
      });
    }
    expect(schedule.duration).toBeCloseTo(expected, 9);
  });

  test('steps and actions are in data order, each spanning its own segments', () => {
    expect(schedule.steps.map((s) => s.stepId)).toEqual(TECHNIQUE.steps.map((s) => s.id));
    expect(schedule.actions.map((a) => a.actionId)).toEqual(allActions.map((a) => a.id));
    for (const step of schedule.steps) {
      const segs = schedule.segments.filter((s) => s.stepId === step.stepId);
      expect(step.start).toBe(segs[0]!.start);
      expect(step.end).toBe(segs[segs.length - 1]!.end);
      expect(stepStart(schedule, step.stepId)).toBe(step.start);
    }
    for (const action of schedule.actions) {
      const segs = segmentsOf(action.actionId);
      expect(segs).toHaveLength(action.segmentCount);
      expect(action.start).toBe(segs[0]!.start);
      expect(action.loopStart).toBe(segs[1]!.start);
      expect(action.end).toBe(segs[segs.length - 1]!.end);
      expect(actionStart(schedule, action.actionId)).toBe(action.start);
    }
  });
});

describe('schedule: phases, repetitions and sides follow the data', () => {
  test('every action starts with one settle segment, and only there', () => {
    for (const action of schedule.actions) {
      const kinds = segmentsOf(action.actionId).map((s) => s.phase.kind);
      expect(kinds[0]).toBe('settle');
      expect(kinds.slice(1)).not.toContain('settle');
    }
  });

  test("every stroke does its phases in data order, with the data's seconds, fractions and pressure", () => {
    for (const action of allActions) {
      if (action.kind !== 'stroke') continue;
      const n = action.repetitions[REPETITION_BOUND];
      const turns = action.mirror === 'alternate' ? ['R', 'L'] : [action.mirror === 'together' ? 'both' : undefined];
      const expected: unknown[] = [];
      for (let repetition = 1; repetition <= n; repetition++) {
        for (const turn of turns) {
          action.phases.forEach((p, index) => expected.push({ repetition, turn, kind: p.kind, index, from: p.from, to: p.to, seconds: p.seconds, pressure: p.pressure, text: p.text.en }));
        }
      }
      const actual = movement(action.id).map((s) => ({
        repetition: s.repetition,
        turn: action.mirror === 'none' ? undefined : s.side,
        kind: s.phase.kind,
        index: s.phase.index,
        from: s.from,
        to: s.to,
        seconds: s.duration,
        pressure: s.pressure,
        text: s.phase.text.en,
      }));
      expect(actual, action.id).toEqual(expected);
    }
  });

  test('the neck stroke shows repetition 1..N in order, N from the data, pressure down then glide up', () => {
    const neck = strokeById('neck-stroke');
    const n = neck.repetitions.min;
    expect(n).toBe(5);
    const segs = movement('neck-stroke');
    expect(segs.map((s) => s.repetition)).toEqual(Array.from({ length: n }, (_, i) => [i + 1, i + 1]).flat());
    expect(segs.every((s) => s.repetitions === n)).toBe(true);
    expect(segs.map((s) => s.phase.kind)).toEqual(Array.from({ length: n }, () => ['pressure', 'glide']).flat());
    // The path runs C1 -> C7 (top to bottom): the pressure phase goes 0 -> 1, the glide back.
    expect(segs.filter((s) => s.phase.kind === 'pressure').every((s) => s.from === 0 && s.to === 1)).toBe(true);
    expect(segs.filter((s) => s.phase.kind === 'glide').every((s) => s.from === 1 && s.to === 0)).toBe(true);
  });

  test("an 'alternate' stroke does the right side then the left in every repetition", () => {
    const love = strokeById('back-love');
    expect(love.mirror).toBe('alternate');
    const sides = movement('back-love').map((s) => `${s.repetition}${s.side}`);
    expect(sides).toEqual(Array.from({ length: love.repetitions.min }, (_, i) => [`${i + 1}R`, `${i + 1}L`]).flat());
    // The hand changes at every turn, so pressure comes off and the hand lifts between turns.
    const segs = movement('back-love');
    expect(segs.slice(1).every((s) => s.handIn)).toBe(true);
    expect(segs.slice(0, -1).every((s) => s.handOut)).toBe(true);
    expect(segs[0]!.handIn).toBe(false);
    expect(segs[segs.length - 1]!.handOut).toBe(false);
  });

  test("sides: 'together' is both, one-sided items their side, the neck stroke the midline", () => {
    const sideOf = (id: string) => new Set(movement(id).map((s) => s.side));
    expect(sideOf('shoulder-stroke')).toEqual(new Set(['both']));
    expect(sideOf('back-circles')).toEqual(new Set(['both']));
    expect(sideOf('mastoid-press')).toEqual(new Set(['both']));
    expect(sideOf('neck-stroke')).toEqual(new Set([null]));
    expect(sideOf('scapula-l-circles')).toEqual(new Set(['L']));
    expect(sideOf('scapula-r-circles')).toEqual(new Set(['R']));
    expect(sideOf('scapula-l-8')).toEqual(new Set(['L']));
    expect(sideOf('scapula-r-4')).toEqual(new Set(['R']));
  });

  test('a press point presses, holds and releases with its own timing', () => {
    for (const action of allActions) {
      if (action.kind !== 'press') continue;
      const segs = movement(action.id);
      expect(segs.map((s) => [s.phase.kind, s.duration, s.repetition, s.repetitions])).toEqual([
        ['press', action.timing.press, 1, 1],
        ['hold', action.timing.hold, 1, 1],
        ['release', action.timing.release, 1, 1],
      ]);
    }
  });
});

describe('schedule: pressure', () => {
  test('is continuous across every segment boundary and stays within 0..1', () => {
    const segs = schedule.segments;
    for (let i = 1; i < segs.length; i++) {
      const a = segs[i - 1]!;
      const b = segs[i]!;
      expect(Math.abs(segmentPressure(a, a.duration) - segmentPressure(b, 0)), `${a.actionId} ${a.phase.kind} -> ${b.phase.kind}`).toBeLessThan(1e-9);
    }
    for (const s of segs) {
      for (let k = 0; k <= 20; k++) {
        const p = segmentPressure(s, (s.duration * k) / 20);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
      }
    }
  });

  test('reaches the phase pressure in pressure phases, stays low in glides, is zero while settling', () => {
    for (const s of schedule.segments) {
      const mid = segmentPressure(s, s.duration / 2);
      if (s.phase.kind === 'settle') expect(segmentPressure(s, s.duration * 0.3)).toBe(0);
      if (s.phase.kind === 'pressure') expect(mid, s.actionId).toBeCloseTo(s.pressure, 12);
      if (s.phase.kind === 'glide') {
        expect(mid, s.actionId).toBeCloseTo(s.pressure, 12);
        expect(mid).toBeLessThan(0.2);
      }
    }
    const neck = movement('neck-stroke');
    expect(segmentPressure(neck[0]!, neck[0]!.duration / 2)).toBeGreaterThan(segmentPressure(neck[1]!, neck[1]!.duration / 2) + 0.3);
  });

  test('a point presses in, holds and releases', () => {
    const [press, hold, release] = movement('mastoid-press');
    const samples = (s: Segment) => Array.from({ length: 11 }, (_, k) => segmentPressure(s, (s.duration * k) / 10));
    const rising = samples(press!);
    expect(rising[0]).toBe(0);
    for (let k = 1; k < rising.length; k++) expect(rising[k]!).toBeGreaterThan(rising[k - 1]!);
    expect(rising[10]).toBeCloseTo(press!.pressure, 12);
    expect(samples(hold!).every((p) => p === hold!.pressure)).toBe(true);
    const falling = samples(release!);
    for (let k = 1; k < falling.length; k++) expect(falling[k]!).toBeLessThan(falling[k - 1]!);
    expect(falling[10]).toBeCloseTo(0, 12);
  });
});

describe('schedule: lookups and navigation', () => {
  test('stepAt, actionAt and segmentAt find what plays at any t, boundaries belonging to what starts there', () => {
    for (const seg of schedule.segments) {
      for (const t of [seg.start, seg.start + seg.duration / 2]) {
        expect(segmentAt(schedule, t)).toBe(seg);
        expect(actionAt(schedule, t).actionId).toBe(seg.actionId);
        expect(stepAt(schedule, t).stepId).toBe(seg.stepId);
      }
    }
    expect(stepAt(schedule, -5).stepId).toBe('neck');
    expect(stepAt(schedule, schedule.duration + 5).stepId).toBe('back');
  });

  test('next/previous action land on action starts', () => {
    const starts = schedule.actions.map((a) => a.start);
    schedule.actions.forEach((action, i) => {
      const following = starts[i + 1] ?? schedule.duration;
      expect(nextActionStart(schedule, action.start)).toBe(following);
      expect(nextActionStart(schedule, (action.start + action.end) / 2)).toBe(following);
      // Well into an action, "previous" restarts it; right at its start, it goes to the one before.
      expect(previousActionStart(schedule, action.start + PREVIOUS_RESTART_SECONDS + 0.5)).toBe(action.start);
      expect(previousActionStart(schedule, action.start)).toBe(starts[i - 1] ?? 0);
      expect(previousActionStart(schedule, action.start + PREVIOUS_RESTART_SECONDS / 2)).toBe(starts[i - 1] ?? 0);
    });
    // Stepping forward from 0 visits every action start in order.
    const visited = [0];
    let t = 0;
    while (t < schedule.duration) visited.push((t = nextActionStart(schedule, t)));
    expect(visited).toEqual([...starts, schedule.duration]);
  });

  test('next/previous step land on step starts', () => {
    const starts = schedule.steps.map((s) => s.start);
    expect(starts[0]).toBe(0);
    schedule.steps.forEach((step, i) => {
      expect(nextStepStart(schedule, step.start + 0.1)).toBe(starts[i + 1] ?? schedule.duration);
      expect(previousStepStart(schedule, step.end - 0.1)).toBe(step.start);
      expect(previousStepStart(schedule, step.start)).toBe(starts[i - 1] ?? 0);
    });
  });
});

describe('advance', () => {
  test('moves by dt x speed and stops at the end', () => {
    expect(advance(10, 0.5, 2, schedule, false)).toBe(11);
    expect(advance(schedule.duration - 0.1, 1, 1, schedule, false)).toBe(schedule.duration);
    expect(advance(10, -1, 1, schedule, false)).toBe(10);
    expect(advance(10, Number.NaN, 1, schedule, false)).toBe(10);
  });

  test('with loopAction, t stays inside the current action and wraps to where its movement starts', () => {
    for (const action of schedule.actions) {
      let t = action.start + 0.01;
      let wrapped = 0;
      for (let i = 0; i < 600; i++) {
        const next = advance(t, 0.05 + (i % 7) * 0.013, 1 + (i % 3) * 0.5, schedule, true);
        if (next < t) {
          wrapped++;
          expect(next).toBeGreaterThanOrEqual(action.loopStart);
        }
        t = next;
        expect(t, action.actionId).toBeGreaterThanOrEqual(action.start);
        expect(t, action.actionId).toBeLessThan(action.end);
      }
      expect(wrapped, action.actionId).toBeGreaterThan(0);
    }
  });

  test('without loopAction, playing runs through every action to the end', () => {
    let t = 0;
    const seen = new Set<string>();
    while (t < schedule.duration) {
      seen.add(actionAt(schedule, t).actionId);
      t = advance(t, 1 / 30, 1.75, schedule, false);
    }
    expect(t).toBe(schedule.duration);
    expect(seen.size).toBe(schedule.actions.length);
  });
});
