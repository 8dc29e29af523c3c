import { describe, expect, test } from 'vitest';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { baselineOf, resolveAnchor, resolvePath, type SkinPoint } from '../../../src/anatomy/paths';
import { TECHNIQUE, pointsOf, strokesOf, type Stroke } from '../../../src/technique';
import { cylinder } from './analyticSurfaces';

/** A vertical cylinder round the torso: keeps every height, so up/down and in/out are easy to read. */
const AXIS_Z = -0.2;
const RADIUS = 0.15;
const TORSO = cylinder([0, 0, AXIS_Z], RADIUS);

const strokes = TECHNIQUE.steps.flatMap(strokesOf);
const stroke = (id: string): Stroke => strokes.find((s) => s.id === id)!;
const path = (s: Stroke, mirror = false) => resolvePath(s.path, LANDMARKS, TORSO, { mirror });
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
/** The part of a path between two fractions of it. */
const part = (points: readonly SkinPoint[], from: number, to: number) =>
  points.slice(Math.round(from * (points.length - 1)), Math.round(to * (points.length - 1)) + 1);

function expectOnTorso(points: readonly SkinPoint[]) {
  for (const { point } of points) expect(Math.hypot(point[0], point[2] - AXIS_Z)).toBeCloseTo(RADIUS, 9);
}

describe('every stroke and point resolves onto the skin', () => {
  test.each(strokes.map((s) => [s.id, s] as const))('%s', (_, s) => {
    const copies = s.mirror === 'none' ? [path(s)] : [path(s), path(s, true)];
    for (const points of copies) {
      expect(points.length).toBeGreaterThan(10);
      expectOnTorso(points);
    }
  });

  test('every press point', () => {
    for (const point of TECHNIQUE.steps.flatMap(pointsOf)) expectOnTorso([resolveAnchor(point.anchor, LANDMARKS, TORSO)]);
  });
});

describe('directions on the body', () => {
  test('neck: the pressure phase runs from top to bottom', () => {
    const points = path(stroke('neck-stroke'));
    expect(points[0]!.point[1]).toBeGreaterThan(points.at(-1)!.point[1] + 0.05);
  });

  test('shoulders: the pressure phase runs from outside in toward the neck, on both sides', () => {
    for (const mirror of [false, true]) {
      const points = path(stroke('shoulder-stroke'), mirror);
      expect(Math.abs(points[0]!.point[0])).toBeGreaterThan(Math.abs(points.at(-1)!.point[0]) + 0.08);
    }
  });

  test('scapulae: the pressure half of each circle is the outer half', () => {
    for (const id of ['scapula-l-circles', 'scapula-r-circles']) {
      const s = stroke(id);
      const points = path(s);
      const [pressure, glide] = s.phases.map((p) => part(points, Math.min(p.from, p.to), Math.max(p.from, p.to)));
      expect(mean(pressure!.map((p) => Math.abs(p.point[0])))).toBeGreaterThan(mean(glide!.map((p) => Math.abs(p.point[0]))));
    }
  });

  test('back: circles go down beside the spine, not on it, and the return follows the line', () => {
    const s = stroke('back-circles');
    const points = path(s);
    expect(points[0]!.point[1]).toBeGreaterThan(points.at(-1)!.point[1] + 0.1);
    for (const { point } of points) expect(point[0]).toBeGreaterThan(0.01);
    if (s.path.kind !== 'circles') throw new Error('back-circles should be a circles path');
    const line = resolvePath(baselineOf(s.path), LANDMARKS, TORSO);
    for (const { point } of line) expect(point[0]).toBeCloseTo(0.025, 2);
  });

  test('back: the two halves of the heart meet at the top and at the bottom', () => {
    const right = path(stroke('back-heart'));
    const left = path(stroke('back-heart'), true);
    expect(Math.abs(right[0]!.point[0] - left[0]!.point[0])).toBeLessThan(1e-6);
    expect(Math.abs(right.at(-1)!.point[0] - left.at(-1)!.point[0])).toBeLessThan(1e-6);
  });

  test('back: the "Love" hearts lie one on each side of the spine', () => {
    expect(Math.min(...path(stroke('back-love')).map((p) => p.point[0]))).toBeGreaterThan(0);
    expect(Math.max(...path(stroke('back-love'), true).map((p) => p.point[0]))).toBeLessThan(0);
  });
});
