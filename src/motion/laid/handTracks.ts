/**
 * Where every hand goes in every action, part of the laid technique (`layTechnique.ts`): each
 * stroke's path (its copy for that hand, already on the skin) and each point as an arc-length
 * parameterised polyline, the places where supporting hands rest, and the routes the hands take
 * from one action to the next. Sampling any of it later is a binary search.
 *
 * Pure: it only reads the technique, the landmarks, the laid paths and places, and the injected
 * skin (`SkinSurface`). Plain data: it can be posted from a worker and kept on the device.
 */
import type { Side } from '../../anatomy/landmarkIds';
import type { Landmarks } from '../../anatomy/landmarks';
import {
  baselineOf,
  resolveAnchor,
  resolvePath,
  tangentFrame,
  type Anchor,
  type CirclesPath,
  type LinePath,
  type SkinPoint,
  type SkinSurface,
} from '../../anatomy/paths';
import { measurePath } from '../../anatomy/polyline';
import { add, cross, distance, dot, lerp, normalize, scale, sub, type Vec3 } from '../../anatomy/vec';
import type { StepId } from '../../technique/ids';
import type { Action, HandUse, PressPoint, Stroke, Technique } from '../../technique/types';
import { arcPath, sampleArcInto, tangentialInto, vec3, type ArcPath, type MutableVec3 } from '../arc';
import { handNormals } from '../handNormals';
import { HAND_SIDES, type HandSide, type PoseId } from '../hands/ids';
import { poseFor, type SupportSite } from '../poseFor';
import { alternateOrder, otherSide, writtenSide } from '../schedule';
import { slerpNormal } from '../turn';

/** A resting place of a hand: on the skin, with the directions it moves and faces. */
export interface Place {
  readonly point: Vec3;
  readonly normal: Vec3;
  /** Unit, in the skin's tangent plane: the direction of motion (toward the head for a hold). */
  readonly travel: Vec3;
  /** Unit, in the tangent plane: the steady direction the hand faces (see `HandSample.heading`). */
  readonly heading: Vec3;
}

/**
 * How a stroke's steady heading is found: along the path ('path', lines), along the line the
 * circles travel ('baseline'), or headward on the skin ('up', shapes drawn in place: a circle, a heart).
 */
export type HeadingMode = 'path' | 'baseline' | 'up';

export interface PathMotion {
  readonly kind: 'path';
  readonly path: ArcPath;
  /** The return line of a circles path (see `circlesReturnLine`); null for other paths. */
  readonly baseline: ArcPath | null;
  readonly heading: HeadingMode;
  /** +1 if the stroke's pressure phase runs toward increasing fraction, else -1. */
  readonly headingSign: 1 | -1;
}

export interface FixedMotion {
  readonly kind: 'fixed';
  readonly place: Place;
}

export interface HandTrack {
  readonly hand: HandSide;
  readonly use: HandUse;
  readonly pose: PoseId;
  /** 'work' strokes, presses or grips; 'support' holds the head or rests on a shoulder. */
  readonly role: 'work' | 'support';
  /** In an 'alternate' stroke, the side whose turns this hand does; null if it works throughout. */
  readonly turnSide: Side | null;
  readonly motion: PathMotion | FixedMotion;
  /** Where the hand is when the action's movement starts, and when it ends. */
  readonly start: Place;
  readonly end: Place;
  /** Hovering (waiting for its turn in an alternating stroke) at the start / at the end. */
  readonly startsWaiting: boolean;
  readonly endsWaiting: boolean;
  /** Where this hand was at the end of its last earlier action; null on its first use. */
  readonly previous: { readonly place: Place; readonly waiting: boolean; readonly pose: PoseId } | null;
  /** The route from `previous` to `start` (see `transitPath`); null on the hand's first use. */
  readonly transit: ArcPath | null;
  /** The place is the app's estimate, not named by the data (the support sites): guidance. */
  readonly guidance: boolean;
}

/** The hands of one action: a track for each hand that takes part, null for a free hand. */
export interface ActionTracks {
  readonly left: HandTrack | null;
  readonly right: HandTrack | null;
}

export interface HeadFrame {
  /** Midway between the two tragions (ear openings). */
  readonly centre: Vec3;
  /** Unit toward the crown, following the head's forward flexion. */
  readonly up: Vec3;
  /** Unit toward the face. */
  readonly forward: Vec3;
  /** Unit toward the mother's right (+x). */
  readonly right: Vec3;
}

/** Where a supporting hand rests in each step [guidance: the source only says the left hand "supports the head" in the neck step]. */
export const SUPPORT_SITES: Readonly<Record<StepId, SupportSite>> = {
  neck: 'head',
  shoulders: 'shoulder',
  scapulae: 'shoulder',
  back: 'shoulder',
};

/**
 * The supporting hand on the forehead, from the head frame [EST, guidance: the source names no
 * place; the palm on the forehead holds the head against the neck stroke]. Metres forward of the
 * tragion midpoint and up along the head; the normal leans up by `normalTilt` as the forehead
 * slopes back. If the skin is found within `snap` of the estimate, the hand goes onto the skin.
 */
export const HEAD_SUPPORT = { forward: 0.09, up: 0.045, normalTilt: 0.35, snap: 0.04 } as const;

/** Spacing of the points of a hand's route between actions (metres). */
export const TRANSIT_SPACING = 0.01;

const Y_AXIS: Vec3 = [0, 1, 0];

export function headFrame(landmarks: Landmarks): HeadFrame {
  const left = landmarks['L.tragion'].skin;
  const right = landmarks['R.tragion'].skin;
  const centre = lerp(left, right, 0.5);
  const r = normalize(sub(right, left));
  // C1 to the occiput runs up the back of the head, tilted with its flexion.
  const rawUp = sub(landmarks.occiput.skin, landmarks.C1.skin);
  const up = normalize(sub(rawUp, scale(r, dot(rawUp, r))));
  return { centre, up, forward: cross(up, r), right: r };
}

/** Unit direction in the tangent plane toward the head's centre; headward on the skin if that is degenerate. */
export function towardHead(point: Vec3, normal: Vec3, head: HeadFrame): Vec3 {
  const out = vec3();
  if (!tangentialInto(out, sub(head.centre, point), normal, head.up)) return tangentFrame(normal).along;
  return out;
}

function headSupportPlace(head: HeadFrame, surface: SkinSurface): { point: Vec3; normal: Vec3 } {
  const estimate = add(add(head.centre, scale(head.forward, HEAD_SUPPORT.forward)), scale(head.up, HEAD_SUPPORT.up));
  const normal = normalize(add(head.forward, scale(head.up, HEAD_SUPPORT.normalTilt)));
  const onSkin = surface.project(estimate);
  // A mesh that covers the head gives the real forehead; a stand-in that does not is ignored.
  const found = distance(onSkin.point, estimate) <= HEAD_SUPPORT.snap && dot(onSkin.normal, normal) > 0;
  return found ? { point: onSkin.point, normal: normalize(onSkin.normal) } : { point: estimate, normal };
}

function supportPlace(hand: HandSide, site: SupportSite, landmarks: Landmarks, surface: SkinSurface, head: HeadFrame): Place {
  if (site === 'head') {
    const { point, normal } = headSupportPlace(head, surface);
    const travel = towardHead(point, normal, head);
    // The giver's hand reaches round the side of the head, fingers toward the far temple.
    const across = hand === 'left' ? head.right : scale(head.right, -1);
    const heading = vec3();
    tangentialInto(heading, across, normal, head.up);
    return { point, normal, travel: headwardOrUp(travel, normal, head), heading };
  }
  const side: Side = hand === 'left' ? 'L' : 'R';
  const { point, normal } = resolveAnchor({ landmark: `${side}.shoulderTop` }, landmarks, surface);
  const travel = towardHead(point, normal, head);
  return { point, normal, travel, heading: travel };
}

/** On the forehead "toward the head" points into it; use the head's up, flattened, instead. */
function headwardOrUp(travel: Vec3, normal: Vec3, head: HeadFrame): Vec3 {
  const out = vec3();
  return tangentialInto(out, head.up, normal, Y_AXIS) ? out : travel;
}

/** A circles path's return line, drawn through the circles' 12 o'clock points (see below). */
export function circlesReturnLine(spec: CirclesPath): LinePath {
  // Each circle starts at 12 o'clock and the path makes whole loops, so the circles begin and end
  // one radius headward of the line. Shifting the line by that radius lets the return glide start
  // and end exactly where the circles do, with no jump [the path tube may draw the unshifted line].
  const shifted = (anchor: Anchor): Anchor => ('clock' in anchor ? anchor : { ...anchor, along: (anchor.along ?? 0) + spec.radius });
  return { kind: 'line', waypoints: baselineOf(spec).waypoints.map(shifted) };
}

const BACKWARD: Vec3 = [0, 0, 1];
// strokeHeadingInto
const _baselinePoint = vec3();
const _baselineNormal = vec3();
const _baselineTangent = vec3();
const _pressureWay = vec3();

/**
 * The steady heading of a stroke at a place, written into `out` (the rule `sample.ts` applies
 * every frame): headward on the skin for shapes drawn in place, otherwise the direction of the
 * stroke's pressure phase along the path (or along the line its circles travel).
 */
export function strokeHeadingInto(out: MutableVec3, motion: PathMotion, fraction: number, normal: Vec3, tangent: Vec3): MutableVec3 {
  if (motion.heading === 'up') {
    tangentialInto(out, Y_AXIS, normal, BACKWARD);
    return out;
  }
  let t: Vec3 = tangent;
  if (motion.heading === 'baseline' && motion.baseline) {
    sampleArcInto(motion.baseline, fraction, _baselinePoint, _baselineNormal, _baselineTangent);
    t = _baselineTangent;
  }
  const sign = motion.headingSign;
  _pressureWay[0] = t[0] * sign;
  _pressureWay[1] = t[1] * sign;
  _pressureWay[2] = t[2] * sign;
  if (!tangentialInto(out, _pressureWay, normal)) tangentialInto(out, Y_AXIS, normal, BACKWARD);
  return out;
}

/** A stroke's path for a hand, from the copy of it on the skin that this hand takes (`laid`). */
function pathMotion(stroke: Stroke, laid: readonly SkinPoint[], mirror: boolean, landmarks: Landmarks, surface: SkinSurface): PathMotion {
  const options = { mirror };
  // The hand rides the skin over its whole width: its normals come from a hand-sized patch.
  const forHand = (points: readonly SkinPoint[]) => arcPath(handNormals(points));
  const path = forHand(laid);
  const baseline = stroke.path.kind === 'circles' ? forHand(resolvePath(circlesReturnLine(stroke.path), landmarks, surface, options)) : null;
  const leading = stroke.phases.find((p) => p.kind === 'pressure') ?? stroke.phases[0];
  const headingSign = leading && leading.to < leading.from ? -1 : 1;
  const heading: HeadingMode = stroke.path.kind === 'line' ? 'path' : stroke.path.kind === 'circles' ? 'baseline' : 'up';
  return { kind: 'path', path, baseline, heading, headingSign };
}

function strokePlace(motion: PathMotion, fraction: number, route: 'path' | 'baseline', travelSign: number): Place {
  const path = route === 'baseline' && motion.baseline ? motion.baseline : motion.path;
  const point = vec3();
  const normal = vec3();
  const tangent = vec3();
  sampleArcInto(path, fraction, point, normal, tangent);
  const heading = strokeHeadingInto(vec3(), motion, fraction, normal, tangent);
  const travel = vec3();
  if (!tangentialInto(travel, scale(tangent, travelSign || 1), normal)) return { point, normal, travel: heading, heading };
  return { point, normal, travel, heading };
}

/**
 * The route of a hand between two places: the straight line between them where it runs outside
 * the body, the skin where it would cut through. Its normals turn steadily from the first place's
 * to the next's: the skin's own normals swing wildly in the hollows on the way (the angle of the
 * neck and shoulder, above the collarbone), and a hand squared to them would swing through the body.
 */
function transitPath(from: Place, to: Place, surface: SkinSurface): ArcPath {
  const count = Math.max(1, Math.ceil(distance(from.point, to.point) / TRANSIT_SPACING));
  // The route's points, each with the skin's normal under it.
  const route: SkinPoint[] = [{ point: from.point, normal: from.normal }];
  for (let k = 1; k < count; k++) {
    const straight = lerp(from.point, to.point, k / count);
    const skin = surface.project(straight);
    const outside = dot(sub(straight, skin.point), skin.normal) > 0;
    route.push({ point: outside ? straight : skin.point, normal: skin.normal });
  }
  route.push({ point: to.point, normal: to.normal });
  // Steady per distance along the route: where it bunches up on the skin (the front of a shoulder
  // seen from behind it), a turn per straight-line step would spin the hand in a few millimetres.
  const { lengths, total } = measurePath(route);
  return arcPath(route.map((p, k) => ({ point: p.point, normal: slerpNormal(from.normal, to.normal, total > 0 ? lengths[k]! / total : k / count, p.normal) })));
}

type TrackDraft = Omit<HandTrack, 'previous' | 'transit'>;

/**
 * @param copies the stroke's path on the skin as written, then (a mirrored stroke) its mirror copy
 */
function strokeTracks(
  stroke: Stroke,
  copies: readonly (readonly SkinPoint[])[],
  site: SupportSite,
  landmarks: Landmarks,
  surface: SkinSurface,
  head: HeadFrame,
): Partial<Record<HandSide, TrackDraft>> {
  const first = stroke.phases[0]!;
  const last = stroke.phases[stroke.phases.length - 1]!;
  const tracks: Partial<Record<HandSide, TrackDraft>> = {};
  const original = writtenSide(stroke) ?? 'R';
  const turns = stroke.mirror === 'alternate' ? alternateOrder(stroke) : null;
  for (const hand of HAND_SIDES) {
    const use = stroke.hands[hand];
    if (!use) continue;
    if (use.role === 'supports') {
      const rest = supportPlace(hand, site, landmarks, surface, head);
      tracks[hand] = {
        hand,
        use,
        pose: poseFor(use, site),
        role: 'support',
        turnSide: null,
        motion: { kind: 'fixed', place: rest },
        start: rest,
        end: rest,
        startsWaiting: false,
        endsWaiting: false,
        guidance: true,
      };
      continue;
    }
    const handSide: Side = hand === 'left' ? 'L' : 'R';
    // A mirrored stroke is written for one side (the right): that hand takes it, the other its mirror.
    const mirrored = stroke.mirror !== 'none' && handSide !== original;
    const motion = pathMotion(stroke, copies[mirrored ? 1 : 0]!, mirrored, landmarks, surface);
    const turnSide = turns ? (mirrored ? otherSide(original) : original) : null;
    tracks[hand] = {
      hand,
      use,
      pose: poseFor(use, site),
      role: 'work',
      turnSide,
      motion,
      start: strokePlace(motion, first.from, first.route ?? 'path', Math.sign(first.to - first.from)),
      end: strokePlace(motion, last.to, last.route ?? 'path', Math.sign(last.to - last.from)),
      // Alternating: the second side waits for the first turn, the first side waits at the end.
      startsWaiting: turns !== null && turnSide !== turns[0],
      endsWaiting: turns !== null && turnSide !== turns[1],
      guidance: false,
    };
  }
  return tracks;
}

/**
 * @param places the point on the skin as written, then (a pair pressed together) its mirror
 */
function pressTracks(
  point: PressPoint,
  places: readonly SkinPoint[],
  site: SupportSite,
  landmarks: Landmarks,
  surface: SkinSurface,
  head: HeadFrame,
): Partial<Record<HandSide, TrackDraft>> {
  const tracks: Partial<Record<HandSide, TrackDraft>> = {};
  const original = writtenSide(point) ?? 'R';
  for (const hand of HAND_SIDES) {
    const use = point.hands[hand];
    if (!use) continue;
    if (use.role === 'supports') {
      const rest = supportPlace(hand, site, landmarks, surface, head);
      tracks[hand] = { hand, use, pose: poseFor(use, site), role: 'support', turnSide: null, motion: { kind: 'fixed', place: rest }, start: rest, end: rest, startsWaiting: false, endsWaiting: false, guidance: true };
      continue;
    }
    const handSide: Side = hand === 'left' ? 'L' : 'R';
    const place = point.mirror === 'together' && handSide !== original ? places[1]! : places[0]!;
    const pose = poseFor(use, site);
    const { point: p, normal } = gripPlace(pose, place, surface);
    const travel = towardHead(p, normal, head);
    const at: Place = { point: p, normal: normalize(normal), travel, heading: travel };
    tracks[hand] = { hand, use, pose, role: 'work', turnSide: null, motion: { kind: 'fixed', place: at }, start: at, end: at, startsWaiting: false, endsWaiting: false, guidance: false };
  }
  return tracks;
}

/**
 * Where the C-grip's thumb goes when it grips the point `at` (the top of a shoulder): on the back
 * of the trapezius, 3 cm below and 4.5 cm behind it, the fingers reaching over the top to the
 * front [EST: the place the pose is shaped for, see `HAND_POSES.cGrip`]. Other poses press on the point.
 */
export const GRIP_THUMB_OFFSET: Vec3 = [0, -0.03, 0.045];

function gripPlace(pose: PoseId, at: SkinPoint, surface: SkinSurface): SkinPoint {
  return pose === 'cGrip' ? surface.project(add(at.point, GRIP_THUMB_OFFSET)) : at;
}

/** What each action's hands are given, in technique order: a stroke's copies on the skin, a point's places. */
export type LaidShape =
  | { readonly kind: 'stroke'; readonly copies: readonly (readonly SkinPoint[])[] }
  | { readonly kind: 'press'; readonly places: readonly SkinPoint[] };

/**
 * Every action's hand tracks, from the paths and places already laid on the skin (`shapes`, one
 * per action in technique order). `stepId`s pick the support site (`SUPPORT_SITES`). Cost: the
 * support places, the circles' return lines, the grips and the moves between actions: a few
 * hundred skin projections.
 */
export function layHandTracks(
  technique: Technique,
  shapes: readonly LaidShape[],
  landmarks: Landmarks,
  surface: SkinSurface,
): { readonly tracks: readonly ActionTracks[]; readonly head: HeadFrame } {
  const head = headFrame(landmarks);
  const last: Record<HandSide, HandTrack['previous']> = { left: null, right: null };
  const tracks: ActionTracks[] = [];
  for (const step of technique.steps) {
    const site = SUPPORT_SITES[step.id];
    for (const action of step.actions as readonly Action[]) {
      const shape = shapes[tracks.length];
      let drafts: Partial<Record<HandSide, TrackDraft>>;
      if (action.kind === 'stroke' && shape?.kind === 'stroke') drafts = strokeTracks(action, shape.copies, site, landmarks, surface, head);
      else if (action.kind === 'press' && shape?.kind === 'press') drafts = pressTracks(action, shape.places, site, landmarks, surface, head);
      else throw new RangeError(`motion: no laid ${action.kind} for action "${action.id}"`);
      const finish = (hand: HandSide): HandTrack | null => {
        const draft = drafts[hand];
        if (!draft) return null;
        const previous = last[hand];
        last[hand] = { place: draft.end, waiting: draft.endsWaiting, pose: draft.pose };
        return { ...draft, previous, transit: previous ? transitPath(previous.place, draft.start, surface) : null };
      };
      tracks.push({ left: finish('left'), right: finish('right') });
    }
  }
  return { tracks, head };
}
