/**
 * The technique laid on the skin once: every stroke's path (and its mirror copy), the stretch of
 * it each phase draws (a glide over its own pressure line moved into a lane beside it), every
 * pressure point's places, the clock dials on the shoulder blades, and every hand's track (see
 * `handTracks.ts`). The drawn overlay (`scene/lesson/overlayGeometry.ts`) and the motion (the
 * timeline, the hands' clearance, the lit line) all read this one result.
 *
 * Plain data: numbers, arrays, `Vec3` tuples, strings; no three.js, no class instances, no shared
 * mutable state. It can be built in a worker and posted (`structuredClone`), and kept on the
 * device with the skin (`scene/skin/laidRecord.ts`).
 *
 * Phases are identified by index: `phases` is the phase table (one row per phase of each copy of
 * each stroke, in technique order: step, action, copy, phase), each copy lists its rows in the
 * stroke's phase order, and each row names its action's index in `actions` (the schedule's order).
 */
import { CLOCK_RADIUS, dialFrame, hourDirection } from '../../anatomy/clockFace';
import type { Side } from '../../anatomy/landmarkIds';
import type { Landmarks } from '../../anatomy/landmarks';
import { baselineOf, mirrorAnchor, resolveAnchor, resolvePath, type SkinPoint, type SkinSurface } from '../../anatomy/paths';
import { measurePath, slicePath } from '../../anatomy/polyline';
import { add, cross, normalize, scale, sub } from '../../anatomy/vec';
import type { StepId } from '../../technique/ids';
import type { PressPoint, Stroke, Technique } from '../../technique/types';
import { layHandTracks, type ActionTracks, type HeadFrame, type LaidShape } from './handTracks';

/** One phase of one copy of a stroke, as drawn: a row of the phase table. */
export interface LaidPhase {
  /** Its action's index in `LaidTechnique.actions` (and `Schedule.actions`). */
  readonly action: number;
  readonly actionId: string;
  readonly stepId: StepId;
  /** Index in the stroke's `phases`. */
  readonly phaseIndex: number;
  readonly kind: 'pressure' | 'glide';
  /** The mirrored copy of a stroke written for the mother's right side (drawn on her left). */
  readonly mirrored: boolean;
  /** The line on the skin, in travel order. */
  readonly line: readonly SkinPoint[];
}

/** One copy of a stroke on the skin: as written, or mirrored to the mother's left. */
export interface LaidCopy {
  readonly mirrored: boolean;
  /** The stroke's whole path on the skin (the hand that takes this copy follows it). */
  readonly path: readonly SkinPoint[];
  /** Its phases' rows in `LaidTechnique.phases`, in the stroke's phase order. */
  readonly phases: readonly number[];
}

/** One action of the technique on the skin, with its hands' tracks (`left`, `right`). */
export interface LaidAction extends ActionTracks {
  readonly actionId: string;
  readonly stepId: StepId;
  readonly kind: 'stroke' | 'press';
  /** A stroke's copies: as written, then (a mirrored stroke) its mirror; none for a point. */
  readonly copies: readonly LaidCopy[];
  /** A point's places: as written, then (a pair pressed together) its mirror; none for a stroke. */
  readonly places: readonly SkinPoint[];
}

/** A shoulder blade's clock dial on the skin: a ring just outside the points, a tick per hour. */
export interface LaidDial {
  readonly side: Side;
  readonly ring: readonly SkinPoint[];
  /** Hour h at index h - 1: the tick's inner and outer end. */
  readonly ticks: readonly (readonly SkinPoint[])[];
  /** Where the quarter hours' numbers go. */
  readonly numbers: readonly { readonly hour: number; readonly at: SkinPoint }[];
}

export interface LaidTechnique {
  /** One per action, in technique order (the order of `Schedule.actions`). */
  readonly actions: readonly LaidAction[];
  /** The phase table. */
  readonly phases: readonly LaidPhase[];
  readonly head: HeadFrame;
  /** Left, then right. */
  readonly dials: readonly LaidDial[];
}

/** A glide that retraces a pressure line runs in its own lane beside it, metres. */
export const GLIDE_LANE_OFFSET = 0.007;
/** Dial ring just outside the clock points, the ticks' inner ends, the numbers' radius (metres). */
export const DIAL_RING = CLOCK_RADIUS + 0.014;
const TICK_INNER = DIAL_RING - 0.005;
const NUMBER_RADIUS = DIAL_RING + 0.01;
/** Pieces of a dial's ring. */
const RING_PIECES = 96;

/** Moves a glide line sideways into its own lane, then back onto the skin. */
function inLane(points: readonly SkinPoint[], surface: SkinSurface): SkinPoint[] {
  return points.map((p, i) => {
    const next = points[Math.min(points.length - 1, i + 1)]!.point;
    const prev = points[Math.max(0, i - 1)]!.point;
    const side = normalize(cross(sub(next, prev), p.normal));
    return surface.project(add(p.point, scale(side, GLIDE_LANE_OFFSET)));
  });
}

/** A copy of a stroke on the skin, its phases' lines appended to `phases`. */
function layCopy(
  stroke: Stroke,
  action: number,
  stepId: StepId,
  mirrored: boolean,
  landmarks: Landmarks,
  surface: SkinSurface,
  phases: LaidPhase[],
): LaidCopy {
  const line = measurePath(resolvePath(stroke.path, landmarks, surface, { mirror: mirrored }));
  // A circles stroke glides back along the line its circles travel.
  const baseline = stroke.path.kind === 'circles' ? measurePath(resolvePath(baselineOf(stroke.path), landmarks, surface, { mirror: mirrored })) : line;
  const rows = stroke.phases.map((phase, phaseIndex) => {
    const route = phase.route === 'baseline' ? baseline : line;
    const slice = slicePath(route, phase.from, phase.to);
    const drawn = phase.kind === 'glide' && route === line ? inLane(slice, surface) : slice;
    phases.push({ action, actionId: stroke.id, stepId, phaseIndex, kind: phase.kind, mirrored, line: drawn });
    return phases.length - 1;
  });
  return { mirrored, path: line.points, phases: rows };
}

function pointPlaces(point: PressPoint, landmarks: Landmarks, surface: SkinSurface): SkinPoint[] {
  const places = [resolveAnchor(point.anchor, landmarks, surface)];
  if (point.mirror === 'together') places.push(resolveAnchor(mirrorAnchor(point.anchor), landmarks, surface));
  return places;
}

function layDials(landmarks: Landmarks, surface: SkinSurface): LaidDial[] {
  return (['L', 'R'] as const).map((side) => {
    const frame = dialFrame(side, landmarks);
    const centre = frame.centre.skin;
    const onSkin = (hour: number, radius: number) => surface.project(add(centre, scale(hourDirection(frame, hour), radius)));
    const ring: SkinPoint[] = [];
    for (let i = 0; i <= RING_PIECES; i++) ring.push(onSkin((i / RING_PIECES) * 12, DIAL_RING));
    const ticks: SkinPoint[][] = [];
    const numbers: { hour: number; at: SkinPoint }[] = [];
    for (let hour = 1; hour <= 12; hour++) {
      ticks.push([onSkin(hour, TICK_INNER), onSkin(hour, DIAL_RING)]);
      // Only the quarter hours are numbered: enough to read the clock without crowding the points.
      if (hour % 3 === 0) numbers.push({ hour, at: onSkin(hour, NUMBER_RADIUS) });
    }
    return { side, ring, ticks, numbers };
  });
}

/**
 * Lays the whole technique on the skin (see above). Cost: several thousand skin projections, a
 * second or more on a slow phone: the app runs it in the skin's worker (`scene/skin/`) and keeps
 * the result on the device.
 */
export function layTechnique(technique: Technique, landmarks: Landmarks, surface: SkinSurface): LaidTechnique {
  const phases: LaidPhase[] = [];
  const laid: Omit<LaidAction, 'left' | 'right'>[] = [];
  const shapes: LaidShape[] = [];
  for (const step of technique.steps) {
    for (const action of step.actions) {
      const ordinal = laid.length;
      if (action.kind === 'stroke') {
        const copies = (action.mirror === 'none' ? [false] : [false, true]).map((mirrored) => layCopy(action, ordinal, step.id, mirrored, landmarks, surface, phases));
        laid.push({ actionId: action.id, stepId: step.id, kind: 'stroke', copies, places: [] });
        shapes.push({ kind: 'stroke', copies: copies.map((c) => c.path) });
      } else {
        const places = pointPlaces(action, landmarks, surface);
        laid.push({ actionId: action.id, stepId: step.id, kind: 'press', copies: [], places });
        shapes.push({ kind: 'press', places });
      }
    }
  }
  const dials = layDials(landmarks, surface);
  const { tracks, head } = layHandTracks(technique, shapes, landmarks, surface);
  return { actions: laid.map((action, i) => ({ ...action, ...tracks[i]! })), phases, head, dials };
}
