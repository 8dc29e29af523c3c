import { BufferGeometry, Float32BufferAttribute } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { CLOCK_RADIUS, dialFrame, hourDirection } from '../../anatomy/clockFace';
import type { Side } from '../../anatomy/landmarkIds';
import { LANDMARKS } from '../../anatomy/landmarks';
import { baselineOf, mirrorAnchor, resolveAnchor, resolvePath, type SkinPoint, type SkinSurface } from '../../anatomy/paths';
import { measurePath, slicePath } from '../../anatomy/polyline';
import { add, cross, normalize, scale, sub, type Vec3 } from '../../anatomy/vec';
import type { StepId, ViewId } from '../../technique/ids';
import { actionBadge } from '../../technique/queries';
import { withBodySide } from '../../technique/labels';
import type { NamedPlace } from '../../state/slices/bodySlice';
import type { SceneLabelSpec } from '../../state/slices/labelsSlice';
import type { PressPoint, Stroke, Technique, Text } from '../../technique/types';
import { buildPathGeometry } from '../paths/pathGeometry';
import { DIAL_STYLE, GLIDE_LANE_OFFSET, GLIDE_STYLE, PRESSURE_STYLE } from './pathStyles';

/** One phase of one stroke copy as drawn: which action, which phase, pressure or glide. */
export interface DrawnPhase {
  readonly actionId: string;
  readonly stepId: StepId;
  readonly phaseIndex: number;
  readonly kind: 'pressure' | 'glide';
  /** The mirrored copy of a stroke written for the mother's right side (drawn on her left). */
  readonly mirrored: boolean;
  /** Where its label sits: the middle of the line, on the skin. */
  readonly middle: SkinPoint;
}

export interface DrawnPoint {
  readonly actionId: string;
  readonly stepId: StepId;
  readonly label: Text;
  /** What the marker shows: the clock hour on a shoulder blade, else the point's order in its step. */
  readonly number: string;
  readonly at: SkinPoint;
}

export interface DrawnStroke {
  readonly actionId: string;
  readonly stepId: StepId;
  /** The letter that ties the path on the body to its entry in the step's list (A, B, ...). */
  readonly letter: string;
  readonly title: Text;
  readonly labelAt: SkinPoint;
  /** The stroke's line on the skin, one per copy (a mirrored stroke has two: right, then left). */
  readonly lines: readonly (readonly Vec3[])[];
}

/** A stretch of a geometry's index: what `setDrawRange` takes. */
export interface IndexRange {
  readonly start: number;
  readonly count: number;
}

export interface TechniqueOverlay {
  /** All pressure lines in one geometry; vertex attribute `drawnPhase` indexes `phases`. */
  readonly pressure: BufferGeometry;
  /** All glide lines in one geometry, same attribute. */
  readonly glide: BufferGeometry;
  /** Where each step's lines lie in the index of `pressure` and of `glide` (one run per step). */
  readonly stepRanges: Readonly<Record<'pressure' | 'glide', ReadonlyMap<StepId, IndexRange>>>;
  readonly phases: readonly DrawnPhase[];
  readonly strokes: readonly DrawnStroke[];
  readonly points: readonly DrawnPoint[];
  /** Clock dial rings and ticks on both shoulder blades. */
  readonly dials: BufferGeometry;
  readonly dialNumbers: readonly { readonly side: Side; readonly hour: number; readonly at: SkinPoint }[];
}

const withPhaseIndex = (geometry: BufferGeometry, index: number): BufferGeometry => {
  const count = geometry.getAttribute('position').count;
  geometry.setAttribute('drawnPhase', new Float32BufferAttribute(new Float32Array(count).fill(index), 1));
  return geometry;
};

/** Moves a glide line sideways into its own lane, then back onto the skin. */
function inLane(points: readonly SkinPoint[], surface: SkinSurface): SkinPoint[] {
  return points.map((p, i) => {
    const next = points[Math.min(points.length - 1, i + 1)]!.point;
    const prev = points[Math.max(0, i - 1)]!.point;
    const side = normalize(cross(sub(next, prev), p.normal));
    return surface.project(add(p.point, scale(side, GLIDE_LANE_OFFSET)));
  });
}

function strokeCopies(stroke: Stroke): boolean[] {
  return stroke.mirror === 'none' ? [false] : [false, true];
}

/**
 * Lays every stroke and point of the technique on the skin, once at start-up: the lines as two
 * merged geometries (one draw call per style), with per-vertex phase ids so the active phase can
 * be lit from a shader uniform instead of rebuilding geometry per frame.
 */
export function buildTechniqueOverlay(technique: Technique, surface: SkinSurface): TechniqueOverlay {
  const pressureParts: StepPart[] = [];
  const glideParts: StepPart[] = [];
  const phases: DrawnPhase[] = [];
  const strokes: DrawnStroke[] = [];
  const points: DrawnPoint[] = [];

  for (const step of technique.steps) {
    step.actions.forEach((action, actionIndex) => {
      const badge = actionBadge(step.actions, actionIndex);
      if (action.kind === 'stroke') {
        const lines: Vec3[][] = [];
        for (const mirror of strokeCopies(action)) {
          const line = measurePath(resolvePath(action.path, LANDMARKS, surface, { mirror }));
          const baseline =
            action.path.kind === 'circles' ? measurePath(resolvePath(baselineOf(action.path), LANDMARKS, surface, { mirror })) : line;
          lines.push(line.points.map((p) => p.point));
          if (!mirror) strokes.push({ actionId: action.id, stepId: step.id, letter: badge, title: action.title, labelAt: line.points[0]!, lines });
          action.phases.forEach((phase, phaseIndex) => {
            const route = phase.route === 'baseline' ? baseline : line;
            const slice = slicePath(route, phase.from, phase.to);
            const drawn = phase.kind === 'glide' && route === line ? inLane(slice, surface) : slice;
            const index = phases.length;
            phases.push({ actionId: action.id, stepId: step.id, phaseIndex, kind: phase.kind, mirrored: mirror, middle: drawn[drawn.length >> 1]! });
            const style = phase.kind === 'pressure' ? PRESSURE_STYLE : GLIDE_STYLE;
            (phase.kind === 'pressure' ? pressureParts : glideParts).push({
              stepId: step.id,
              geometry: withPhaseIndex(buildPathGeometry(drawn, style), index),
            });
          });
        }
      } else {
        const places = pointPlaces(action, surface);
        for (const at of places) {
          // A pair of places shares the action's name; the side tells them apart (+x is her right).
          const label = places.length > 1 ? withBodySide(action.label, at.point[0] >= 0 ? 'right' : 'left') : action.label;
          points.push({ actionId: action.id, stepId: step.id, label, number: badge, at });
        }
      }
    });
  }
  const dial = buildDials(surface);
  return {
    pressure: mergeOrEmpty(pressureParts.map((p) => p.geometry)),
    glide: mergeOrEmpty(glideParts.map((p) => p.geometry)),
    stepRanges: { pressure: rangesByStep(pressureParts), glide: rangesByStep(glideParts) },
    phases,
    strokes,
    points,
    dials: dial.geometry,
    dialNumbers: dial.numbers,
  };
}

function pointPlaces(point: PressPoint, surface: SkinSurface): SkinPoint[] {
  const places = [resolveAnchor(point.anchor, LANDMARKS, surface)];
  if (point.mirror === 'together') places.push(resolveAnchor(mirrorAnchor(point.anchor), LANDMARKS, surface));
  return places;
}

/**
 * The part of a line geometry to draw in a view: the overview draws every line, a step only its
 * own (other steps' lines would lay a faint web over the back that says nothing about this step).
 */
export function linesDrawnIn(overlay: TechniqueOverlay, kind: 'pressure' | 'glide', view: ViewId): IndexRange {
  if (view === 'setting') return { start: 0, count: Infinity };
  return overlay.stepRanges[kind].get(view) ?? { start: 0, count: 0 };
}

interface StepPart {
  readonly stepId: StepId;
  readonly geometry: BufferGeometry;
}

/**
 * Where each step's parts land in their merged geometry's index: merging keeps the parts' order,
 * and the steps are built one after another, so each step is one run.
 */
export function rangesByStep(parts: readonly StepPart[]): Map<StepId, IndexRange> {
  const ranges = new Map<StepId, IndexRange>();
  let start = 0;
  for (const { stepId, geometry } of parts) {
    const count = geometry.getIndex()?.count ?? 0;
    const run = ranges.get(stepId);
    if (run && run.start + run.count !== start) throw new Error(`overlay: the lines of step ${stepId} are not one run`);
    ranges.set(stepId, { start: run?.start ?? start, count: (run?.count ?? 0) + count });
    start += count;
  }
  return ranges;
}

function mergeOrEmpty(parts: BufferGeometry[]): BufferGeometry {
  return (parts.length ? mergeGeometries(parts) : null) ?? new BufferGeometry();
}

/** Dial ring just outside the points, a tick at every hour, and where each hour's number goes. */
const DIAL_RING = CLOCK_RADIUS + 0.014;
const TICK_INNER = DIAL_RING - 0.005;
const NUMBER_RADIUS = DIAL_RING + 0.01;

function buildDials(surface: SkinSurface) {
  const parts: BufferGeometry[] = [];
  const numbers: { side: Side; hour: number; at: SkinPoint }[] = [];
  for (const side of ['L', 'R'] as const) {
    const frame = dialFrame(side);
    const centre = frame.centre.skin;
    const ring: SkinPoint[] = [];
    for (let i = 0; i <= 96; i++) ring.push(surface.project(add(centre, scale(hourDirection(frame, (i / 96) * 12), DIAL_RING))));
    parts.push(buildPathGeometry(ring, DIAL_STYLE));
    for (let hour = 1; hour <= 12; hour++) {
      const d = hourDirection(frame, hour);
      const tick = [surface.project(add(centre, scale(d, TICK_INNER))), surface.project(add(centre, scale(d, DIAL_RING)))];
      parts.push(buildPathGeometry(tick, { ...DIAL_STYLE, radius: hour % 3 === 0 ? 0.0013 : DIAL_STYLE.radius }));
      // Only the quarter hours are numbered: enough to read the clock without crowding the points.
      if (hour % 3 === 0) numbers.push({ side, hour, at: surface.project(add(centre, scale(d, NUMBER_RADIUS))) });
    }
  }
  return { geometry: mergeOrEmpty(parts), numbers };
}

/** The labels the overlay needs on the body: numbered points, lettered strokes, dial hours. */
export function overlayLabels(overlay: TechniqueOverlay): SceneLabelSpec[] {
  return [
    ...overlay.points.map((p, i): SceneLabelSpec => ({
      key: `point-${p.actionId}-${i}`,
      kind: 'point',
      stepId: p.stepId,
      actionId: p.actionId,
      text: p.number,
      name: p.label,
      at: p.at,
    })),
    ...overlay.strokes.map((s): SceneLabelSpec => ({
      key: `stroke-${s.actionId}`,
      kind: 'stroke',
      stepId: s.stepId,
      actionId: s.actionId,
      text: s.letter,
      name: s.title,
      at: s.labelAt,
    })),
    ...overlay.dialNumbers.map((d): SceneLabelSpec => ({
      key: `dial-${d.side}-${d.hour}`,
      kind: 'dial',
      stepId: 'scapulae',
      actionId: null,
      text: String(d.hour),
      name: null,
      at: d.at,
    })),
  ];
}

/** The places the technique names on the body, for telling what a tap was near. */
export function namedPlaces(overlay: TechniqueOverlay): NamedPlace[] {
  return [
    ...overlay.points.map((p): NamedPlace => ({ kind: 'point', actionId: p.actionId, stepId: p.stepId, name: p.label, points: [p.at.point] })),
    ...overlay.strokes.map((s): NamedPlace => ({ kind: 'path', actionId: s.actionId, stepId: s.stepId, name: s.title, points: s.lines.flat() })),
  ];
}
