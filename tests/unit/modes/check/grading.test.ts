import { describe, expect, test } from 'vitest';
import {
  CLOSE_WITHIN_MM,
  RIGHT_WITHIN_MM,
  STROKE_NEAR_MM,
  gradeOrder,
  gradePlace,
  gradeStroke,
  nearestTrueDistanceMm,
  scoreOutOf100,
} from '../../../../src/modes/check/grading';

type P = readonly [number, number, number];

describe('a tapped place', () => {
  test('is right within 15 mm, close within 30 mm, wrong beyond (the issue\'s thresholds)', () => {
    expect(RIGHT_WITHIN_MM).toBe(15);
    expect(CLOSE_WITHIN_MM).toBe(30);
    expect(gradePlace(0)).toBe('right');
    expect(gradePlace(15)).toBe('right');
    expect(gradePlace(15.1)).toBe('close');
    expect(gradePlace(30)).toBe('close');
    expect(gradePlace(30.1)).toBe('wrong');
  });

  test('is measured to the nearest of the true places (a mirrored point has two)', () => {
    const straightMm = (a: P, b: P) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) * 1000;
    const places: P[] = [[-0.1, 1.4, 0.1], [0.1, 1.4, 0.1]];
    expect(nearestTrueDistanceMm([0.11, 1.4, 0.1], places, straightMm)).toBeCloseTo(10, 6);
    expect(nearestTrueDistanceMm([-0.08, 1.4, 0.1], places, straightMm)).toBeCloseTo(20, 6);
  });

  test('near places are walked along the skin; far ones are measured straight (the walk is for short distances)', () => {
    const calls: number[] = [];
    const alongSkin = (a: P, b: P) => {
      calls.push(1);
      return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) * 1000 * 1.2; // the curve adds a fifth
    };
    expect(nearestTrueDistanceMm([0, 0, 0], [[0.02, 0, 0]], alongSkin)).toBeCloseTo(24, 6);
    expect(calls).toHaveLength(1);
    expect(nearestTrueDistanceMm([0, 0, 0], [[0.3, 0, 0]], alongSkin)).toBeCloseTo(300, 6);
    expect(calls).toHaveLength(1);
  });
});

describe('a drawn stroke', () => {
  // The neck stroke: from the top of the neck (y 1.50) down to its base (y 1.40), on x = 0.
  const neck: P[] = Array.from({ length: 11 }, (_, i) => [0, 1.5 - i * 0.01, 0.05]);
  const drawn = (fromY: number, toY: number, x = 0): P[] => Array.from({ length: 8 }, (_, i) => [x, fromY + ((toY - fromY) * i) / 7, 0.05]);

  test('along the path, the way the pressure goes, is right', () => {
    const grade = gradeStroke(drawn(1.49, 1.41), [neck], true);
    expect(grade.correct).toBe(true);
    expect(grade.rightWay).toBe(true);
    expect(grade.offPathMm).toBeLessThan(1);
    expect(grade.cover).toBeCloseTo(0.8, 1);
  });

  test('the other way round is wrong, and says so', () => {
    const grade = gradeStroke(drawn(1.41, 1.49), [neck], true);
    expect(grade.correct).toBe(false);
    expect(grade.rightWay).toBe(false);
  });

  test('pressure that runs backward along the path turns the right way round', () => {
    expect(gradeStroke(drawn(1.41, 1.49), [neck], false).correct).toBe(true);
  });

  test('the right way but away from the path is wrong', () => {
    const grade = gradeStroke(drawn(1.49, 1.41, 0.05), [neck], true);
    expect(grade.rightWay).toBe(true);
    expect(grade.offPathMm).toBeGreaterThan(STROKE_NEAR_MM);
    expect(grade.correct).toBe(false);
  });

  test('a dab that covers too little of the path is wrong', () => {
    expect(gradeStroke(drawn(1.45, 1.44), [neck], true).correct).toBe(false);
  });

  test('a mirrored stroke is graded against the side it was drawn on', () => {
    const right: P[] = [[0.15, 1.4, 0], [0.05, 1.42, 0]];
    const left: P[] = right.map(([x, y, z]) => [-x, y, z]);
    const onLeft: P[] = [[-0.14, 1.4, 0], [-0.1, 1.41, 0], [-0.06, 1.42, 0]];
    const grade = gradeStroke(onLeft, [right, left], true);
    expect(grade.correct).toBe(true);
    expect(grade.offPathMm).toBeLessThan(5);
  });

  test('a single point or no path cannot be graded right', () => {
    expect(gradeStroke([[0, 1.45, 0.05]], [neck], true).correct).toBe(false);
    expect(gradeStroke(drawn(1.49, 1.41), [], true).correct).toBe(false);
  });
});

describe('an order and a score', () => {
  test('counts the items in place; only all in place is right', () => {
    expect(gradeOrder(['a', 'b', 'c'], ['a', 'b', 'c'])).toEqual({ correct: true, inPlace: 3 });
    expect(gradeOrder(['a', 'c', 'b'], ['a', 'b', 'c'])).toEqual({ correct: false, inPlace: 1 });
  });

  test('scores out of 100, rounded', () => {
    expect(scoreOutOf100(9, 10)).toBe(90);
    expect(scoreOutOf100(2, 3)).toBe(67);
    expect(scoreOutOf100(0, 0)).toBe(0);
  });
});
