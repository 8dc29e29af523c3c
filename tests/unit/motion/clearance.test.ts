import { beforeAll, describe, expect, test } from 'vitest';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { TRUNK_UP } from '../../../src/anatomy/spine';
import { SKIN_SURFACE, skinDistance } from '../../../src/anatomy/skin/skinSurface';
import { SAMPLED_PRESS, createHandClearance, samplesAlong, transitSamples, type HandClearance } from '../../../src/motion/clearance';
import { layTechnique, type LaidTechnique } from '../../../src/motion/laid/layTechnique';
import { createHandPlacement, placeHand, type HandPlacement } from '../../../src/motion/hands/placement';
import { HAND_POSES } from '../../../src/motion/hands/poses';
import { handSurfaceSamples } from '../../../src/motion/hands/samples';
import { HOOK_RISE, createTimelineSample, sampleTimeline, type TimelineHand } from '../../../src/motion/sample';
import { SCHEDULE } from '../../../src/motion/techniqueSchedule';
import { carryWithNormalInto } from '../../../src/motion/turn';
import { TECHNIQUE } from '../../../src/technique';

/**
 * The giver's hands never pass through the mother, all through the procedure: the timeline is
 * walked end to end, both hands placed as the app places them (precomputed clearance
 * corrections), and every surface sample of each hand that is not its contact surface must be
 * outside the skin.
 */

/**
 * Walk step, seconds: fine enough to land in every phase of every stroke several times, and
 * several times in each part of a one-second move between actions (a hand that hooks a shoulder
 * on the way can dip in for a tenth of a second).
 */
const STEP = 0.05;
/** Non-contact parts may graze the skin by this much (sampling between the clearance probes, SDF precision). */
const GRAZE = 0.0015;
/**
 * Moving between actions the hand is up to 4 cm off the skin mid-arc but takes the new pose at
 * its top; near the ends of the arc it may graze a little more where the skin curves between the
 * two places [EST].
 */
const SETTLE_GRAZE = 0.003;
/**
 * Where a rigid pose still cannot fit the body, the deepest it goes today, metres, plus 1 mm:
 * these may only shrink. The fingertips above the collarbone graze its edge (1.9 mm).
 */
const KNOWN_GAPS: Readonly<Record<string, number>> = {
  'supraclavicular-press work': 0.0029,
};

let geometry: LaidTechnique;
beforeAll(() => {
  geometry = layTechnique(TECHNIQUE, LANDMARKS, SKIN_SURFACE);
});

function deepestNonContact(p: HandPlacement, hand: TimelineHand): { depth: number; part: string } {
  const contact = new Set<string>(HAND_POSES[hand.pose].contactParts);
  let worst = { depth: -Infinity, part: '' };
  for (const s of handSurfaceSamples(p, { around: 6, rings: 3 })) {
    if (contact.has(s.part)) continue;
    const depth = -skinDistance([s.point.x, s.point.y, s.point.z]);
    if (depth > worst.depth) worst = { depth, part: s.part };
  }
  return worst;
}

describe('hands clear the body through the whole procedure', () => {
  test('no non-contact part of either hand is inside the skin at any moment (beyond the known gaps)', { timeout: 300_000 }, () => {
    const clearance = createHandClearance(skinDistance);
    const sample = createTimelineSample();
    const out = { left: createHandPlacement('left'), right: createHandPlacement('right') };
    // The worst moment of each action, hand and state that goes in, so one message shows them all.
    const failures = new Map<string, string>();
    const worstDepth = new Map<string, number>();
    for (let t = 0; t <= SCHEDULE.duration; t += STEP) {
      sampleTimeline(SCHEDULE, geometry, t, sample);
      for (const side of ['left', 'right'] as const) {
        const hand = sample[side];
        if (!hand) continue;
        const worst = deepestNonContact(clearance.place(side, hand, out[side]), hand);
        const limit = KNOWN_GAPS[`${sample.actionId} ${hand.state}`] ?? (hand.state === 'settle' ? SETTLE_GRAZE : GRAZE);
        const key = `${sample.actionId} ${side} ${hand.pose} (${hand.state})`;
        if (worst.depth > limit && worst.depth > (worstDepth.get(key) ?? -Infinity)) {
          worstDepth.set(key, worst.depth);
          failures.set(key, `${key} at ${t.toFixed(2)} s: ${worst.part} ${(worst.depth * 1000).toFixed(1)} mm inside`);
        }
      }
    }
    expect([...failures.values()]).toEqual([]);
  });
});

describe('moves between actions', () => {
  /**
   * How far a hand's wrist may move in one frame at 60 fps while it moves between actions in one
   * pose, metres: 3 cm a frame is 1.8 m/s, a brisk reach; a hand turning round mid-air jumps more.
   */
  const MAX_STEP = 0.03;

  test('a hand never jumps or turns round mid-air: its wrist moves a little each frame', { timeout: 240_000 }, () => {
    const clearance = createHandClearance(skinDistance);
    const sample = createTimelineSample();
    const placed = { left: createHandPlacement('left'), right: createHandPlacement('right') };
    const last = { left: null as { pose: string; x: number; y: number; z: number; t: number } | null, right: null as { pose: string; x: number; y: number; z: number; t: number } | null };
    const worst = new Map<string, number>();
    for (let t = 0; t <= SCHEDULE.duration; t += 1 / 60) {
      sampleTimeline(SCHEDULE, geometry, t, sample);
      for (const side of ['left', 'right'] as const) {
        const hand = sample[side];
        if (!hand || hand.state !== 'settle') {
          last[side] = null;
          continue;
        }
        const w = clearance.place(side, hand, placed[side]).wrist;
        const before = last[side];
        if (before && before.pose === hand.pose) {
          const step = Math.hypot(w.x - before.x, w.y - before.y, w.z - before.z);
          const key = `${sample.actionId} ${side}`;
          if (step > (worst.get(key) ?? 0)) worst.set(key, step);
        }
        last[side] = { pose: hand.pose, x: w.x, y: w.y, z: w.z, t };
      }
    }
    const jumps = [...worst].filter(([, step]) => step > MAX_STEP).map(([key, step]) => `${key}: ${(step * 1000).toFixed(1)} mm`);
    expect(jumps).toEqual([]);
    expect(worst.size).toBeGreaterThan(10);
  });
});

describe('a grip hooked over the shoulder', () => {
  /** Least part of each frame's wrist move that must be up (or down) the trunk: within about 25°. */
  const STRAIGHT = 0.9;

  test('lets go upward, off the hook, and takes hold from above: its wrist moves straight up or down the trunk', () => {
    const clearance = createHandClearance(skinDistance);
    const sample = createTimelineSample();
    let checked = 0;
    for (const segment of SCHEDULE.segments.filter((s) => s.phase.kind === 'settle')) {
      for (const side of ['left', 'right'] as const) {
        const wrists: { x: number; y: number; z: number }[] = [];
        for (let t = segment.start; t < segment.start + segment.duration; t += 1 / 60) {
          sampleTimeline(SCHEDULE, geometry, t, sample);
          const hand = sample[side];
          const track = hand?.spot.track;
          if (!hand || !track || hand.spot.route !== 'transit') continue;
          const leaving = track.previous?.pose === 'cGrip' && hand.spot.fraction < HOOK_RISE;
          const arriving = track.pose === 'cGrip' && hand.spot.fraction > 1 - HOOK_RISE;
          if (!leaving && !arriving) continue;
          const w = clearance.place(side, hand, createHandPlacement(side)).wrist;
          const last = wrists[wrists.length - 1];
          if (last) {
            const d = [w.x - last.x, w.y - last.y, w.z - last.z] as const;
            const up = (d[0] * TRUNK_UP[0] + d[1] * TRUNK_UP[1] + d[2] * TRUNK_UP[2]) * (leaving ? 1 : -1);
            expect(up, `${segment.actionId} ${side} at ${t.toFixed(2)} s`).toBeGreaterThanOrEqual(STRAIGHT * Math.hypot(...d));
            checked++;
          }
          wrists.push({ x: w.x, y: w.y, z: w.z });
        }
      }
    }
    // Both hands take hold, and at least one lets go, over a dozen frames each.
    expect(checked).toBeGreaterThan(36);
  });
});

test('a direction carried with the normal stays in the tangent plane and keeps its turn about the normal', () => {
  const out: [number, number, number] = [0, 0, 0];
  // Normal from the back (+z) round to the side (+x): the rotation is about +y.
  expect(carryWithNormalInto(out, [0, 1, 0], [0, 0, 1], [1, 0, 0])).toEqual([0, 1, 0]);
  const [x, y, z] = carryWithNormalInto(out, [1, 0, 0], [0, 0, 1], [1, 0, 0]);
  expect([x, y, z].map((v) => Math.round(v * 1e9) / 1e9 + 0)).toEqual([0, 0, -1]);
  // Any tangent stays tangent and unit.
  const to = [0.6, 0.8, 0] as const;
  const carried = carryWithNormalInto(out, [Math.SQRT1_2, Math.SQRT1_2, 0], [0, 0, 1], to);
  expect(Math.hypot(...carried)).toBeCloseTo(1, 9);
  expect(carried[0] * to[0] + carried[1] * to[1] + carried[2] * to[2]).toBeCloseTo(0, 9);
});

describe('the forehead support hand', () => {
  /** How far a resting hand's palm and fingers may float off the skin, metres: touching, as sampled. */
  const REST_GAP = 0.002;

  test('rests on the forehead: its palm and every finger touch the skin', () => {
    const clearance = createHandClearance(skinDistance);
    const sample = createTimelineSample();
    const segment = SCHEDULE.segments.find((s) => s.actionId === 'neck-stroke' && s.phase.kind !== 'settle')!;
    sampleTimeline(SCHEDULE, geometry, segment.start + segment.duration / 2, sample);
    const hand = sample.left!;
    expect(hand.pose).toBe('supportHead');
    const placed = clearance.place('left', hand, createHandPlacement('left'));
    const nearest = new Map<string, number>();
    for (const s of handSurfaceSamples(placed, { around: 8, rings: 4, cuff: false })) {
      const part = s.part === 'palmRim' ? 'palm' : s.part.split('.')[0]!;
      nearest.set(part, Math.min(nearest.get(part) ?? Infinity, skinDistance([s.point.x, s.point.y, s.point.z])));
    }
    for (const part of ['palm', 'index', 'middle', 'ring', 'little']) expect(nearest.get(part), part).toBeLessThanOrEqual(REST_GAP);
  });
});

describe('clearance corrections', () => {
  let clearance: HandClearance;
  beforeAll(() => {
    clearance = createHandClearance(skinDistance);
  });

  test('at a sample place the correction is exactly what placeHand with the skin does', () => {
    const track = geometry.actions.find((a) => a.actionId === 'shoulder-stroke')!.right!;
    expect(track.motion.kind).toBe('path');
    // The first moment of its pressure phase: the hand is at the path's first sample place.
    const sample = createTimelineSample();
    const segment = SCHEDULE.segments.find((s) => s.actionId === 'shoulder-stroke' && s.phase.kind === 'pressure')!;
    sampleTimeline(SCHEDULE, geometry, segment.start, sample);
    const hand = sample.right!;
    expect(hand.spot.track).toBe(track);
    expect(hand.spot.route).toBe('path');
    expect(hand.spot.fraction * (samplesAlong(track.motion.kind === 'path' ? track.motion.path : track.motion.place as never) - 1) % 1).toBeCloseTo(0, 9);
    const fast = clearance.place('right', { ...hand, press: SAMPLED_PRESS, lift: 0 }, createHandPlacement('right'));
    const direct = placeHand({
      side: 'right',
      pose: hand.pose,
      contact: hand.contact,
      normal: hand.normal,
      travel: hand.heading,
      press: SAMPLED_PRESS,
      skin: skinDistance,
    });
    for (let i = 0; i < 16; i++) expect(fast.hand.elements[i]!).toBeCloseTo(direct.hand.elements[i]!, 6);
  });

  test('seeking gives exactly what playing gives, whatever was prepared before', () => {
    const played = createHandClearance(skinDistance);
    const sought = createHandClearance(skinDistance);
    const sample = createTimelineSample();
    const target = 31.37;
    for (let t = 25; t < target; t += 1 / 30) {
      sampleTimeline(SCHEDULE, geometry, t, sample);
      played.place('left', sample.left!, createHandPlacement('left'));
    }
    sampleTimeline(SCHEDULE, geometry, target, sample);
    const a = played.place('left', sample.left!, createHandPlacement('left'));
    const b = sought.place('left', sample.left!, createHandPlacement('left'));
    expect(Array.from(a.hand.elements)).toEqual(Array.from(b.hand.elements));
  });

  test('prepare makes every sample once, in slices; playing then makes none', { timeout: 240_000 }, () => {
    const fresh = createHandClearance(skinDistance);
    let slices = 0;
    let budget = 0;
    while (!fresh.prepare(geometry, 3, () => budget-- > 0)) {
      slices++;
      budget = 40;
    }
    expect(slices).toBeGreaterThan(2);
    let expected = 0;
    for (const action of geometry.actions) {
      for (const track of [action.left, action.right]) {
        if (!track) continue;
        expected += 2 + (track.transit ? transitSamples(track.transit) : 0);
        if (track.motion.kind === 'path') expected += samplesAlong(track.motion.path) + (track.motion.baseline ? samplesAlong(track.motion.baseline) : 0);
      }
    }
    expect(fresh.made).toBe(expected);
    const sample = createTimelineSample();
    for (let t = 0; t < SCHEDULE.duration; t += 0.5) {
      sampleTimeline(SCHEDULE, geometry, t, sample);
      if (sample.left) fresh.place('left', sample.left, createHandPlacement('left'));
      if (sample.right) fresh.place('right', sample.right, createHandPlacement('right'));
    }
    expect(fresh.made).toBe(expected);
    expect(fresh.prepare(geometry, 0, () => true)).toBe(true);
  });
});
