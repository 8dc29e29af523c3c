/**
 * The sampled timeline with the real technique and landmarks. The skin SDF (`src/anatomy/skin`)
 * has not landed, so the skin here is an analytic stand-in: every point is its own skin point,
 * with a normal blended smoothly from the landmarks' normals (inverse distance^4). It is
 * mirror-symmetric like the body, so mirrored strokes must come out exactly mirrored.
 */
import { describe, expect, test } from 'vitest';
import { LANDMARK_IDS } from '../../../src/anatomy/landmarkIds';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { resolvePath, type SkinSurface } from '../../../src/anatomy/paths';
import { measurePath, samplePath } from '../../../src/anatomy/polyline';
import { spineAtVertebra } from '../../../src/anatomy/spine';
import { distance, dot, length, mirrorX, normalize, sub, type Vec3 } from '../../../src/anatomy/vec';
import { HEAD_SUPPORT, circlesReturnLine } from '../../../src/motion/laid/handTracks';
import { layTechnique } from '../../../src/motion/laid/layTechnique';
import { HOVER_LIFT, MAX_DENT, createTimelineSample, sampleTimeline, segmentPressure, type TimelineHand, type TimelineSample } from '../../../src/motion/sample';
import { advance, buildSchedule, type Segment } from '../../../src/motion/schedule';
import { TECHNIQUE, type Stroke } from '../../../src/technique';

const blendedNormalSkin: SkinSurface = {
  project: (p) => {
    let x = 0;
    let y = 0;
    let z = 0;
    for (const id of LANDMARK_IDS) {
      const l = LANDMARKS[id];
      const w = 1 / (distance(p, l.skin) ** 4 + 1e-12);
      x += w * l.normal[0];
      y += w * l.normal[1];
      z += w * l.normal[2];
    }
    return { point: p, normal: normalize([x, y, z]) };
  },
};

const schedule = buildSchedule(TECHNIQUE);
const geometry = layTechnique(TECHNIQUE, LANDMARKS, blendedNormalSkin);
const strokes = TECHNIQUE.steps.flatMap((s) => s.actions).filter((a): a is Stroke => a.kind === 'stroke');
const movement = (actionId: string): Segment[] => schedule.segments.filter((s) => s.actionId === actionId && s.phase.kind !== 'settle');
const at = (t: number): TimelineSample => sampleTimeline(schedule, geometry, t);
const atProgress = (s: Segment, u: number): TimelineSample => at(s.start + s.duration * u);
const hand = (sample: TimelineSample, side: 'left' | 'right'): TimelineHand => {
  const h = sample[side];
  if (!h) throw new Error(`${side} hand is free at ${sample.t} (${sample.actionId})`);
  return h;
};
/** Where the hand actually is: on the skin, lifted off it along its rise (the normal, or up for a grip). */
const handPosition = (h: TimelineHand): Vec3 => [h.contact[0] + h.rise[0] * h.lift, h.contact[1] + h.rise[1] * h.lift, h.contact[2] + h.rise[2] * h.lift];
const near = (a: Vec3, b: Vec3, tol: number) => distance(a, b) < tol;

describe('stroke directions follow the data', () => {
  test('neck: the pressure phase moves the contact down toward the waist along the spine, the glide back up', () => {
    const down = normalize(sub(LANDMARKS.C7.skin, LANDMARKS.C1.skin));
    const spineUp = spineAtVertebra('C4').up;
    for (const seg of movement('neck-stroke')) {
      const ys = [0, 0.25, 0.5, 0.75, 1].map((u) => hand(atProgress(seg, u), 'right').contact[1]);
      const first = hand(atProgress(seg, 0), 'right').contact;
      const last = hand(atProgress(seg, 1), 'right').contact;
      const moved = sub(last, first);
      if (seg.phase.kind === 'pressure') {
        for (let k = 1; k < ys.length; k++) expect(ys[k]!).toBeLessThan(ys[k - 1]!);
        expect(dot(moved, spineUp)).toBeLessThan(-0.05);
        expect(near(first, LANDMARKS.C1.skin, 1e-6) && near(last, LANDMARKS.C7.skin, 1e-6)).toBe(true);
        expect(dot(hand(atProgress(seg, 0.5), 'right').travel, down)).toBeGreaterThan(0.9);
      } else {
        for (let k = 1; k < ys.length; k++) expect(ys[k]!).toBeGreaterThan(ys[k - 1]!);
        expect(dot(moved, spineUp)).toBeGreaterThan(0.05);
        expect(dot(hand(atProgress(seg, 0.5), 'right').travel, down)).toBeLessThan(-0.9);
      }
    }
  });

  test('shoulders: pressure moves both hands from the acromion toward the neck (|x| falls), the glide back out', () => {
    for (const seg of movement('shoulder-stroke')) {
      for (const side of ['left', 'right'] as const) {
        const xs = [0, 0.2, 0.4, 0.6, 0.8, 1].map((u) => Math.abs(hand(atProgress(seg, u), side).contact[0]));
        for (let k = 1; k < xs.length; k++) {
          if (seg.phase.kind === 'pressure') expect(xs[k]!).toBeLessThan(xs[k - 1]!);
          else expect(xs[k]!).toBeGreaterThan(xs[k - 1]!);
        }
      }
      if (seg.phase.kind === 'pressure') {
        expect(near(hand(atProgress(seg, 0), 'right').contact, LANDMARKS['R.scapula.acromion'].skin, 1e-6)).toBe(true);
        expect(near(hand(atProgress(seg, 0), 'left').contact, LANDMARKS['L.scapula.acromion'].skin, 1e-6)).toBe(true);
      }
    }
  });

  test('every stroke phase runs from its `from` to its `to` on the resolved path (backward when from > to)', () => {
    for (const stroke of strokes) {
      // The working hand takes the path as written; in a mirrored stroke the left hand takes its mirror copy.
      const working = (['left', 'right'] as const).filter((side) => stroke.hands[side] && stroke.hands[side].role !== 'supports');
      const copies = working.map((side) => ({ side, mirror: stroke.mirror !== 'none' && side === 'left' }));
      expect(copies.length, stroke.id).toBeGreaterThan(0);
      for (const copy of copies) {
        const spec = stroke.path;
        const path = measurePath(resolvePath(spec, LANDMARKS, blendedNormalSkin, { mirror: copy.mirror }));
        const baseline = spec.kind === 'circles' ? measurePath(resolvePath(circlesReturnLine(spec), LANDMARKS, blendedNormalSkin, { mirror: copy.mirror })) : null;
        const sideLetter = copy.side === 'left' ? 'L' : 'R';
        for (const seg of movement(stroke.id)) {
          if (stroke.mirror === 'alternate' && seg.side !== sideLetter) continue;
          const on = seg.route === 'baseline' && baseline ? baseline : path;
          const start = hand(atProgress(seg, 0), copy.side);
          // A boundary belongs to the segment that starts there, so look just before the end.
          const end = hand(atProgress(seg, 1 - 1e-12), copy.side);
          expect(distance(start.contact, samplePath(on, seg.from).point), `${stroke.id} ${copy.side} ${seg.phase.kind} start`).toBeLessThan(1e-9);
          expect(distance(end.contact, samplePath(on, seg.to).point), `${stroke.id} ${copy.side} ${seg.phase.kind} end`).toBeLessThan(1e-6);
          // Part-way, the hand has gone the right way along the path: its arc position is between from and to.
          const mid = hand(atProgress(seg, 0.3), copy.side).contact;
          const expectedMid = samplePath(on, seg.from + (seg.to - seg.from) * 0.3).point;
          expect(distance(mid, expectedMid), `${stroke.id} ${seg.phase.kind} 30%`).toBeLessThan(0.6 * distance(samplePath(on, seg.from).point, samplePath(on, seg.to).point) + 0.03);
        }
      }
    }
  });

  test('a circles stroke returns along its line: the glide joins the circles at both ends', () => {
    const [pressure, glide] = movement('back-circles');
    const endOfCircles = hand(atProgress(pressure!, 1), 'right').contact;
    const startOfReturn = hand(atProgress(glide!, 0), 'right').contact;
    expect(distance(endOfCircles, startOfReturn)).toBeLessThan(0.002);
  });
});

describe('hands: poses, sides, mirroring', () => {
  test('poses follow the hand part and role', () => {
    const posesAt = (actionId: string) => {
      const s = atProgress(movement(actionId)[0]!, 0.5);
      return [s.left?.pose ?? null, s.right?.pose ?? null];
    };
    expect(posesAt('neck-stroke')).toEqual(['supportHead', 'napeGrip']);
    expect(posesAt('mastoid-press')).toEqual(['thumbPress', 'thumbPress']);
    expect(posesAt('shoulder-stroke')).toEqual(['palmStroke', 'palmStroke']);
    expect(posesAt('supraclavicular-press')).toEqual(['fingertips', 'fingertips']);
    expect(posesAt('c-grip')).toEqual(['cGrip', 'cGrip']);
    expect(posesAt('scapula-l-circles')).toEqual(['palmStroke', 'palmStroke']);
    expect(posesAt('scapula-l-3')).toEqual(['thumbPress', null]);
    expect(posesAt('scapula-r-9')).toEqual([null, 'thumbPress']);
    expect(posesAt('back-circles')).toEqual(['fistThumb', 'fistThumb']);
    expect(posesAt('back-heart')).toEqual(['backOfHand', 'backOfHand']);
    expect(posesAt('back-love')).toEqual(['backOfFingers', 'backOfFingers']);
  });

  test("a 'together' action's left hand is the mirror image of its right hand", () => {
    for (const actionId of ['mastoid-press', 'shoulder-stroke', 'supraclavicular-press', 'c-grip', 'back-circles', 'back-heart']) {
      for (const seg of movement(actionId)) {
        for (const u of [0, 0.37, 0.81]) {
          const s = atProgress(seg, u);
          const l = hand(s, 'left');
          const r = hand(s, 'right');
          expect(distance(l.contact, mirrorX(r.contact)), `${actionId} ${seg.phase.kind}`).toBeLessThan(1e-9);
          expect(distance(l.normal, mirrorX(r.normal))).toBeLessThan(1e-9);
          expect(distance(l.travel, mirrorX(r.travel))).toBeLessThan(1e-9);
          expect(l.press).toBe(r.press);
          expect(r.contact[0]).toBeGreaterThanOrEqual(0);
        }
      }
    }
  });

  test("'alternate': the right hand draws on the right side while the left waits, then the left on the left", () => {
    for (const seg of movement('back-love')) {
      const s = atProgress(seg, 0.5);
      const working = seg.side === 'R' ? hand(s, 'right') : hand(s, 'left');
      const waiting = seg.side === 'R' ? hand(s, 'left') : hand(s, 'right');
      expect(working.state).toBe('work');
      expect(working.press).toBeGreaterThan(0);
      expect(Math.sign(working.contact[0])).toBe(seg.side === 'R' ? 1 : -1);
      expect(waiting.state).toBe('wait');
      expect(waiting.press).toBe(0);
      expect(waiting.lift).toBe(HOVER_LIFT);
    }
    // The left turn is the mirror of the right turn.
    const [r1, l1] = movement('back-love');
    for (const u of [0.1, 0.5, 0.9]) {
      expect(distance(hand(atProgress(l1!, u), 'left').contact, mirrorX(hand(atProgress(r1!, u), 'right').contact))).toBeLessThan(1e-9);
    }
  });

  test("one-sided steps use that side's hand; the other hand rests on its own shoulder or is free", () => {
    const circles = atProgress(movement('scapula-l-circles')[0]!, 0.5);
    expect(hand(circles, 'left').state).toBe('work');
    expect(hand(circles, 'left').contact[0]).toBeLessThan(0);
    const rest = hand(circles, 'right');
    expect(rest.state).toBe('support');
    expect(rest.press).toBe(0);
    expect(distance(rest.contact, LANDMARKS['R.shoulderTop'].skin)).toBeLessThan(1e-9);
    const point = atProgress(movement('scapula-r-4')[1]!, 0.5);
    expect(point.left).toBeNull();
    expect(hand(point, 'right').contact[0]).toBeGreaterThan(0);
  });

  test('the supporting left hand in the neck step rests on the front of the head (guidance)', () => {
    const s = atProgress(movement('neck-stroke')[0]!, 0.5);
    const support = hand(s, 'left');
    expect(support.state).toBe('support');
    expect(support.pose).toBe('supportHead');
    expect(support.guidance).toBe(true);
    expect(support.press).toBe(0);
    const { centre, forward, up } = geometry.head;
    const offset = sub(support.contact, centre);
    expect(dot(offset, forward)).toBeCloseTo(HEAD_SUPPORT.forward, 9);
    expect(dot(offset, up)).toBeCloseTo(HEAD_SUPPORT.up, 9);
    // In front of the face, i.e. farther forward (-z) than the ears, and facing forward.
    expect(support.contact[2]).toBeLessThan(LANDMARKS['L.tragion'].skin[2] - 0.05);
    expect(dot(support.normal, forward)).toBeGreaterThan(0.8);
    expect(hand(s, 'right').guidance).toBe(false);
  });
});

describe('pressure and press depth', () => {
  test('pressure is 0..1, high in pressure phases, low in glides; press = pressure x MAX_DENT for working hands', () => {
    for (let t = 0; t <= schedule.duration; t += 0.37) {
      const s = at(t);
      expect(s.pressure).toBeGreaterThanOrEqual(0);
      expect(s.pressure).toBeLessThanOrEqual(1);
      for (const h of [s.left, s.right]) {
        if (!h) continue;
        expect(h.press).toBeCloseTo(h.state === 'work' ? s.pressure * MAX_DENT : 0, 12);
        expect(h.press).toBeLessThanOrEqual(MAX_DENT);
      }
      if (s.phase.kind === 'settle') expect(s.pressure).toBe(0);
    }
    for (const stroke of strokes) {
      for (const seg of movement(stroke.id)) {
        const mid = atProgress(seg, 0.5).pressure;
        if (seg.phase.kind === 'pressure') expect(mid, stroke.id).toBeGreaterThanOrEqual(0.3);
        if (seg.phase.kind === 'glide') expect(mid, stroke.id).toBeLessThanOrEqual(0.1);
      }
    }
  });

  test('a hold presses in, holds and lets go; holds point toward the head', () => {
    const [press, hold, release] = movement('scapula-l-6');
    const depth = (seg: Segment, u: number) => hand(atProgress(seg, u), 'left').press;
    expect(depth(press!, 0)).toBe(0);
    expect(depth(press!, 0.5)).toBeGreaterThan(0);
    expect(depth(press!, 0.5)).toBeLessThan(depth(hold!, 0.5));
    expect(depth(hold!, 0.2)).toBeCloseTo(depth(hold!, 0.9), 12);
    expect(depth(release!, 0.5)).toBeLessThan(depth(hold!, 0.5));
    expect(depth(release!, 1)).toBeCloseTo(0, 12);
    const h = hand(atProgress(hold!, 0.5), 'left');
    expect(dot(h.travel, sub(geometry.head.centre, h.contact))).toBeGreaterThan(0);
    expect(h.travel[1]).toBeGreaterThan(0.5);
  });
});

describe('every frame', () => {
  test('travel and heading are unit vectors in the tangent plane; normals are unit', () => {
    for (let t = 0; t <= schedule.duration; t += 0.29) {
      const s = at(t);
      for (const h of [s.left, s.right]) {
        if (!h) continue;
        expect(length(h.normal)).toBeCloseTo(1, 9);
        expect(length(h.travel), `${s.actionId} ${s.phase.kind}`).toBeCloseTo(1, 9);
        expect(length(h.heading)).toBeCloseTo(1, 9);
        expect(Math.abs(dot(h.travel, h.normal))).toBeLessThan(1e-9);
        expect(Math.abs(dot(h.heading, h.normal))).toBeLessThan(1e-9);
      }
    }
  });

  test('hands never jump: from frame to frame (120 Hz) a hand moves less than 1 cm', () => {
    const dt = 1 / 120;
    let previous = at(0);
    const before = { left: previous.left && handPosition(previous.left), right: previous.right && handPosition(previous.right) };
    let worst = 0;
    for (let t = dt; t <= schedule.duration; t += dt) {
      const s = at(t);
      for (const side of ['left', 'right'] as const) {
        const h = s[side];
        const p = h && handPosition(h);
        const q = before[side];
        if (p && q && previous[side]) {
          const jump = distance(p, q);
          worst = Math.max(worst, jump);
          expect(jump, `${side} at ${t.toFixed(3)} (${s.actionId} ${s.phase.kind})`).toBeLessThan(0.01);
        }
        before[side] = p;
      }
      previous = { ...s, left: s.left, right: s.right };
    }
    expect(worst).toBeGreaterThan(0);
  });

  test('the sample follows the schedule: step, action, repetition, phase and pressure', () => {
    for (const seg of schedule.segments) {
      const s = atProgress(seg, 0.5);
      expect([s.stepId, s.actionId, s.repetition, s.repetitions, s.side, s.phase.kind, s.phase.index]).toEqual([
        seg.stepId,
        seg.actionId,
        seg.repetition,
        seg.repetitions,
        seg.side,
        seg.phase.kind,
        seg.phase.index,
      ]);
      expect(s.phase.progress).toBeCloseTo(0.5, 9);
      expect(s.pressure).toBeCloseTo(segmentPressure(seg, seg.duration / 2), 12);
    }
    expect(at(-3).t).toBe(0);
    expect(at(schedule.duration + 3).t).toBe(schedule.duration);
    expect(at(schedule.duration).phase.progress).toBe(1);
  });
});

describe('seeking is exact', () => {
  /** Deterministic pseudo-random numbers (mulberry32). */
  function random(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  function expectSame(a: TimelineSample, b: TimelineSample) {
    const { left: al, right: ar, phase: ap, ...aRest } = a;
    const { left: bl, right: br, phase: bp, ...bRest } = b;
    expect(aRest).toEqual(bRest);
    expect(ap).toEqual(bp);
    for (const [x, y] of [[al, bl], [ar, br]] as const) {
      expect(x === null).toBe(y === null);
      if (!x || !y) continue;
      expect([x.pose, x.role, x.state, x.guidance]).toEqual([y.pose, y.role, y.state, y.guidance]);
      for (const key of ['contact', 'normal', 'travel', 'heading'] as const) expect(distance(x[key], y[key])).toBeLessThan(1e-9);
      expect(Math.abs(x.press - y.press)).toBeLessThan(1e-9);
      expect(Math.abs(x.lift - y.lift)).toBeLessThan(1e-9);
    }
  }

  test('playing with uneven frames, speed changes and scrubbing reaches the same sample as seeking straight there', () => {
    const next = random(7);
    const frame = createTimelineSample();
    for (const target of [3.3, 24.2, 58.71, 101.03, 171.4, 229.9, schedule.duration]) {
      let t = 0;
      let speed = 1;
      while (t < target) {
        if (next() < 0.05) speed = 0.25 + next() * 1.75;
        // A frame of 1 to 60 ms, the last one cut to land on the target.
        const dt = Math.min(0.001 + next() * 0.059, (target - t) / speed);
        t = advance(t, dt, speed, schedule, false);
        sampleTimeline(schedule, geometry, t, frame);
        // Now and then the learner scrubs somewhere else and back, through the same sample object.
        if (next() < 0.01) sampleTimeline(schedule, geometry, next() * schedule.duration, frame);
      }
      sampleTimeline(schedule, geometry, t, frame);
      expect(Math.abs(t - target)).toBeLessThan(1e-9);
      expectSame(frame, sampleTimeline(schedule, geometry, target));
    }
  });

  test('a reused sample holds no stale hands: a free hand reads null after a busy frame', () => {
    const frame = createTimelineSample();
    sampleTimeline(schedule, geometry, atProgress(movement('back-circles')[0]!, 0.5).t, frame);
    expect(frame.left).not.toBeNull();
    const onePointT = movement('scapula-r-6')[1]!.start + 1;
    sampleTimeline(schedule, geometry, onePointT, frame);
    expect(frame.left).toBeNull();
    expectSame(frame, at(onePointT));
  });
});
