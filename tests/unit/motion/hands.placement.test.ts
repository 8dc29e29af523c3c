import { describe, expect, test } from 'vitest';
import { Matrix4, Vector3 } from 'three';
import { mirrorX, normalize, type Vec3 } from '../../../src/anatomy/vec';
import { HEADWARD_TARGET } from '../../../src/motion/hands/aim';
import { towardGiver } from '../../../src/motion/hands/giver';
import { POSE_IDS, type HandSide, type PoseId } from '../../../src/motion/hands/ids';
import { MAX_LIFT, MAX_TILT } from '../../../src/motion/hands/keepClear';
import { posedHand } from '../../../src/motion/hands/kinematics';
import { createHandPlacement, localPlacement, placeHand } from '../../../src/motion/hands/placement';
import { HAND_POSES } from '../../../src/motion/hands/poses';
import { handSurfaceSamples } from '../../../src/motion/hands/samples';
import { SEGMENT_COUNT, segmentIndex } from '../../../src/motion/hands/segments';

/** A small deterministic random source (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Input {
  side: HandSide;
  pose: PoseId;
  contact: Vec3;
  normal: Vec3;
  travel: Vec3;
  press: number;
}

/** Contacts on a back-facing hemisphere of directions, as on the mother's back, neck and shoulders. */
function inputs(count: number, seed = 7): Input[] {
  const r = random(seed);
  const out: Input[] = [];
  for (let i = 0; i < count; i++) {
    const normal = normalize([r() * 2 - 1, r() * 1.6 - 0.4, 0.3 + r()]);
    out.push({
      side: r() < 0.5 ? 'left' : 'right',
      pose: POSE_IDS[Math.floor(r() * POSE_IDS.length)]!,
      contact: [r() * 0.4 - 0.2, 0.4 + r() * 0.35, -0.2 + r() * 0.2],
      normal,
      travel: normalize([r() * 2 - 1, r() * 2 - 1, r() * 2 - 1]),
      press: r() * 0.008,
    });
  }
  return out;
}

const v = (a: Vec3) => new Vector3(...a);

describe('placeHand', () => {
  test.each(inputs(200))('contact $pose ($side) lands at contact - normal * press, facing into the skin', (input) => {
    const p = placeHand(input);
    const expected = v(input.contact).addScaledVector(v(input.normal), -input.press);
    expect(p.contact.distanceTo(expected)).toBeLessThan(1e-4);
    expect(p.contactNormal.dot(v(input.normal))).toBeLessThan(-0.99);
    // The contact computed from the placed hand's own frame agrees with the reported one.
    const posed = posedHand(input.pose, input.side);
    expect(posed.contact.point.clone().applyMatrix4(p.hand).distanceTo(expected)).toBeLessThan(1e-4);
    // Every frame is a rotation plus a translation.
    expect(p.hand.determinant()).toBeCloseTo(1, 9);
    for (const m of p.segments) {
      expect(m.determinant()).toBeCloseTo(1, 9);
      expect(m.elements.every(Number.isFinite)).toBe(true);
    }
  });

  test('the pointing axis follows the travel direction, or its reverse', () => {
    const normal: Vec3 = [0, 0, 1];
    const travel: Vec3 = [0, -1, 0];
    for (const pose of POSE_IDS) {
      const along = placeHand({ side: 'right', pose, contact: [0, 0.5, 0], normal, travel, aim: 'along' });
      const against = placeHand({ side: 'right', pose, contact: [0, 0.5, 0], normal, travel, aim: 'against' });
      const pointing = posedHand(pose, 'right').pointing;
      const n = posedHand(pose, 'right').contact.normal;
      const inPlane = pointing.clone().addScaledVector(n, -pointing.dot(n)).normalize();
      expect(inPlane.clone().transformDirection(along.hand).y, pose).toBeLessThan(-0.99);
      expect(inPlane.clone().transformDirection(against.hand).y, pose).toBeGreaterThan(0.99);
    }
  });

  test("'headward' points the hand toward the head, whichever way the stroke runs", () => {
    const contact: Vec3 = [0.03, 0.54, -0.06];
    const normal: Vec3 = [0, 0.4, 0.92];
    const toHead = v(HEADWARD_TARGET).sub(v(contact));
    for (const travel of [
      [0, -1, 0],
      [0, 1, 0],
    ] as Vec3[]) {
      const p = placeHand({ side: 'right', pose: 'palmStroke', contact, normal, travel, aim: 'headward' });
      const fingers = new Vector3(0, 1, 0).transformDirection(p.hand);
      expect(fingers.dot(toHead)).toBeGreaterThan(0);
    }
  });

  test('the wrist turns the forearm toward the giver, within its range of motion', () => {
    for (const input of inputs(100, 3)) {
      const p = placeHand(input);
      const straight = posedHand(input.pose, input.side).forearm.clone().transformDirection(p.hand);
      // Never further from the giver than the straight wrist would leave it.
      const giver = towardGiver(input.side, p.wrist);
      expect(p.forearm.dot(giver)).toBeGreaterThanOrEqual(straight.dot(giver) - 1e-9);
      expect(Math.abs(p.wristDeviation)).toBeLessThanOrEqual((30 * Math.PI) / 180 + 1e-9);
      expect(p.forearm.length()).toBeCloseTo(1, 9);
      // The forearm segment starts at the wrist and runs along the forearm.
      const frame = p.segments[segmentIndex('forearm')]!;
      expect(new Vector3().setFromMatrixPosition(frame).distanceTo(p.wrist)).toBeLessThan(0.003);
      expect(new Vector3().setFromMatrixColumn(frame, 1).dot(p.forearm)).toBeCloseTo(1, 9);
    }
  });

  test('left and right placements at mirrored contacts are mirror images', () => {
    const S = new Matrix4().makeScale(-1, 1, 1);
    for (const input of inputs(40, 11)) {
      const right = placeHand({ ...input, side: 'right' });
      const left = placeHand({ ...input, side: 'left', contact: mirrorX(input.contact), normal: mirrorX(input.normal), travel: mirrorX(input.travel) });
      expect(left.contact.distanceTo(right.contact.clone().applyMatrix4(S))).toBeLessThan(1e-9);
      expect(left.forearm.distanceTo(right.forearm.clone().applyMatrix4(S))).toBeLessThan(1e-9);
      for (let i = 0; i < SEGMENT_COUNT; i++) {
        const a = new Vector3().setFromMatrixPosition(left.segments[i]!);
        const b = new Vector3().setFromMatrixPosition(right.segments[i]!).applyMatrix4(S);
        expect(a.distanceTo(b)).toBeLessThan(1e-9);
      }
    }
  });

  test('reusing an output object allocates nothing and gives the same answer', () => {
    const out = createHandPlacement();
    const [a, b] = inputs(2, 5) as [Input, Input];
    const segments = out.segments;
    const first = segments[3]!;
    placeHand(a, out);
    placeHand(b, out);
    expect(out.segments).toBe(segments);
    expect(out.segments[3]).toBe(first);
    const fresh = placeHand(b);
    for (let i = 0; i < SEGMENT_COUNT; i++) expect(out.segments[i]!.equals(fresh.segments[i]!)).toBe(true);
  });

  test('a skin normal along the travel still gives a valid hand', () => {
    const p = placeHand({ side: 'right', pose: 'palmStroke', contact: [0, 0.5, 0], normal: [0, 0, 1], travel: [0, 0, 1] });
    expect(p.hand.elements.every(Number.isFinite)).toBe(true);
    expect(p.contactNormal.z).toBeLessThan(-0.99);
  });

  test('with the skin, a rigid hand tilts or lifts a little to stay out of a curved body', () => {
    // Two balls side by side: the hand is put in the groove between them, as on the spine, and
    // a flat palm's edges would ride deep into the ridges either side.
    const r = 0.06;
    const c = 0.045;
    let calls = 0;
    const ridges = (p: Vec3) => {
      calls++;
      return Math.min(Math.hypot(p[0] - c, p[1], p[2]), Math.hypot(p[0] + c, p[1], p[2])) - r;
    };
    const bottom = Math.sqrt(r * r - c * c);
    const input = { side: 'right' as const, pose: 'palmStroke' as const, contact: [0, 0, bottom] as Vec3, normal: [0, 0, 1] as Vec3, travel: [0, 1, 0] as Vec3, press: 0.004, aim: 'along' as const };
    const deepest = (p: ReturnType<typeof placeHand>, contactToo: boolean) => {
      const contact = new Set<string>(HAND_POSES.palmStroke.contactParts);
      let d = -Infinity;
      for (const s of handSurfaceSamples(p)) if (contactToo || !contact.has(s.part)) d = Math.max(d, -ridges([s.point.x, s.point.y, s.point.z]));
      return d;
    };
    const rigid = placeHand(input);
    expect(deepest(rigid, true)).toBeGreaterThan(0.012); // the bare pose goes well in
    calls = 0;
    const cleared = placeHand({ ...input, skin: ridges });
    // A few hundred probes, a few passes, and the fingers fitted to the skin before and after (four
    // fingers, about eight tries each, a third of their probes); here, in the groove between two
    // balls, the fitted fingers cannot leave the body by curling alone, so the rigid move is made
    // again with them steering it (11,000 calls): made ahead of time, never per frame.
    expect(calls).toBeLessThan(12_000);
    expect(cleared.tilt).toBeLessThanOrEqual(MAX_TILT + 1e-9);
    expect(cleared.lift).toBeGreaterThan(0.003);
    expect(cleared.lift).toBeLessThanOrEqual(MAX_LIFT + 1e-9);
    expect(deepest(cleared, false)).toBeLessThan(0.001);
    expect(deepest(cleared, true)).toBeLessThan(deepest(rigid, true) - 0.005);
    // Still facing the skin, lifted straight off it by what it reports.
    expect(cleared.contactNormal.z).toBeLessThan(-0.99);
    expect(cleared.contact.z).toBeCloseTo(bottom - 0.004 + cleared.lift, 3);
    // Where nothing is in the way, nothing moves.
    const flat = placeHand({ ...input, skin: (p) => p[2] - bottom });
    expect(flat.tilt).toBe(0);
    expect(flat.lift).toBe(0);
    expect(flat.contact.z).toBeCloseTo(bottom - 0.004, 9);
  });

  test('localPlacement shows the pose in its own frame', () => {
    const p = localPlacement('right', 'palmStroke');
    expect(p.hand.equals(new Matrix4())).toBe(true);
    expect(p.contact.distanceTo(posedHand('palmStroke', 'right').contact.point)).toBe(0);
  });
});
