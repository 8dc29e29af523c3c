/**
 * Grading, pure: a place by its distance along the skin, a drawn stroke by its direction and how
 * near it stays to the path, an order by its places. Distances in millimetres, points in metres.
 */
type Point = readonly [number, number, number];

/** Within this along the skin, a tapped place is right (issue 13: 15 mm). */
export const RIGHT_WITHIN_MM = 15;
/** Within this it is close: not counted right, but said so. */
export const CLOSE_WITHIN_MM = 30;

export type PlaceGrade = 'right' | 'close' | 'wrong';

export function gradePlace(distanceMm: number): PlaceGrade {
  if (distanceMm <= RIGHT_WITHIN_MM) return 'right';
  if (distanceMm <= CLOSE_WITHIN_MM) return 'close';
  return 'wrong';
}

const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * The nearest of the true places to a tapped point, measured along the skin by `alongSkin` (mm)
 * for the few nearest in a straight line; the walk along the skin is only for short distances,
 * so a tap far away is measured in a straight line (it is wrong either way).
 */
export function nearestTrueDistanceMm(tap: Point, places: readonly Point[], alongSkin: (a: Point, b: Point) => number): number {
  let best = Infinity;
  for (const place of places) {
    const straightMm = dist(tap, place) * 1000;
    const mm = straightMm < CLOSE_WITHIN_MM * 3 ? alongSkin(tap, place) : straightMm;
    best = Math.min(best, mm);
  }
  return best;
}

/** A drawn stroke counts when it stays this near the path on average (mm)... */
export const STROKE_NEAR_MM = 25;
/** ...and runs at least this share of the path's length, the right way. */
export const STROKE_MIN_COVER = 0.4;

export interface StrokeGrade {
  readonly correct: boolean;
  /** Went the way the pressure goes. */
  readonly rightWay: boolean;
  /** Mean distance from the path, mm. */
  readonly offPathMm: number;
  /** How much of the path it ran along, signed: + the pressure's way, − against it (−1..1). */
  readonly cover: number;
}

interface OnLine {
  /** Fraction of the line's length, 0 at its start. */
  readonly at: number;
  readonly distance: number;
}

/** The point of a polyline nearest to `p`, as a fraction of its length. */
function nearestOnLine(p: Point, line: readonly Point[], cumulative: readonly number[]): OnLine {
  const total = cumulative[cumulative.length - 1] || 1;
  let best: OnLine = { at: 0, distance: dist(p, line[0]!) };
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const ab = [b[0] - a[0], b[1] - a[1], b[2] - a[2]] as const;
    const lengthSq = ab[0] ** 2 + ab[1] ** 2 + ab[2] ** 2;
    const t = lengthSq === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * ab[0] + (p[1] - a[1]) * ab[1] + (p[2] - a[2]) * ab[2]) / lengthSq));
    const q: Point = [a[0] + ab[0] * t, a[1] + ab[1] * t, a[2] + ab[2] * t];
    const d = dist(p, q);
    if (d < best.distance) best = { at: (cumulative[i - 1]! + t * (cumulative[i]! - cumulative[i - 1]!)) / total, distance: d };
  }
  return best;
}

function cumulativeLengths(line: readonly Point[]): number[] {
  const out = [0];
  for (let i = 1; i < line.length; i++) out.push(out[i - 1]! + dist(line[i - 1]!, line[i]!));
  return out;
}

function gradeAgainstLine(drawn: readonly Point[], line: readonly Point[], forward: boolean): StrokeGrade {
  const cumulative = cumulativeLengths(line);
  const along = drawn.map((p) => nearestOnLine(p, line, cumulative));
  const offPathMm = (along.reduce((sum, o) => sum + o.distance, 0) / along.length) * 1000;
  const run = along[along.length - 1]!.at - along[0]!.at;
  const cover = forward ? run : -run;
  const rightWay = cover > 0;
  return { correct: rightWay && cover >= STROKE_MIN_COVER && offPathMm <= STROKE_NEAR_MM, rightWay, offPathMm, cover };
}

/**
 * A stroke drawn on the skin (points in the order drawn) against the path's lines (a mirrored
 * stroke has two; the one it was drawn along counts), for pressure that runs `forward` along them.
 */
export function gradeStroke(drawn: readonly Point[], lines: readonly (readonly Point[])[], forward: boolean): StrokeGrade {
  if (drawn.length < 2 || lines.length === 0) return { correct: false, rightWay: false, offPathMm: Infinity, cover: 0 };
  return lines
    .filter((line) => line.length >= 2)
    .map((line) => gradeAgainstLine(drawn, line, forward))
    .reduce((best, grade) => (grade.offPathMm < best.offPathMm ? grade : best));
}

/** How many items stand in their place, and whether all do. */
export function gradeOrder(given: readonly string[], right: readonly string[]): { correct: boolean; inPlace: number } {
  const inPlace = given.filter((id, i) => right[i] === id).length;
  return { correct: inPlace === right.length && given.length === right.length, inPlace };
}

/** A test's score out of 100, rounded. */
export function scoreOutOf100(correct: number, total: number): number {
  return total === 0 ? 0 : Math.round((correct / total) * 100);
}
