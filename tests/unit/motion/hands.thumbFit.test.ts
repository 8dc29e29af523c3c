import { describe, expect, test } from 'vitest';
import { Matrix4, Vector3 } from 'three';
import type { Vec3 } from '../../../src/anatomy/vec';
import { THUMB_CURL } from '../../../src/motion/hands/curl';
import { opposedThumb, posedHand } from '../../../src/motion/hands/kinematics';
import { placeHand } from '../../../src/motion/hands/placement';
import { HAND_POSES } from '../../../src/motion/hands/poses';
import { handSurfaceSamples } from '../../../src/motion/hands/samples';
import { boneIndex, nailIndex } from '../../../src/motion/hands/segments';

const frames = () => [new Matrix4(), new Matrix4(), new Matrix4(), new Matrix4()] as const;
const position = (m: Matrix4) => new Vector3().setFromMatrixPosition(m);

describe('opposedThumb', () => {
  for (const side of ['left', 'right'] as const) {
    test(`${side}: turning closes the thumb toward the palm's side about its base, which stays put`, () => {
      const posed = posedHand('napeGrip', side);
      const out = frames();
      opposedThumb(posed, 0, out);
      const tip = position(out[2]);
      expect(tip.distanceTo(position(posed.segments[boneIndex('thumb', 2)]!))).toBeLessThan(1e-12);
      opposedThumb(posed, 0.3, out);
      expect(position(out[0]).distanceTo(position(posed.segments[boneIndex('thumb', 0)]!))).toBeLessThan(1e-12);
      // The palm faces +Z: closing lifts the thumb's end that way, opening lowers it.
      expect(position(out[2]).z).toBeGreaterThan(tip.z + 0.01);
      opposedThumb(posed, -0.3, out);
      expect(position(out[2]).z).toBeLessThan(tip.z - 0.01);
      // The nail rides on the end bone.
      const nailOnBone = posed.segments[boneIndex('thumb', 2)]!.clone().invert().multiply(posed.segments[nailIndex('thumb')]!);
      const expected = out[2].clone().multiply(nailOnBone).elements;
      out[3].elements.forEach((e, i) => expect(e).toBeCloseTo(expected[i]!, 12));
    });
  }
});

describe('thumbFit', () => {
  // A neck as a vertical cylinder along Y; the grip bridges its back (+Z) with the palm.
  const neck = (radius: number) => (p: Vec3) => Math.hypot(p[0], p[2]) - radius;
  const grip = (radius: number) => placeHand({ side: 'right', pose: 'napeGrip', contact: [0, 0, radius], normal: [0, 0, 1], travel: [0, 1, 0], press: 0.002, aim: 'along', skin: neck(radius) });
  const thumbGap = (radius: number) => {
    const p = grip(radius);
    let gap = Infinity;
    for (const s of handSurfaceSamples(p)) if (s.part === 'thumb.2' || s.part === 'thumb.1') gap = Math.min(gap, neck(radius)([s.point.x, s.point.y, s.point.z]));
    return { gap, turn: p.curl[THUMB_CURL]!, lift: p.lift };
  };

  test('the nape grip has a fitted thumb', () => {
    expect(HAND_POSES.napeGrip.thumbFit).toBeDefined();
  });

  test('the thumb closes round a narrow neck and opens round a wide one, resting on it either way', () => {
    const narrow = thumbGap(0.045);
    const wide = thumbGap(0.07);
    expect(narrow.turn).toBeGreaterThan(wide.turn);
    for (const fit of [narrow, wide]) {
      expect(fit.gap).toBeGreaterThan(-0.0015);
      expect(fit.gap).toBeLessThan(0.003);
    }
  });
});

describe('fingerFit.only', () => {
  // A shoulder top as a horizontal cylinder along X, gripped from behind (+Z) over its top.
  const shoulder = (p: Vec3) => Math.hypot(p[1], p[2]) - 0.05;

  test('the C-grip fits only the two fingers that squeeze; the ring and little fingers keep the pose', () => {
    expect(HAND_POSES.cGrip.fingerFit?.only).toEqual(['index', 'middle']);
    const p = placeHand({ side: 'right', pose: 'cGrip', contact: [0, 0, 0.05], normal: [0, 0, 1], travel: [0, 1, 0], press: 0.002, skin: shoulder });
    // Curl entries follow FINGERS: index, middle, ring, little.
    expect(p.curl[2]).toBe(0);
    expect(p.curl[3]).toBe(0);
    expect(Math.abs(p.curl[0]!) + Math.abs(p.curl[1]!)).toBeGreaterThan(0);
  });
});
