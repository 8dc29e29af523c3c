import { BufferGeometry, Float32BufferAttribute } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Side } from '../../anatomy/landmarkIds';
import type { SkinPoint } from '../../anatomy/paths';
import type { Vec3 } from '../../anatomy/vec';
import type { LaidPhase, LaidTechnique } from '../../motion/laid/layTechnique';
import type { StepId, ViewId } from '../../technique/ids';
import { actionBadge } from '../../technique/queries';
import { withBodySide } from '../../technique/labels';
import type { NamedPlace } from '../../state/slices/bodySlice';
import type { SceneLabelSpec } from '../../state/slices/labelsSlice';
import type { Technique, Text } from '../../technique/types';
import { buildPathGeometry } from '../paths/pathGeometry';
import { DIAL_STYLE, GLIDE_STYLE, PRESSURE_STYLE } from './pathStyles';

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
  /** All pressure lines in one geometry; vertex attribute `drawnPhase` is the row in `phases`. */
  readonly pressure: BufferGeometry;
  /** All glide lines in one geometry, same attribute. */
  readonly glide: BufferGeometry;
  /** Where each step's lines lie in the index of `pressure` and of `glide` (one run per step). */
  readonly stepRanges: Readonly<Record<'pressure' | 'glide', ReadonlyMap<StepId, IndexRange>>>;
  /** The laid technique's phase table (`LaidTechnique.phases`): the drawn lines' phases, by index. */
  readonly phases: readonly LaidPhase[];
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

/**
 * The technique as drawn, from the technique laid on the skin (`layTechnique`, done off the main
 * thread): the lines as two merged geometries (one draw call per style), with per-vertex phase
 * rows so the active phase can be lit from a shader uniform instead of rebuilding geometry per
 * frame; the numbered points, the lettered strokes and the dials.
 */
export function buildTechniqueOverlay(technique: Technique, laid: LaidTechnique): TechniqueOverlay {
  const pressureParts: StepPart[] = [];
  const glideParts: StepPart[] = [];
  const strokes: DrawnStroke[] = [];
  const points: DrawnPoint[] = [];

  let ordinal = 0;
  for (const step of technique.steps) {
    step.actions.forEach((action, actionIndex) => {
      const badge = actionBadge(step.actions, actionIndex);
      const on = laid.actions[ordinal++];
      if (on?.actionId !== action.id) throw new RangeError(`overlay: the laid technique has no action "${action.id}" here`);
      if (action.kind === 'stroke') {
        const first = on.copies[0]!;
        strokes.push({ actionId: action.id, stepId: step.id, letter: badge, title: action.title, labelAt: first.path[0]!, lines: on.copies.map((c) => c.path.map((p) => p.point)) });
        for (const copy of on.copies) {
          for (const row of copy.phases) {
            const phase = laid.phases[row]!;
            const style = phase.kind === 'pressure' ? PRESSURE_STYLE : GLIDE_STYLE;
            (phase.kind === 'pressure' ? pressureParts : glideParts).push({ stepId: step.id, geometry: withPhaseIndex(buildPathGeometry(phase.line, style), row) });
          }
        }
      } else {
        for (const at of on.places) {
          // A pair of places shares the action's name; the side tells them apart (+x is her right).
          const label = on.places.length > 1 ? withBodySide(action.label, at.point[0] >= 0 ? 'right' : 'left') : action.label;
          points.push({ actionId: action.id, stepId: step.id, label, number: badge, at });
        }
      }
    });
  }
  const dial = buildDials(laid);
  return {
    pressure: mergeOrEmpty(pressureParts.map((p) => p.geometry)),
    glide: mergeOrEmpty(glideParts.map((p) => p.geometry)),
    stepRanges: { pressure: rangesByStep(pressureParts), glide: rangesByStep(glideParts) },
    phases: laid.phases,
    strokes,
    points,
    dials: dial.geometry,
    dialNumbers: dial.numbers,
  };
}

/**
 * The part of a line geometry to draw in a view: a step draws only its own lines (other steps'
 * lines would lay a faint web over the back that says nothing about this step), and the overview
 * none: it shows the steps' numbered patches instead (`StepRegions`), and the lines come with
 * the step that is opened.
 */
export function linesDrawnIn(overlay: TechniqueOverlay, kind: 'pressure' | 'glide', view: ViewId): IndexRange {
  if (view === 'setting') return { start: 0, count: 0 };
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

/** The dials' rings and ticks (the quarter hours' ticks thicker), and where each hour's number goes. */
function buildDials(laid: LaidTechnique) {
  const parts: BufferGeometry[] = [];
  const numbers: { side: Side; hour: number; at: SkinPoint }[] = [];
  for (const dial of laid.dials) {
    parts.push(buildPathGeometry(dial.ring, DIAL_STYLE));
    dial.ticks.forEach((tick, i) => {
      const hour = i + 1;
      parts.push(buildPathGeometry(tick, { ...DIAL_STYLE, radius: hour % 3 === 0 ? 0.0013 : DIAL_STYLE.radius }));
    });
    for (const { hour, at } of dial.numbers) numbers.push({ side: dial.side, hour, at });
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
    ...overlay.points.map((p): NamedPlace => ({ kind: 'point', actionId: p.actionId, stepId: p.stepId, name: p.label, points: [p.at.point], lines: [[p.at.point]] })),
    ...overlay.strokes.map((s): NamedPlace => ({ kind: 'path', actionId: s.actionId, stepId: s.stepId, name: s.title, points: s.lines.flat(), lines: s.lines })),
  ];
}
