import { describe, expect, test } from 'vitest';
import type { SkinPoint } from '../../../src/anatomy/paths';
import { buildMarkerGeometry, DOT_RADIUS, RING_RADIUS } from '../../../src/scene/lesson/markerGeometry';

const points: SkinPoint[] = [
  { point: [0, 1.2, -0.1], normal: [0, 0, -1] },
  { point: [0.08, 1.25, -0.09], normal: [0.6, 0, -0.8] },
  { point: [-0.05, 1.4, -0.05], normal: [0, 1, 0] },
];

const dot = (a: readonly number[], b: readonly number[]) => a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]!;

describe('point markers', () => {
  test('one geometry holds every marker, each lying on its point and facing out along the normal', () => {
    const markers = buildMarkerGeometry(points);
    const position = markers.geometry.getAttribute('position');
    const index = markers.geometry.getIndex()!;
    expect(index.count / 3).toBe(points.length * markers.trianglesPerMarker);
    // The triangles of marker k come k-th: a hit triangle names its point.
    points.forEach((p, k) => {
      for (let t = k * markers.trianglesPerMarker; t < (k + 1) * markers.trianglesPerMarker; t++) {
        const v = index.getX(t * 3);
        const offset = [position.getX(v) - p.point[0], position.getY(v) - p.point[1], position.getZ(v) - p.point[2]];
        expect(Math.hypot(...offset)).toBeLessThan(RING_RADIUS + 0.005);
        // Above the skin, never below it, and flat against it.
        expect(dot(offset, p.normal)).toBeGreaterThan(0);
        expect(dot(offset, p.normal)).toBeLessThan(0.005);
      }
    });
  });

  test('paint: a lit marker is a red ring round a white face, a dimmed one is all grey', () => {
    const markers = buildMarkerGeometry(points);
    markers.paint([true, false, true]);
    const colour = markers.geometry.getAttribute('color');
    const perMarker = colour.count / points.length;
    const colours = (k: number) => new Set(Array.from({ length: perMarker }, (_, v) => {
      const i = k * perMarker + v;
      return [colour.getX(i), colour.getY(i), colour.getZ(i)].map((c) => c.toFixed(3)).join(',');
    }));
    expect(colours(0).size).toBe(2);
    expect(colours(1).size).toBe(1);
    const [red, white] = [...colours(0)].map((c) => c.split(',').map(Number));
    expect(red![0]! - red![2]!).toBeGreaterThan(0.3);
    expect(Math.min(...white!)).toBeGreaterThan(0.9);
    const grey = [...colours(1)][0]!.split(',').map(Number);
    expect(Math.max(...grey) - Math.min(...grey)).toBeLessThan(0.15);
  });

  test('few triangles: a marker is at most 300, an overview dot at most 50', () => {
    expect(buildMarkerGeometry(points).trianglesPerMarker).toBeLessThanOrEqual(300);
    expect(buildMarkerGeometry(points, 'dot').trianglesPerMarker).toBeLessThanOrEqual(50);
  });

  test('the overview\'s dot: small, flat on its point, a red core in a white rim', () => {
    const dots = buildMarkerGeometry(points, 'dot');
    const position = dots.geometry.getAttribute('position');
    const perMarker = position.count / points.length;
    points.forEach((p, k) => {
      for (let v = k * perMarker; v < (k + 1) * perMarker; v++) {
        const offset = [position.getX(v) - p.point[0], position.getY(v) - p.point[1], position.getZ(v) - p.point[2]];
        expect(Math.hypot(...offset)).toBeLessThan(DOT_RADIUS + 0.003);
        expect(dot(offset, p.normal)).toBeGreaterThan(0);
      }
    });
    expect(DOT_RADIUS).toBeLessThan(RING_RADIUS);
    dots.paint(points.map(() => true));
    const colour = dots.geometry.getAttribute('color');
    const colours = Array.from({ length: perMarker }, (_, v) => [colour.getX(v), colour.getY(v), colour.getZ(v)]);
    const reds = colours.filter(([r, , b]) => r! - b! > 0.3).length;
    const whites = colours.filter((c) => Math.min(...c) > 0.9).length;
    expect(reds).toBeGreaterThan(0);
    expect(whites).toBeGreaterThan(0);
    expect(reds + whites).toBe(perMarker);
  });
});
