import { describe, expect, test } from 'vitest';
import { makePlan, MAX_MINUTES, MIN_MINUTES, planSegmentAt, roundsFor, TARGET_TEMPO } from '../../../../src/modes/coach/plan';
import { SCHEDULE } from '../../../../src/motion/techniqueSchedule';
import { TECHNIQUE } from '../../../../src/technique';

const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6);

describe('the pacing plan', () => {
  test.each([5, 10, 15, 20])('%i minutes: the segments run end to end and add up to the minutes chosen', (minutes) => {
    const plan = makePlan(SCHEDULE, minutes);
    expect(plan.duration).toBe(minutes * 60);
    let t = 0;
    for (const segment of plan.segments) {
      close(segment.start, t);
      expect(segment.duration).toBeGreaterThan(0);
      close(segment.end, segment.start + segment.duration);
      t = segment.end;
    }
    close(t, minutes * 60);
    close(plan.actions.reduce((sum, a) => sum + (a.end - a.start), 0), minutes * 60);
  });

  test('each step gets the same share of the session as of the lesson', () => {
    const plan = makePlan(SCHEDULE, 15);
    expect(plan.steps.map((s) => s.stepId)).toEqual(TECHNIQUE.steps.map((s) => s.id));
    SCHEDULE.steps.forEach((lesson, i) => {
      const step = plan.steps[i]!;
      close((step.end - step.start) / plan.duration, (lesson.end - lesson.start) / SCHEDULE.duration);
    });
  });

  test('15 minutes: every movement twice its data count, each round the lesson’s phases in order', () => {
    const plan = makePlan(SCHEDULE, 15);
    expect(roundsFor(plan.factor)).toBe(2);
    expect(plan.actions.map((a) => a.actionId)).toEqual(TECHNIQUE.steps.flatMap((s) => s.actions.map((a) => a.id)));
    for (const action of plan.actions) {
      const lesson = SCHEDULE.actions[action.ordinal]!;
      const lessonPhases = SCHEDULE.segments.slice(lesson.firstSegment + 1, lesson.firstSegment + lesson.segmentCount);
      const own = plan.segments.slice(action.firstSegment, action.firstSegment + action.segmentCount);
      expect(own[0]!.kind).toBe('settle');
      expect(action.rounds).toBe(2);
      const body = own.slice(1);
      expect(body.length).toBe(lessonPhases.length * 2);
      body.forEach((segment, i) => {
        const source = lessonPhases[i % lessonPhases.length]!;
        expect(segment.kind).toBe(source.phase.kind);
        expect(segment.count).toBe(source.repetition);
        expect(segment.round).toBe(1 + Math.floor(i / lessonPhases.length));
        close(segment.duration, source.duration * action.tempo);
      });
      // The count of a round is the data's: 5 for a stroke (seed 003: 5-6 times, the lower bound), 1 for a point.
      const stroke = TECHNIQUE.steps.flatMap((s) => s.actions).find((a) => a.id === action.actionId)!;
      expect(action.counts).toBe(stroke.kind === 'stroke' ? stroke.repetitions.min : 1);
      expect(Math.max(...body.map((s) => s.count))).toBe(action.counts);
    }
  });

  test('the tempo stays near the target and within what the 3D view can play (speed 0.25..1)', () => {
    for (let minutes = MIN_MINUTES; minutes <= MAX_MINUTES; minutes++) {
      const plan = makePlan(SCHEDULE, minutes);
      const { tempo } = plan.actions[0]!;
      expect(tempo).toBeGreaterThanOrEqual(1);
      expect(1 / tempo).toBeGreaterThanOrEqual(0.25);
      if (plan.actions[0]!.rounds > 1) expect(Math.abs(tempo - TARGET_TEMPO)).toBeLessThan(TARGET_TEMPO / 2);
    }
  });

  test('minutes outside 5..20 are brought inside; the segment at a time is found', () => {
    expect(makePlan(SCHEDULE, 1).duration).toBe(300);
    expect(makePlan(SCHEDULE, 90).duration).toBe(1200);
    expect(makePlan(SCHEDULE, Number.NaN).duration).toBe(900);
    const plan = makePlan(SCHEDULE, 15);
    const third = plan.segments[3]!;
    expect(planSegmentAt(plan, third.start)).toBe(3);
    expect(planSegmentAt(plan, third.end - 0.01)).toBe(3);
    expect(planSegmentAt(plan, plan.duration)).toBe(plan.segments.length - 1);
  });
});
