import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { PerspectiveCamera, Vector3 } from 'three';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { SKIN_SURFACE, skinDistance } from '../../../src/anatomy/skin/skinSurface';
import { createHandClearance } from '../../../src/motion/clearance';
import { DIGITS, type DigitId } from '../../../src/motion/hands/dimensions';
import type { HandSide } from '../../../src/motion/hands/ids';
import { createHandPlacement, type HandPlacement } from '../../../src/motion/hands/placement';
import { HAND_POSES, LIFTED_CLEAR, RESTING_GAP, WORKING_GAP } from '../../../src/motion/hands/poses';
import { handSurfaceSamples, type HandSample } from '../../../src/motion/hands/samples';
import { SEGMENT_SHAPES, boneIndex } from '../../../src/motion/hands/segments';
import { layTechnique, type LaidTechnique } from '../../../src/motion/laid/layTechnique';
import { createTimelineSample, sampleTimeline, type TimelineHand } from '../../../src/motion/sample';
import { SCHEDULE } from '../../../src/motion/techniqueSchedule';
import { CAMERA_LIMITS, cameraPoseFor } from '../../../src/scene/camera/viewPresets';
import { TECHNIQUE } from '../../../src/technique';

/**
 * The hands touch the mother the way the technique says, all through the procedure: the timeline
 * is walked through the first repetition of every stroke and the whole of every press, both hands
 * placed as the app places them (with the precomputed clearance), and for each working hand:
 *
 * - its working part (`HandPose.working`: the thumb pad, the palm, the back of the hand, the
 *   backs of the fingers, the fingertips) lies on the skin, at most `WORKING_GAP` (3 mm) off it;
 * - each other digit the pose lays on the body (`HandPose.resting`) is at most `RESTING_GAP`
 *   (5 mm) off it; every remaining digit is clearly lifted, at least `LIFTED_CLEAR` (10 mm) off
 *   it, or, where the body rises under it (a fist over the curve of the upper back), touches it:
 *   no digit ever hovers in between, looking as if it floated just off the skin;
 * - the two hands at most touch (`HANDS_TOUCH`), and no finger of one ever lies between two
 *   fingers of the other (`BETWEEN`): the interleaving at the nape is gone.
 *
 * The gap table (per action: the largest working-part and resting-digit gaps, the nearest lifted
 * digit, the closest the hands' fingers come) is written to artifacts/hands/gap-table.md.
 */

/** Walk step within the phases, seconds. */
const STEP = 0.1;
/**
 * Most the digits of one hand may reach into the other's, metres: hands side by side may touch
 * (the heels of two flat hands at the base of the neck, the thumbs of two fists at the inner edge
 * of their circles), within what the round-cone stand-ins overstate a soft hand's width.
 */
const HANDS_TOUCH = 0.005;
/** Nearer than this to two fingers of the other hand at once, a finger lies between them, metres. */
const BETWEEN = 0.003;

let laid: LaidTechnique;
beforeAll(() => {
  laid = layTechnique(TECHNIQUE, LANDMARKS, SKIN_SURFACE);
});

/**
 * The digit a part of the hand belongs to. The thumb's metacarpal ('thumb.0', its cone standing
 * for the ball of the thumb) is the hand's, like the palm: the thumb rests or lifts by its two
 * phalanges and its nail.
 */
const partOfDigit = (part: string): DigitId | null => {
  if (part === 'thumb.0') return null;
  const digit = part.startsWith('nail.') ? part.slice(5) : part.split('.')[0]!;
  return (DIGITS as readonly string[]).includes(digit) ? (digit as DigitId) : null;
};

const d = (s: HandSample) => skinDistance([s.point.x, s.point.y, s.point.z]);

interface HandGaps {
  /**
   * How far the working part is off the skin: each of its pieces (the thumb, the fingers of a grip
   * or a rake, the palm) taken at its nearest point, the farthest piece (negative: all pressed in).
   */
  working: number;
  /** Nearest any of it comes (negative: pressed in that far). */
  deepest: number;
  /** Per digit outside the working part: nearest it comes to the skin. */
  digits: Map<DigitId, number>;
}

function gapsOf(p: HandPlacement, hand: TimelineHand): HandGaps {
  const pose = HAND_POSES[hand.pose];
  const working = new Set<string>(pose.working);
  const workingDigits = new Set(pose.working.map(partOfDigit).filter((x) => x !== null));
  // Pieces of the working part: the thumb, the fingers together, or a face of the palm.
  const piece = (part: string) => {
    const digit = partOfDigit(part);
    return digit === 'thumb' ? 'thumb' : digit ? 'fingers' : part;
  };
  const nearest = new Map<string, number>();
  const digits = new Map<DigitId, number>();
  // The point a palm or the back of a hand is laid by lies on that face between the palm mesh's
  // vertices (the pads under the knuckles, a ring in from the rim): where the body curves away
  // under a flat hand it is the face's nearest point, and no vertex stands in for it. (A grip's
  // point in the hollow of the hand, `standoff`, is not on the hand.)
  const laidBy = pose.contact.on === 'palm' && !pose.contact.standoff ? (pose.contact.face === 'palmar' ? 'palm' : 'dorsum') : null;
  if (laidBy && working.has(laidBy)) nearest.set(laidBy, skinDistance([p.contact.x, p.contact.y, p.contact.z]));
  for (const s of handSurfaceSamples(p, { around: 8, rings: 4, cuff: false })) {
    if (working.has(s.part)) nearest.set(piece(s.part), Math.min(nearest.get(piece(s.part)) ?? Infinity, d(s)));
    const digit = partOfDigit(s.part);
    if (digit && !workingDigits.has(digit)) digits.set(digit, Math.min(digits.get(digit) ?? Infinity, d(s)));
  }
  return { working: Math.max(...nearest.values()), deepest: Math.min(...nearest.values()), digits };
}

/** A digit bone of a placed hand: its axis and radii (a round cone). */
interface Bone {
  readonly a: Vector3;
  readonly b: Vector3;
  readonly r0: number;
  readonly r1: number;
}

function digitBones(p: HandPlacement): Bone[] {
  return DIGITS.flatMap((digit) =>
    ([0, 1, 2] as const).map((bone) => {
      const i = boneIndex(digit, bone);
      const s = SEGMENT_SHAPES[i]!;
      const m = p.segments[i]!;
      return { a: new Vector3(0, 0, 0).applyMatrix4(m), b: new Vector3(0, s.length, 0).applyMatrix4(m), r0: s.r0, r1: s.r1 };
    }),
  );
}

/** How far a point is outside a bone's round cone (its radius at the nearest axis point; the cross-section's extra width is within a millimetre). */
function outsideBone(q: Vector3, y: Bone): number {
  const ab = y.b.clone().sub(y.a);
  const t = Math.min(1, Math.max(0, q.clone().sub(y.a).dot(ab) / ab.lengthSq()));
  return q.distanceTo(y.a.clone().addScaledVector(ab, t)) - (y.r0 + (y.r1 - y.r0) * t);
}

/**
 * The least distance from the digits' surface of one hand to the digits of the other, and whether
 * a finger of either hand lies between two fingers of the other (near both at once).
 */
function handsGap(left: HandPlacement, right: HandPlacement): { gap: number; between: boolean } {
  let gap = Infinity;
  let between = false;
  for (const [a, b] of [
    [left, right],
    [right, left],
  ] as const) {
    const bones = digitBones(b);
    const near = new Map<DigitId, Set<DigitId>>();
    for (const s of handSurfaceSamples(a, { around: 8, rings: 3, cuff: false })) {
      const digit = partOfDigit(s.part);
      if (!digit) continue;
      bones.forEach((y, i) => {
        const d = outsideBone(s.point, y);
        gap = Math.min(gap, d);
        const other = DIGITS[Math.floor(i / 3)]!;
        if (d < BETWEEN && other !== 'thumb') near.set(digit, (near.get(digit) ?? new Set()).add(other));
      });
    }
    if ([...near.values()].some((others) => others.size >= 2)) between = true;
  }
  return { gap, between };
}

interface Row {
  action: string;
  hand: string;
  pose: string;
  workingMax: number;
  workingMin: number;
  resting: { digit: DigitId; gap: number } | null;
  /** The lifted digit nearest the skin while clear of it (beyond `RESTING_GAP`). */
  lifted: { digit: DigitId; gap: number } | null;
  /** Moments a lifted digit hovered between `RESTING_GAP` and `LIFTED_CLEAR`, and the worst. */
  hovering: { digit: DigitId; gap: number } | null;
  /** How many moments a lifted digit touched instead. */
  touching: number;
  handsMin: number;
  between: boolean;
}

const mm = (m: number) => (Number.isFinite(m) ? (m * 1000).toFixed(1) : '-');

describe('the working part touches, the other fingers rest or lift, the hands keep apart', () => {
  const rows = new Map<string, Row>();

  test('walked through every press and stroke', { timeout: 300_000 }, () => {
    const clearance = createHandClearance(skinDistance);
    const sample = createTimelineSample();
    const placed = { left: createHandPlacement('left'), right: createHandPlacement('right') };
    const segments = SCHEDULE.segments.filter((s) => s.phase.kind !== 'settle' && s.repetition <= 1);
    for (const segment of segments) {
      for (let tau = 0; tau <= segment.duration + 1e-9; tau += STEP) {
        sampleTimeline(SCHEDULE, laid, Math.min(segment.start + tau, segment.end - 1e-4), sample);
        const shown: Partial<Record<HandSide, HandPlacement>> = {};
        for (const side of ['left', 'right'] as const) {
          const hand = sample[side];
          if (!hand) continue;
          const p = clearance.place(side, hand, placed[side]);
          shown[side] = p;
          // Only a hand down on the skin doing its work (not one lifting at its turn's edges).
          if (hand.state !== 'work' || hand.lift > 1e-4) continue;
          const key = `${sample.actionId} ${side}`;
          const row = rows.get(key) ?? { action: sample.actionId, hand: side, pose: hand.pose, workingMax: -Infinity, workingMin: Infinity, resting: null, lifted: null, hovering: null, touching: 0, handsMin: Infinity, between: false };
          const gaps = gapsOf(p, hand);
          row.workingMax = Math.max(row.workingMax, gaps.working);
          row.workingMin = Math.min(row.workingMin, gaps.deepest);
          const resting = new Set<DigitId>(HAND_POSES[hand.pose].resting);
          for (const [digit, gap] of gaps.digits) {
            if (resting.has(digit)) {
              if (!row.resting || gap > row.resting.gap) row.resting = { digit, gap };
            } else if (gap <= RESTING_GAP) row.touching++;
            else {
              if (!row.lifted || gap < row.lifted.gap) row.lifted = { digit, gap };
              if (gap < LIFTED_CLEAR && (!row.hovering || gap < row.hovering.gap)) row.hovering = { digit, gap };
            }
          }
          rows.set(key, row);
        }
        if (shown.left && shown.right) {
          const { gap, between } = handsGap(shown.left, shown.right);
          for (const side of ['left', 'right'] as const) {
            const row = rows.get(`${sample.actionId} ${side}`);
            if (!row) continue;
            row.handsMin = Math.min(row.handsMin, gap);
            row.between ||= between;
          }
        }
      }
    }
    const table = [
      "| action | hand | pose | working part: largest gap (mm) | deepest press (mm) | resting digit: largest gap (mm) | lifted digit: nearest while clear (mm) | other hand's digits: nearest (mm; negative: touching) |",
      '|---|---|---|---|---|---|---|---|',
      ...[...rows.values()].map(
        (r) =>
          `| ${r.action} | ${r.hand} | ${r.pose} | ${mm(Math.max(0, r.workingMax))} | ${mm(Math.max(0, -r.workingMin))} | ${r.resting ? `${mm(r.resting.gap)} (${r.resting.digit})` : '-'} | ${r.lifted ? `${mm(r.lifted.gap)} (${r.lifted.digit})${r.touching ? `; touches at ${r.touching} moments` : ''}` : r.touching ? `touches at ${r.touching} moments` : '-'} | ${mm(r.handsMin)}${r.between ? ' (between!)' : ''} |`,
      ),
    ].join('\n');
    mkdirSync('artifacts/hands', { recursive: true });
    writeFileSync('artifacts/hands/gap-table.md', `${table}\n`);
    console.log(table);

    const failures: string[] = [];
    for (const r of rows.values()) {
      const key = `${r.action} ${r.hand} ${r.pose}`;
      if (r.workingMax > WORKING_GAP) failures.push(`${key}: working part ${mm(r.workingMax)} mm off the skin`);
      if (r.resting && r.resting.gap > RESTING_GAP) failures.push(`${key}: resting ${r.resting.digit} ${mm(r.resting.gap)} mm off the skin`);
      if (r.hovering) failures.push(`${key}: lifted ${r.hovering.digit} hovers ${mm(r.hovering.gap)} mm off the skin`);
      if (r.handsMin < -HANDS_TOUCH) failures.push(`${key}: reaches ${mm(-r.handsMin)} mm into the other hand`);
      if (r.between) failures.push(`${key}: a finger lies between two of the other hand's`);
    }
    expect(failures).toEqual([]);
    // Every working hand of every action was seen.
    const working = new Set(laid.actions.flatMap((a) => [a.left, a.right].filter((t) => t?.role === 'work').map((t) => `${a.actionId} ${t!.hand}`)));
    expect(new Set(rows.keys())).toEqual(working);
  });
});

describe('the supporting hand on the forehead is in view during the neck stroke', () => {
  /** Canvas shapes: a phone held upright (the view above the controls) and a laptop. */
  const ASPECTS = [0.9, 2.2];

  test.each(ASPECTS)('in the neck view at aspect %s: the back of the hand is inside the picture and not hidden by the head', (aspect) => {
    const clearance = createHandClearance(skinDistance);
    const sample = createTimelineSample();
    const segment = SCHEDULE.segments.find((s) => s.actionId === 'neck-stroke' && s.phase.kind === 'pressure')!;
    sampleTimeline(SCHEDULE, laid, segment.start + segment.duration / 2, sample);
    const hand = sample.left!;
    expect(hand.state).toBe('support');
    const p = clearance.place('left', hand, createHandPlacement('left'));
    const pose = cameraPoseFor('neck');
    const camera = new PerspectiveCamera(CAMERA_LIMITS.fov, aspect, 0.01, 10);
    camera.position.set(...pose.position);
    camera.lookAt(...pose.target);
    camera.updateMatrixWorld();
    const eye = camera.position;
    // What of the hand faces the camera and can be seen: inside the picture, no skin in the way.
    const seen = (q: Vector3): boolean => {
      const ndc = q.clone().project(camera);
      if (Math.abs(ndc.x) > 0.95 || Math.abs(ndc.y) > 0.95 || ndc.z > 1) return false;
      const way = q.clone().sub(eye);
      const length = way.length();
      way.divideScalar(length);
      for (let s = 0; s < length - 0.01; ) {
        const at = eye.clone().addScaledVector(way, s);
        const dist = skinDistance([at.x, at.y, at.z]);
        if (dist < 0.0005) return false;
        s += Math.max(dist * 0.9, 0.001);
      }
      return true;
    };
    const count = (parts: (s: HandSample) => boolean) => {
      const samples = handSurfaceSamples(p, { around: 8, rings: 3, cuff: false }).filter(parts);
      return samples.filter((s) => seen(s.point)).length / samples.length;
    };
    // Its back is seen, most of it (its palm lies on the forehead and its fingers round the far
    // side of it, out of sight), not a sleeve at the edge of the picture.
    expect(count((s) => s.part === 'dorsum'), 'share of the back of the hand in view').toBeGreaterThan(0.5);
    expect(count(() => true), 'share of the whole hand in view').toBeGreaterThan(0.15);
  });
});
