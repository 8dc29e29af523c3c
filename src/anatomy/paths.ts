/**
 * Where a massage stroke runs on the body: path specifications anchored to named landmarks, and
 * the pure maths that turns them into dense polylines lying on the skin.
 *
 * Frame (`shared/design.md`): metres, y up, the mother faces -z, the giver stands behind at +z.
 * Planar shapes (circles, hearts) are drawn in the skin's tangent plane as the giver sees them
 * from behind: `across` toward +x (the giver's right), `along` toward the head, 12 o'clock up.
 *
 * The skin itself is injected (`SkinSurface`), so this file needs no mesh and no three.js.
 */
import { clockPoint } from './clockFace';
import type { LandmarkId, Side } from './landmarkIds';
import type { Landmarks } from './landmarks';
import { cumulativeLengths } from './polyline';
import { add, cross, dot, length, lerp, normalize, scale, sub, type Vec3 } from './vec';

export type ClockHour = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;
/** Turning sense as seen by the giver from behind: 'cw' goes 12 -> 3 -> 6. */
export type Turn = 'cw' | 'ccw';

/** A landmark's skin point, optionally shifted in its tangent plane. */
export interface LandmarkAnchor {
  readonly landmark: LandmarkId;
  /** Metres toward +x (the mother's right), in the skin's tangent plane. */
  readonly across?: number;
  /** Metres toward the head, in the skin's tangent plane. */
  readonly along?: number;
}

/** An hour on a shoulder blade's clock dial (see `clockFace.ts`). */
export interface ClockAnchor {
  readonly clock: { readonly side: Side; readonly hour: ClockHour };
}

export type Anchor = LandmarkAnchor | ClockAnchor;

/** Straight segments (over the skin) through the waypoints, in order. */
export interface LinePath {
  readonly kind: 'line';
  readonly waypoints: readonly Anchor[];
}

/** Small circles travelling along the line through the waypoints. Each circle starts at 12 o'clock. */
export interface CirclesPath {
  readonly kind: 'circles';
  readonly waypoints: readonly Anchor[];
  readonly radius: number;
  /** Whole circles over the full length of the line. */
  readonly loops: number;
  readonly turn: Turn;
}

/** One circle around a centre, starting at a clock hour. */
export interface CirclePath {
  readonly kind: 'circle';
  readonly centre: Anchor;
  readonly radius: number;
  readonly startHour: ClockHour;
  readonly turn: Turn;
}

/**
 * A heart outline (two lobes on top, point at the bottom), centred on the middle of its bounding box.
 * It starts at the notch between the lobes and goes over the right (+x) lobe first.
 * 'rightHalf' stops at the bottom point: the half one hand draws while the other mirrors it.
 */
export interface HeartPath {
  readonly kind: 'heart';
  readonly centre: Anchor;
  readonly width: number;
  readonly height: number;
  readonly part: 'whole' | 'rightHalf';
}

export type PathSpec = LinePath | CirclesPath | CirclePath | HeartPath;

/** A point on the skin with the skin's outward unit normal. */
export interface SkinPoint {
  readonly point: Vec3;
  readonly normal: Vec3;
}

/** The skin, as something that can find its closest point to any point in space. */
export interface SkinSurface {
  project(p: Vec3): SkinPoint;
  /** Signed distance from the skin (metres, negative inside), where the surface has one: keeps hands out. */
  readonly distance?: (p: Vec3) => number;
}

export interface ResolvePathOptions {
  /** Distance between consecutive output points, metres. */
  readonly spacing?: number;
  /** Produce the copy on the mother's other side: landmarks L <-> R, x negated. */
  readonly mirror?: boolean;
}

export const DEFAULT_PATH_SPACING = 0.004;

const X_AXIS: Vec3 = [1, 0, 0];
const Y_AXIS: Vec3 = [0, 1, 0];

/** Unit `across` (+x projected) and `along` (headward) vectors in the plane normal to `normal`. */
export function tangentFrame(normal: Vec3): { across: Vec3; along: Vec3 } {
  const n = normalize(normal);
  const projectedX = sub(X_AXIS, scale(n, dot(X_AXIS, n)));
  // Where the skin faces sideways (+-x), fall back to the direction perpendicular to y.
  const across = length(projectedX) > 1e-6 ? normalize(projectedX) : normalize(cross(Y_AXIS, n));
  // n x across equals +y projected and orthogonalised wherever +y is not along the normal.
  return { across, along: cross(n, across) };
}

export function mirrorClockHour(hour: ClockHour): ClockHour {
  return hour === 12 ? 12 : ((12 - hour) as ClockHour);
}

function mirrorLandmarkId(id: LandmarkId): LandmarkId {
  if (id.startsWith('L.')) return `R.${id.slice(2)}` as LandmarkId;
  if (id.startsWith('R.')) return `L.${id.slice(2)}` as LandmarkId;
  return id;
}

/** The same anchor on the mother's other side. */
export function mirrorAnchor(anchor: Anchor): Anchor {
  if ('clock' in anchor) {
    const { side, hour } = anchor.clock;
    return { clock: { side: side === 'L' ? 'R' : 'L', hour: mirrorClockHour(hour) } };
  }
  return {
    landmark: mirrorLandmarkId(anchor.landmark),
    ...(anchor.across === undefined ? {} : { across: -anchor.across }),
    ...(anchor.along === undefined ? {} : { along: anchor.along }),
  };
}

/** A point in a tangent plane, given in planar (across, along) coordinates. */
function inPlane(origin: SkinPoint, x: number, y: number): Vec3 {
  const { across, along } = tangentFrame(origin.normal);
  return add(origin.point, add(scale(across, x), scale(along, y)));
}

/** The skin point of an anchor. Offsets are applied in the tangent plane, then projected back. */
export function resolveAnchor(anchor: Anchor, landmarks: Landmarks, surface: SkinSurface): SkinPoint {
  if ('clock' in anchor) {
    return surface.project(clockPoint(anchor.clock.side, anchor.clock.hour, landmarks).skin);
  }
  const base = surface.project(landmarks[anchor.landmark].skin);
  const across = anchor.across ?? 0;
  const along = anchor.along ?? 0;
  if (across === 0 && along === 0) return base;
  return surface.project(inPlane(base, across, along));
}

/** The point at arc length `s` along a polyline. */
function pointAtLength(points: readonly Vec3[], lengths: readonly number[], s: number): Vec3 {
  let i = 1;
  while (i < lengths.length - 1 && lengths[i]! < s) i++;
  const s0 = lengths[i - 1]!;
  const segment = lengths[i]! - s0;
  return lerp(points[i - 1]!, points[i]!, segment > 0 ? (s - s0) / segment : 0);
}

/** Resample a dense polyline at even arc-length steps, keeping both ends, each point on the skin. */
function resampleOnSkin(points: readonly Vec3[], spacing: number, surface: SkinSurface): SkinPoint[] {
  const lengths = cumulativeLengths(points);
  const total = lengths[lengths.length - 1] ?? 0;
  const count = Math.max(1, Math.ceil(total / spacing));
  const result: SkinPoint[] = [];
  for (let i = 0; i <= count; i++) {
    result.push(surface.project(pointAtLength(points, lengths, (total * i) / count)));
  }
  return result;
}

/** Skin points densely along straight chords between consecutive waypoints. */
function denseLine(waypoints: readonly SkinPoint[], step: number, surface: SkinSurface): SkinPoint[] {
  const first = waypoints[0];
  if (!first) return [];
  const result: SkinPoint[] = [first];
  for (let i = 1; i < waypoints.length; i++) {
    const a = waypoints[i - 1]!.point;
    const b = waypoints[i]!.point;
    const n = Math.max(1, Math.ceil(length(sub(b, a)) / step));
    for (let k = 1; k <= n; k++) result.push(surface.project(lerp(a, b, k / n)));
  }
  return result;
}

/** Angle of a clock hour in the tangent plane, counter-clockwise from `across` as seen from behind. */
const hourAngle = (hour: number): number => Math.PI / 2 - (hour * Math.PI) / 6;
/** Sign of the angle's change per unit progress: clockwise as seen from behind decreases it. */
const turnSign = (turn: Turn): number => (turn === 'cw' ? -1 : 1);

function circlesAlong(spec: CirclesPath, base: readonly SkinPoint[], mirror: number, surface: SkinSurface): Vec3[] {
  const lengths = cumulativeLengths(base.map((b) => b.point));
  const total = lengths[lengths.length - 1] ?? 0;
  return base.map((b, i) => {
    const progress = total > 0 ? lengths[i]! / total : 0;
    const angle = hourAngle(12) + turnSign(spec.turn) * 2 * Math.PI * spec.loops * progress;
    return surface.project(inPlane(b, mirror * spec.radius * Math.cos(angle), spec.radius * Math.sin(angle))).point;
  });
}

function circleAround(spec: CirclePath, centre: SkinPoint, samples: number, mirror: number, surface: SkinSurface): Vec3[] {
  const points: Vec3[] = [];
  for (let k = 0; k <= samples; k++) {
    const angle = hourAngle(spec.startHour) + turnSign(spec.turn) * 2 * Math.PI * (k / samples);
    points.push(surface.project(inPlane(centre, mirror * spec.radius * Math.cos(angle), spec.radius * Math.sin(angle))).point);
  }
  return points;
}

/** The classic heart curve: notch at t = 0, right lobe for small t > 0, point at t = pi. */
const heartX = (t: number): number => 16 * Math.sin(t) ** 3;
const heartY = (t: number): number => 13 * Math.cos(t) - 5 * Math.cos(2 * t) - 2 * Math.cos(3 * t) - Math.cos(4 * t);
const HEART_BOUNDS = (() => {
  let top = -Infinity;
  let bottom = Infinity;
  for (let k = 0; k <= 4096; k++) {
    const y = heartY((2 * Math.PI * k) / 4096);
    top = Math.max(top, y);
    bottom = Math.min(bottom, y);
  }
  return { halfWidth: 16, top, bottom };
})();

function heartOutline(spec: HeartPath, centre: SkinPoint, samples: number, mirror: number, surface: SkinSurface): Vec3[] {
  const { halfWidth, top, bottom } = HEART_BOUNDS;
  const end = spec.part === 'whole' ? 2 * Math.PI : Math.PI;
  const points: Vec3[] = [];
  for (let k = 0; k <= samples; k++) {
    const t = (end * k) / samples;
    const x = (mirror * heartX(t) * spec.width) / (2 * halfWidth);
    const y = ((heartY(t) - (top + bottom) / 2) * spec.height) / (top - bottom);
    points.push(surface.project(inPlane(centre, x, y)).point);
  }
  return points;
}

/**
 * A path spec as evenly spaced skin points, in the order the hand travels.
 * Planar shapes are laid in the tangent plane at their centre and projected onto the skin, which
 * is accurate for shapes a few centimetres across and shrinks larger ones slightly on a curved back.
 * With `mirror`, anchors move to the other side and every shape is reflected (circles turn the
 * other way), so on a symmetric body the result is the original with x negated.
 */
export function resolvePath(
  spec: PathSpec,
  landmarks: Landmarks,
  surface: SkinSurface,
  options: ResolvePathOptions = {},
): SkinPoint[] {
  const spacing = options.spacing ?? DEFAULT_PATH_SPACING;
  const mirror = options.mirror ? -1 : 1;
  const place = (anchor: Anchor) => resolveAnchor(options.mirror ? mirrorAnchor(anchor) : anchor, landmarks, surface);
  // Dense enough that even-spacing resampling follows the curve closely.
  const fine = spacing / 4;
  switch (spec.kind) {
    case 'line': {
      const dense = denseLine(spec.waypoints.map(place), fine, surface);
      return resampleOnSkin(dense.map((p) => p.point), spacing, surface);
    }
    case 'circles': {
      const step = Math.min(fine, (2 * Math.PI * spec.radius) / 64);
      const base = denseLine(spec.waypoints.map(place), step, surface);
      return resampleOnSkin(circlesAlong(spec, base, mirror, surface), spacing, surface);
    }
    case 'circle': {
      const samples = Math.max(64, Math.ceil((2 * Math.PI * spec.radius) / fine));
      return resampleOnSkin(circleAround(spec, place(spec.centre), samples, mirror, surface), spacing, surface);
    }
    case 'heart': {
      const samples = Math.max(256, Math.ceil((3 * (spec.width + spec.height)) / fine));
      return resampleOnSkin(heartOutline(spec, place(spec.centre), samples, mirror, surface), spacing, surface);
    }
  }
}

/** The line a circles path travels along, without the circles (for a return glide). */
export function baselineOf(spec: CirclesPath): LinePath {
  return { kind: 'line', waypoints: spec.waypoints };
}
