import { Matrix4, Vector3 } from 'three';
import { LANDMARKS } from '../../anatomy/landmarks';
import { TRUNK_UP } from '../../anatomy/spine';
import { add, scale, type Vec3 } from '../../anatomy/vec';
import type { MutableVec3 } from '../arc';
import { FINGERS, HAND, WRIST_DEVIATION, rad } from './dimensions';
import { curledFinger, forearmFrame, posedHand, type HandSide, type PosedHand } from './kinematics';
import { HAND_POSES, type HandPose, type PoseId } from './poses';
import { palmMeshes } from './palm';
import { SEGMENT_COUNT, SEGMENT_IDS, SEGMENT_SHAPES, boneIndex, nailIndex, segmentIndex } from './segments';

/** A point or direction: the anatomy module's tuple, or anything with x, y, z (a three Vector3). */
export type Vec3In = Vec3 | { readonly x: number; readonly y: number; readonly z: number };

export type Aim = 'along' | 'against' | 'headward' | 'forward' | 'reach' | 'auto';

/**
 * A point above the back of the head: "toward the head" from any contact on the neck, shoulders
 * or back [EST: 10 cm up the trunk from the occiput].
 */
export const HEADWARD_TARGET: Vec3 = add(LANDMARKS.occiput.skin, scale(TRUNK_UP, 0.1));

export interface HandPlacementInput {
  readonly side: HandSide;
  readonly pose: PoseId;
  /** A point on the skin, world metres. */
  readonly contact: Vec3In;
  /** The skin's outward unit normal there. */
  readonly normal: Vec3In;
  /**
   * The stroke direction in the skin's tangent plane (it is projected onto it). For presses and
   * holds, the way the hand should reach. Keep it steady through a stroke: the hand turns with it.
   */
  readonly travel: Vec3In;
  /** Metres the contact surface is pushed into the skin along -normal, 0 .. about 0.008. */
  readonly press?: number;
  /**
   * Lay the pose's pointing axis along or against `travel`; or 'headward': whichever of the two
   * points toward the head (fingers up the neck or the back); or 'forward': across the skin
   * away from the giver, ignoring `travel` (fingers over the top of a shoulder while the hand
   * slides toward the neck); or 'reach': turned about the normal so the forearm runs toward the
   * giver's shoulder on that side, ignoring `travel` (holds, grips, presses); or 'auto': 'reach'
   * where the skin faces up (the neck and the tops of the shoulders: skin normal more than 30°
   * above the horizontal), 'headward' on the head (above `HEAD_REGION_Y`), and the pose's
   * `backAim` on the back. Default: the pose's own `aim`.
   */
  readonly aim?: Aim;
  /** Extra turn of the hand about the outward normal, radians, right-handed. */
  readonly twist?: number;
  /**
   * The skin's signed distance (metres, negative inside), e.g. `skinDistance` from
   * `src/anatomy/skin/`. When given, the hand tilts about its contact point, by at most
   * `maxTilt`, so its non-contact surface stays outside the body (about 30 distance queries a
   * hand, a few more where it has to turn).
   */
  readonly skin?: (p: Vec3) => number;
  /** Most the hand may tilt to clear the body, radians (default `MAX_TILT`, 8°). */
  readonly maxTilt?: number;
  /** Most the hand may lift off its contact point to clear the body, metres (default `MAX_LIFT`). */
  readonly maxLift?: number;
}

/**
 * A placed hand, in world metres. One object can be reused frame after frame: `placeHand(input,
 * out)` overwrites it and allocates nothing. Read its fields; do not keep references to them
 * across calls if you reuse it.
 */
export interface HandPlacement {
  side: HandSide;
  pose: PoseId;
  /** Hand-local -> world: a rotation and the wrist position. */
  readonly hand: Matrix4;
  /** World frame of each segment, `SEGMENT_IDS` order (rigid, for round cones with `SEGMENT_SHAPES`). */
  readonly segments: Matrix4[];
  /** Where the contact surface ends up: the input contact minus normal × press. */
  readonly contact: Vector3;
  /** The contact surface's outward normal in world: the opposite of the skin normal. */
  readonly contactNormal: Vector3;
  /** Second contact (the C-grip's finger pads), world; valid when `hasSecondary`. */
  readonly secondaryContact: Vector3;
  readonly secondaryNormal: Vector3;
  hasSecondary: boolean;
  /** Wrist joint centre, world. */
  readonly wrist: Vector3;
  /** Unit direction from the wrist toward the elbow, world. */
  readonly forearm: Vector3;
  /** Wrist deviation chosen to bring the forearm toward the giver, radians (+ moves it radially in the hand's local +X). */
  wristDeviation: number;
  /** How far `skin` clearance tilted the contact normal away from the skin's, radians (0 without). */
  tilt: number;
  /**
   * How far `skin` clearance lifted the hand off the requested contact along the normal, metres
   * (0 without): where the pose cannot reach the point, e.g. a palm whose edges ride the ridges
   * either side of the spine.
   */
  lift: number;
  /**
   * Extra flexion of each finger (`FINGERS` order), radians, that `skin` clearance gave it to
   * rest on the body (poses with `fingerFit`; 0 elsewhere): positive curls, negative opens.
   */
  readonly curl: number[];
}

export function createHandPlacement(side: HandSide = 'right', pose: PoseId = 'palmStroke'): HandPlacement {
  return {
    side,
    pose,
    hand: new Matrix4(),
    segments: Array.from({ length: SEGMENT_COUNT }, () => new Matrix4()),
    contact: new Vector3(),
    contactNormal: new Vector3(),
    secondaryContact: new Vector3(),
    secondaryNormal: new Vector3(),
    hasSecondary: false,
    wrist: new Vector3(),
    forearm: new Vector3(0, -1, 0),
    wristDeviation: 0,
    tilt: 0,
    lift: 0,
    curl: [0, 0, 0, 0],
  };
}

/**
 * The giver's shoulders: behind the mother (+z, design.md), either side of her midline, a little
 * above her shoulders, as for a giver standing close behind the chair or sitting on a higher
 * stool [EST]. Forearms run from the hands toward these.
 */
export const GIVER_SHOULDERS: Readonly<Record<HandSide, Vec3>> = { left: [-0.18, 1.1, 0.45], right: [0.18, 1.1, 0.45] };

/** Unit direction from `from` toward the giver's shoulder on `side`. */
export function towardGiver(side: HandSide, from: Vector3, out = new Vector3()): Vector3 {
  const s = GIVER_SHOULDERS[side];
  return out.set(s[0] - from.x, s[1] - from.y, s[2] - from.z).normalize();
}

const FOREARM = segmentIndex('forearm');
/** 'auto' reaches straight for the giver where the skin normal's y exceeds sin 30°. */
const AUTO_REACH_ABOVE = 0.5;
/** Contacts higher than this are on the head (mastoid, occiput): 3 cm above C7's skin [EST]. */
export const HEAD_REGION_Y = LANDMARKS.C7.skin[1] + 0.03;

// Scratch, reused by every call (placement is synchronous and single-threaded).
const n = new Vector3();
const t = new Vector3();
const a = new Vector3();
const b = new Vector3();
const c = new Vector3();
const A = new Vector3();
const B = new Vector3();
const C = new Vector3();
const target = new Vector3();
const zw = new Vector3();
const u = new Vector3();
const v = new Vector3();
const g = new Vector3();
const local = new Matrix4();
const world = new Matrix4();

const read = (p: Vec3In, out: Vector3): Vector3 => ('x' in p ? out.set(p.x, p.y, p.z) : out.set(p[0], p[1], p[2]));

/**
 * Places a posed hand on the skin: the pose's contact surface sits at `contact - normal * press`
 * with its normal facing into the skin, its pointing axis follows `travel` (or its reverse), and
 * the wrist deviates, within its range, to bring the forearm round toward the giver.
 */
export function placeHand(input: HandPlacementInput, out: HandPlacement = createHandPlacement()): HandPlacement {
  const posed = posedHand(input.pose, input.side);
  read(input.normal, n).normalize();
  const press = input.press ?? 0;
  read(input.contact, target).addScaledVector(n, -press);

  aimInto(t, posed, input, n, target);
  const twist = input.twist ?? 0;
  if (twist !== 0) {
    c.crossVectors(n, t);
    t.multiplyScalar(Math.cos(twist)).addScaledVector(c, Math.sin(twist));
  }

  // Rotation taking the local basis (contact normal, pointing, their cross) to the world basis
  // (into the skin, aim, their cross).
  a.copy(posed.contact.normal);
  b.copy(posed.pointing).addScaledVector(a, -posed.pointing.dot(a)).normalize();
  c.crossVectors(a, b);
  A.copy(n).negate();
  B.copy(t);
  C.crossVectors(A, B);
  local.makeBasis(a, b, c);
  world.makeBasis(A, B, C);
  out.hand.multiplyMatrices(world, local.transpose()); // a pure rotation so far
  out.hand.setPosition(target.sub(a.copy(posed.contact.point).applyMatrix4(out.hand)));

  out.side = input.side;
  out.pose = input.pose;
  out.curl.fill(0);
  finish(out, posed);
  out.tilt = 0;
  out.lift = 0;
  if (input.skin) keepClear(out, posed, input.skin, n, press, input.maxTilt ?? MAX_TILT, input.maxLift ?? MAX_LIFT);
  return out;
}

/**
 * Recomputes the derived fields of `out` (segments, contacts, wrist, forearm) after its `hand`
 * matrix was changed from outside, e.g. by a clearance correction.
 */
export function refreshPlacement(out: HandPlacement): HandPlacement {
  finish(out, posedHand(out.pose, out.side));
  return out;
}

/**
 * What an aim comes to at a place: 'auto' and 'headward' decided there, so the result no longer
 * depends on where the hand is. A hand moving between places keeps the aim it had at one end;
 * re-deciding 'headward' on the way would turn it round wherever its heading crosses the head's
 * direction.
 * @param normal outward skin normal (unit)
 * @param at the contact point
 * @param travel the travel direction in the tangent plane (unit)
 */
export function resolveAim(pose: PoseId, aim: Aim | undefined, normal: Vec3In, at: Vec3In, travel: Vec3In): Exclude<Aim, 'auto' | 'headward'> {
  return settleAim(HAND_POSES[pose], aim ?? HAND_POSES[pose].aim, read(normal, rn), read(at, ra), read(travel, rt));
}
const rn = new Vector3();
const ra = new Vector3();
const rt = new Vector3();

/** The aim direction `t` (unit, in the tangent plane of `n`) that `placeHand` gives the pose's pointing. */
function aimInto(t: Vector3, posed: PosedHand, input: HandPlacementInput, n: Vector3, at: Vector3): void {
  read(input.travel, t).addScaledVector(n, -t.dot(n));
  if (t.lengthSq() < 1e-10) t.set(0, 1, 0).addScaledVector(n, -n.y);
  if (t.lengthSq() < 1e-10) t.set(0, 0, -1).addScaledVector(n, n.z);
  t.normalize();
  const aim = settleAim(posed.pose, input.aim ?? posed.pose.aim, n, at, t);
  if (aim === 'reach') reachDirection(posed, input.side, n, at, t);
  else if (aim === 'forward') {
    t.set(0, 0, -1).addScaledVector(n, n.z);
    if (t.lengthSq() < 1e-10) t.set(0, 1, 0).addScaledVector(n, -n.y);
    t.normalize();
  } else if (aim === 'against') t.negate();
}

/**
 * Where a hand placed with `input` points, in the tangent plane of its normal (unit): its travel
 * with the pose's aim applied ('against' reversed, 'reach' toward the giver, ...). The same hand
 * placed with this as its travel and aim 'along' points the same way.
 */
export function aimDirectionInto(out: MutableVec3, input: HandPlacementInput): MutableVec3 {
  const posed = posedHand(input.pose, input.side);
  read(input.normal, rn).normalize();
  read(input.contact, ra).addScaledVector(rn, -(input.press ?? 0));
  aimInto(rt, posed, input, rn, ra);
  out[0] = rt.x;
  out[1] = rt.y;
  out[2] = rt.z;
  return out;
}

function settleAim(pose: HandPose, aim: Aim, n: Vector3, at: Vector3, t: Vector3): Exclude<Aim, 'auto' | 'headward'> {
  let resolved = aim;
  if (resolved === 'auto') resolved = n.y > AUTO_REACH_ABOVE ? 'reach' : at.y > HEAD_REGION_Y ? 'headward' : (pose.backAim ?? 'headward');
  if (resolved !== 'headward') return resolved;
  const h = HEADWARD_TARGET;
  return t.x * (h[0] - at.x) + t.y * (h[1] - at.y) + t.z * (h[2] - at.z) < 0 ? 'against' : 'along';
}

/** Fills every derived field of `out` from `out.hand` and `out.curl`. */
function finish(out: HandPlacement, posed: PosedHand): void {
  for (let i = 0; i < SEGMENT_COUNT; i++) out.segments[i]!.multiplyMatrices(out.hand, posed.segments[i]!);
  let curled = false;
  for (let k = 0; k < FINGERS.length; k++) {
    if (out.curl[k] === 0) continue;
    curlFinger(out, posed, k);
    curled = true;
  }
  out.contact.copy(posed.contact.point).applyMatrix4(out.hand);
  out.contactNormal.copy(posed.contact.normal).transformDirection(out.hand);
  out.hasSecondary = posed.secondary !== null;
  if (posed.secondary) {
    if (curled && heldSecondary(posed).frames.length > 0) secondaryOnCurledFingers(out, posed);
    else {
      out.secondaryContact.copy(posed.secondary.point).applyMatrix4(out.hand);
      out.secondaryNormal.copy(posed.secondary.normal).transformDirection(out.hand);
    }
  }
  out.wrist.setFromMatrixPosition(out.hand);
  turnForearm(out, posed);
}

const curledFrames = [new Matrix4(), new Matrix4(), new Matrix4(), new Matrix4()] as const;

/** Moves finger `k`'s bones and nail in `out.segments` to its curl. */
function curlFinger(out: HandPlacement, posed: PosedHand, k: number): void {
  curledFinger(posed, k, out.curl[k]!, curledFrames);
  const frames = FINGER_FRAMES[k]!;
  for (let j = 0; j < frames.length; j++) out.segments[frames[j]!]!.multiplyMatrices(out.hand, curledFrames[j]!);
}

/** Segment indices of each finger (`FINGERS` order): its three bones, then its nail (as `curledFinger` writes them). */
const FINGER_FRAMES: readonly (readonly number[])[] = FINGERS.map((f) => [boneIndex(f, 0), boneIndex(f, 1), boneIndex(f, 2), nailIndex(f)]);
/** The finger (index into `FINGERS`) a segment belongs to, or -1. */
const FINGER_OF: readonly number[] = Array.from({ length: SEGMENT_COUNT }, (_, i) => FINGER_FRAMES.findIndex((frames) => frames.includes(i)));

/** The secondary contact held in the frames of the segments it lies on, so it follows curled fingers. */
interface HeldContact {
  readonly frames: readonly number[];
  readonly points: readonly Vector3[];
  readonly normals: readonly Vector3[];
}
const heldContacts = new WeakMap<PosedHand, HeldContact>();

function heldSecondary(posed: PosedHand): HeldContact {
  let hit = heldContacts.get(posed);
  if (!hit) {
    const spec = posed.pose.secondaryContact;
    const frames = spec?.on === 'digits' ? spec.segments.map(segmentIndex) : [];
    const secondary = posed.secondary!;
    const local = (i: number) => posed.segments[i]!.clone().invert();
    hit = {
      frames,
      points: frames.map((i) => secondary.point.clone().applyMatrix4(local(i))),
      normals: frames.map((i) => secondary.normal.clone().transformDirection(local(i))),
    };
    heldContacts.set(posed, hit);
  }
  return hit;
}

/** The secondary contact of a pose that holds it on its digits, following their curl. */
function secondaryOnCurledFingers(out: HandPlacement, posed: PosedHand): void {
  const held = heldSecondary(posed);
  out.secondaryContact.set(0, 0, 0);
  out.secondaryNormal.set(0, 0, 0);
  for (let j = 0; j < held.frames.length; j++) {
    const frame = out.segments[held.frames[j]!]!;
    out.secondaryContact.add(probe.copy(held.points[j]!).applyMatrix4(frame));
    out.secondaryNormal.add(probe.copy(held.normals[j]!).transformDirection(frame));
  }
  out.secondaryContact.divideScalar(held.frames.length);
  out.secondaryNormal.normalize();
}

/**
 * Largest tilt `keepClear` may give a hand, radians: 8° keeps the contact normal within
 * cos 8° ≈ 0.99 of the skin's.
 */
export const MAX_TILT = rad(8);
/** Most `keepClear` may lift a hand off its contact point along the normal, metres [EST]. */
export const MAX_LIFT = 0.03;
/** How far outside the skin a probe must be for `keepClear` to leave it, metres. */
const CLEAR_MARGIN = 0.0008; // the probes are sparse: keep them a little further out
/** The same for the contact surface, which is probed more densely where it presses. */
const CONTACT_MARGIN = 0.0005;
/** Default give of a contact surface beyond the press, metres (see `HandPose.conform`). */
export const CONFORM = 0.003;
const CLEAR_ITERATIONS = 20;
const pivot = new Matrix4();
const turn = new Matrix4();
const probe = new Vector3();
const lever = new Vector3();
const axis = new Vector3();
const probeTuple: [number, number, number] = [0, 0, 0];

/**
 * A rigid pose cannot bend round the body's curves, so a hand placed square to the skin at one
 * point may dip into it further along (fingertips on a round shoulder, the sleeve on the upper
 * back). With the skin's signed distance, turn the hand about its contact point, a few degrees
 * at most, until the pose's probe points (its non-contact surface) are outside. The contact
 * point stays exactly where it was put; the contact normal tilts by `out.tilt`.
 */
function keepClear(out: HandPlacement, posed: PosedHand, skin: (p: Vec3) => number, n: Vector3, press: number, maxTilt: number, maxLift: number): void {
  const groups = probeGroupsFor(posed);
  // Fingers that fit themselves to the skin do so first, so the rigid move answers only for what
  // they cannot fix, and again where it ends.
  const fits = posed.pose.fingerFit !== undefined;
  if (fits) fitFingers(out, posed, skin);
  // The contact surface may sink by the press plus what a soft hand gives on a curve.
  const sink = Math.max(0, press) + (posed.pose.conform ?? CONFORM);
  let best = Infinity;
  let turned = false; // the last step was a turn
  let turning = true; // turns still help
  let before = Infinity;
  for (let iteration = 0; ; iteration++) {
    // The deepest probe beyond what it may sink (a non-contact probe may not sink at all).
    let deepest = -Infinity;
    for (const group of groups) {
      const frame = group.frame < 0 ? out.hand : out.segments[group.frame]!;
      // Skip a group that cannot beat what is found already (or reach the skin at all): its
      // centre's distance bounds every probe's, the field changing at most PROBE_LIPSCHITZ per metre.
      probe.copy(group.centre).applyMatrix4(frame);
      probeTuple[0] = probe.x;
      probeTuple[1] = probe.y;
      probeTuple[2] = probe.z;
      const bound = -skin(probeTuple) + PROBE_LIPSCHITZ * group.radius + (group.anyContact ? Math.max(CLEAR_MARGIN, CONTACT_MARGIN - sink) : CLEAR_MARGIN);
      if (bound <= Math.max(deepest, 0)) continue;
      for (const pr of group.probes) {
        probe.copy(pr.local).applyMatrix4(frame);
        probeTuple[0] = probe.x;
        probeTuple[1] = probe.y;
        probeTuple[2] = probe.z;
        const depth = -skin(probeTuple) + (pr.contact ? CONTACT_MARGIN - sink : CLEAR_MARGIN);
        if (depth > deepest) {
          deepest = depth;
          lever.copy(probe).sub(out.contact);
        }
      }
    }
    // A turn that made things worse (it sank the other end): undo it and lift from now on.
    if (turned && deepest >= before) {
      out.hand.copy(undo);
      finish(out, posed);
      out.tilt = undoTilt;
      turned = false;
      turning = false;
      continue;
    }
    // Keep the best state seen.
    if (deepest < best) {
      best = deepest;
      bestHand.copy(out.hand);
      bestTilt = out.tilt;
      bestLift = out.lift;
    }
    if (deepest <= 0 || iteration === CLEAR_ITERATIONS) break;
    // Turn about the axis lever × n: the probe rises along the skin normal. Once the tilt is
    // used up (a palm across a groove, whose edges ride the ridges), lift the whole hand.
    axis.crossVectors(lever, n);
    const reach = axis.length();
    const room = maxTilt - out.tilt;
    if (!turning || reach < 1e-6 || room <= 1e-6) {
      const rise = Math.min(deepest, maxLift - out.lift);
      if (rise <= 1e-6) break;
      turn.makeTranslation(n.x * rise, n.y * rise, n.z * rise);
      out.hand.premultiply(turn);
      finish(out, posed);
      out.lift += rise;
      turned = false;
      continue;
    }
    undo.copy(out.hand);
    undoTilt = out.tilt;
    before = deepest;
    turned = true;
    axis.divideScalar(reach);
    const angle = Math.min(room, Math.atan2(deepest, reach));
    turn.makeRotationAxis(axis, angle);
    // pivot = T(contact) · R · T(-contact)
    pivot.makeTranslation(out.contact.x, out.contact.y, out.contact.z).multiply(turn);
    turn.makeTranslation(-out.contact.x, -out.contact.y, -out.contact.z);
    pivot.multiply(turn);
    out.hand.premultiply(pivot);
    finish(out, posed);
    out.tilt = Math.acos(Math.min(1, -out.contactNormal.dot(n)));
  }
  if (!out.hand.equals(bestHand)) {
    out.hand.copy(bestHand);
    finish(out, posed);
    out.tilt = bestTilt;
    out.lift = bestLift;
  }
  if (fits) fitFingers(out, posed, skin);
}
const bestHand = new Matrix4();
const undo = new Matrix4();
let undoTilt = 0;
let bestTilt = 0;
let bestLift = 0;

/** Bisection steps of a finger's fit: its range of 40° or so to within a fifth of a degree. */
const FIT_STEPS = 8;

/**
 * Curls or opens each finger of a `fingerFit` pose, within its range, as far toward the skin as
 * it goes with none of its probes inside (more flexion brings a finger nearer the body in these
 * poses: their palms face it). Fully open if even that goes in; fully curled if it never reaches.
 */
function fitFingers(out: HandPlacement, posed: PosedHand, skin: (p: Vec3) => number): void {
  const fit = posed.pose.fingerFit!;
  const groups = probeGroupsFor(posed);
  for (let k = 0; k < FINGERS.length; k++) {
    const depth = (curl: number) => {
      out.curl[k] = curl;
      curlFinger(out, posed, k);
      return fingerDepth(out, groups, k, skin);
    };
    let open = -rad(fit.open);
    let closed = rad(fit.close);
    if (depth(closed) <= 0) continue;
    if (depth(open) > 0) continue;
    for (let step = 0; step < FIT_STEPS; step++) {
      const mid = (open + closed) / 2;
      if (depth(mid) <= 0) open = mid;
      else closed = mid;
    }
    depth(open);
  }
  finish(out, posed);
}

/** How deep finger `k`'s deepest probe is, beyond touching for its contact surface and beyond `CLEAR_MARGIN` for the rest. */
function fingerDepth(out: HandPlacement, groups: readonly ProbeGroup[], k: number, skin: (p: Vec3) => number): number {
  let deepest = -Infinity;
  for (const group of groups) {
    if (group.finger !== k) continue;
    const frame = out.segments[group.frame]!;
    for (const pr of group.probes) {
      probe.copy(pr.local).applyMatrix4(frame);
      probeTuple[0] = probe.x;
      probeTuple[1] = probe.y;
      probeTuple[2] = probe.z;
      deepest = Math.max(deepest, -skin(probeTuple) + (pr.contact ? 0 : CLEAR_MARGIN));
    }
  }
  return deepest;
}

/** A point of a pose's surface: in segment `frame`'s frame, or the hand's (-1); on its contact surface or not. */
interface Probe {
  readonly frame: number;
  readonly local: Vector3;
  readonly contact: boolean;
}
const probeCache = new Map<string, readonly ProbeGroup[]>();

/** Probes of one frame (a segment, or the hand's own), with a ball round them for culling. */
interface ProbeGroup {
  readonly frame: number;
  /** The finger (index into `FINGERS`) whose bone or nail `frame` is, or -1. */
  readonly finger: number;
  readonly centre: Vector3;
  readonly radius: number;
  readonly anyContact: boolean;
  readonly probes: readonly Probe[];
}

/**
 * How fast the skin's distance may change per metre when culling probe groups. The field is a
 * blend of true distances (gradient about 1); 1.5 leaves room for the blends and displacements
 * (`LIPSCHITZ` in the mesher, 2.5, is a proof-level bound that would cull nothing this close).
 */
const PROBE_LIPSCHITZ = 1.5;

/** Groups probes by frame, and splits the hand's own (palm, many) into a few balls. */
function probeGroupsFor(posed: PosedHand): readonly ProbeGroup[] {
  const key = `${posed.side}:${posed.pose.id}`;
  const hit = probeCache.get(key);
  if (hit) return hit;
  const byFrame = new Map<string, Probe[]>();
  for (const pr of probesFor(posed)) {
    // The palm's probes fall into cells of 4 cm so each ball stays small.
    const cell = pr.frame < 0 ? `${Math.floor(pr.local.x / 0.04)},${Math.floor(pr.local.y / 0.04)}` : '';
    const k = `${pr.frame}:${cell}`;
    const list = byFrame.get(k);
    if (list) list.push(pr);
    else byFrame.set(k, [pr]);
  }
  const groups: ProbeGroup[] = [];
  for (const probes of byFrame.values()) {
    const centre = new Vector3();
    for (const pr of probes) centre.add(pr.local);
    centre.divideScalar(probes.length);
    const radius = Math.max(...probes.map((pr) => pr.local.distanceTo(centre)));
    groups.push({ frame: probes[0]!.frame, finger: FINGER_OF[probes[0]!.frame] ?? -1, centre, radius, anyContact: probes.some((pr) => pr.contact), probes });
  }
  // Contact groups first: they are usually the deepest, so later groups are culled against them.
  groups.sort((a, b) => Number(b.anyContact) - Number(a.anyContact));
  probeCache.set(key, groups);
  return groups;
}

/**
 * Where a pose could catch on the body: both ends of every segment (tips, knuckles, nails),
 * the palm's faces and rim, and the sleeve's rim and far end; each marked as on the pose's
 * contact surface or not.
 */
function probesFor(posed: PosedHand): readonly Probe[] {
  const parts = new Set<string>(posed.pose.contactParts);
  const spec = posed.pose.contact;
  const pressing = new Set<string>(spec.on === 'digits' ? spec.segments : []);
  const probes: Probe[] = [];
  for (let i = 0; i < SEGMENT_COUNT; i++) {
    const s = SEGMENT_SHAPES[i]!;
    const contact = parts.has(SEGMENT_IDS[i]!);
    probes.push({ frame: i, local: new Vector3(0, s.length + s.r1, 0), contact });
    const capAround = pressing.has(SEGMENT_IDS[i]!) ? 10 : 4;
    for (let j = 0; j < capAround; j++) {
      const a = (j / capAround) * Math.PI * 2;
      const r = s.r1 * Math.SQRT1_2;
      probes.push({ frame: i, local: new Vector3(Math.cos(a) * r * s.widthScale, s.length + r, Math.sin(a) * r * s.depthScale), contact });
    }
    // Proximal caps too, except the forearm's, which is buried in the heel of the hand.
    if (i !== segmentIndex('forearm')) probes.push({ frame: i, local: new Vector3(0, -s.r0, 0), contact });
    const proximalAround = i === segmentIndex('forearm') ? 0 : pressing.has(SEGMENT_IDS[i]!) ? 10 : 4;
    for (let j = 0; j < proximalAround; j++) {
      const a = (j / proximalAround) * Math.PI * 2;
      const r = s.r0 * Math.SQRT1_2;
      probes.push({ frame: i, local: new Vector3(Math.cos(a) * r * s.widthScale, -r, Math.sin(a) * r * s.depthScale), contact });
    }
    // The segments that carry the contact point press hardest: probe them more densely.
    const dense = pressing.has(SEGMENT_IDS[i]!);
    const rings = dense ? 6 : 3;
    const around = dense ? 10 : 6;
    for (let k = 0; k < rings; k++) {
      const t = k / (rings - 1);
      const r = s.r0 + (s.r1 - s.r0) * t;
      for (let j = 0; j < around; j++) {
        const a = (j / around) * Math.PI * 2;
        probes.push({ frame: i, local: new Vector3(Math.cos(a) * r * s.widthScale, t * s.length, Math.sin(a) * r * s.depthScale), contact });
      }
    }
  }
  const palm = posed.side === 'right' ? palmMeshes().right : palmMeshes().left;
  const regionPart = ['palm', 'palmRim', 'dorsum'] as const;
  // Every palm vertex: the palm's rim is where a rigid hand catches on a curve or a ridge.
  for (let v = 0; v < palm.region.length; v++) {
    const contact = parts.has(regionPart[palm.region[v]!]!);
    probes.push({ frame: -1, local: new Vector3(palm.positions[v * 3]!, palm.positions[v * 3 + 1]!, palm.positions[v * 3 + 2]!), contact });
  }
  const cuff = HAND.cuff;
  const forearm = segmentIndex('forearm');
  for (const y of [cuff.start, cuff.start + cuff.length]) {
    for (let j = 0; j < 6; j++) {
      const a = (j / 6) * Math.PI * 2;
      probes.push({ frame: forearm, local: new Vector3(Math.cos(a) * cuff.radius * cuff.widthScale, y, Math.sin(a) * cuff.radius), contact: false });
    }
  }
  return probes;
}

/**
 * 'reach': the aim direction `t` (in the tangent plane of the skin normal `n`) for which the
 * placed forearm points most nearly at the giver's shoulder. With the pose's contact normal
 * fixed into the skin, the only freedom is a turn about `n`; the forearm's component across `n`
 * turns with it, so the best turn lines that component up with the giver's direction.
 */
function reachDirection(posed: PosedHand, side: HandSide, n: Vector3, at: Vector3, t: Vector3): void {
  // Express the forearm in the basis (contact normal, in-plane pointing, their cross).
  a.copy(posed.contact.normal);
  b.copy(posed.pointing).addScaledVector(a, -posed.pointing.dot(a)).normalize();
  c.crossVectors(a, b);
  const fb = posed.forearm.dot(b);
  const fc = posed.forearm.dot(c);
  towardGiver(side, at, g).addScaledVector(n, -g.dot(n));
  if (g.lengthSq() < 1e-10 || fb * fb + fc * fc < 1e-10) {
    t.set(0, 1, 0).addScaledVector(n, -n.y).normalize();
    return;
  }
  g.normalize();
  // World basis: A = -n, B = t, C = A × B = t × n... with B = t, the forearm's in-plane part is
  // fb·t + fc·(-n × t). Solve for t so that it lies along g: t = fb·g + fc·(-n × g) rotated back.
  u.crossVectors(n, g); // n × g
  // fb·t - fc·(n × t) ∝ g  =>  t ∝ fb·g + fc·(n × g)
  t.copy(g).multiplyScalar(fb).addScaledVector(u, fc).normalize();
}

/**
 * Wrist deviation: rotate the forearm about the palm's normal toward the giver's shoulder,
 * clamped to the wrist's range (radial 20°, ulnar 30°), and rebuild the forearm segment along it.
 */
function turnForearm(out: HandPlacement, posed: PosedHand): void {
  zw.set(0, 0, 1).transformDirection(out.hand);
  const f0 = c.copy(posed.forearm).transformDirection(out.hand);
  const along = f0.dot(zw);
  u.copy(f0).addScaledVector(zw, -along);
  v.crossVectors(zw, u);
  towardGiver(out.side, out.wrist, g);
  let delta = Math.atan2(g.dot(v), g.dot(u));
  // +delta swings the forearm toward local +X: the radial side of a right hand (ulnar deviation),
  // the ulnar side of a left one (radial deviation).
  const toPlusX = rad(out.side === 'right' ? WRIST_DEVIATION.ulnar : WRIST_DEVIATION.radial);
  const toMinusX = rad(out.side === 'right' ? WRIST_DEVIATION.radial : WRIST_DEVIATION.ulnar);
  delta = Math.min(toPlusX, Math.max(-toMinusX, delta));
  out.wristDeviation = delta;
  out.forearm
    .copy(zw)
    .multiplyScalar(along)
    .addScaledVector(u, Math.cos(delta))
    .addScaledVector(v, Math.sin(delta))
    .normalize();
  // The stub's axis sits a little toward the back of the hand (HAND.wrist.dorsal).
  u.copy(out.wrist).addScaledVector(zw, -HAND.wrist.dorsal);
  forearmFrame(out.forearm, zw, u, out.segments[FOREARM]);
}

/**
 * A hand in its pose with no body: hand-local frame placed by `matrix` (default identity), forearm
 * straight. For previews, screenshots and tests.
 */
export function localPlacement(side: HandSide, pose: PoseId, matrix?: Matrix4, out: HandPlacement = createHandPlacement(side, pose)): HandPlacement {
  const posed = posedHand(pose, side);
  if (matrix) out.hand.copy(matrix);
  else out.hand.identity();
  for (let i = 0; i < SEGMENT_COUNT; i++) out.segments[i]!.multiplyMatrices(out.hand, posed.segments[i]!);
  out.side = side;
  out.pose = pose;
  out.contact.copy(posed.contact.point).applyMatrix4(out.hand);
  out.contactNormal.copy(posed.contact.normal).transformDirection(out.hand);
  out.hasSecondary = posed.secondary !== null;
  if (posed.secondary) {
    out.secondaryContact.copy(posed.secondary.point).applyMatrix4(out.hand);
    out.secondaryNormal.copy(posed.secondary.normal).transformDirection(out.hand);
  }
  out.wrist.setFromMatrixPosition(out.hand);
  out.forearm.copy(posed.forearm).transformDirection(out.hand);
  out.wristDeviation = 0;
  out.tilt = 0;
  out.lift = 0;
  out.curl.fill(0);
  return out;
}
