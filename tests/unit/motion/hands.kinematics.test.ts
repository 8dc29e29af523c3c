import { describe, expect, test } from 'vitest';
import { Matrix4, Vector3 } from 'three';
import { FINGERS, HAND } from '../../../src/motion/hands/dimensions';
import { POSE_IDS, type HandSide } from '../../../src/motion/hands/ids';
import { posedHand, segmentEnd, solvePose } from '../../../src/motion/hands/kinematics';
import { buildPalmMesh, mirrorPalmMesh, palmMeshes } from '../../../src/motion/hands/palm';
import { HAND_POSES, type HandPose } from '../../../src/motion/hands/poses';
import { SEGMENT_COUNT, SEGMENT_IDS, SEGMENT_SHAPES, boneIndex } from '../../../src/motion/hands/segments';

const tipOf = (side: HandSide, pose: HandPose, finger: (typeof FINGERS)[number] | 'thumb') => {
  const hand = solvePose(pose, side);
  const i = boneIndex(finger, 2);
  // The far surface of the tip sphere, along the distal bone.
  return segmentEnd(hand, i).add(new Vector3().setFromMatrixColumn(hand.segments[i]!, 1).multiplyScalar(SEGMENT_SHAPES[i]!.r1));
};

/** A pose with every joint at the given flexion: 0 is a flat hand. */
const uniform = (mcp: number, pip: number, dip: number): HandPose => ({
  ...HAND_POSES.palmStroke,
  fingers: { index: { mcp, pip, dip }, middle: { mcp, pip, dip }, ring: { mcp, pip, dip }, little: { mcp, pip, dip } },
});

const isRigid = (m: Matrix4): boolean => {
  const x = new Vector3();
  const y = new Vector3();
  const z = new Vector3();
  m.extractBasis(x, y, z);
  return (
    Math.abs(x.length() - 1) < 1e-9 &&
    Math.abs(y.length() - 1) < 1e-9 &&
    Math.abs(z.length() - 1) < 1e-9 &&
    Math.abs(x.dot(y)) < 1e-9 &&
    Math.abs(y.dot(z)) < 1e-9 &&
    Math.abs(m.determinant() - 1) < 1e-9
  );
};

describe('hand forward kinematics', () => {
  test.each(POSE_IDS.flatMap((pose) => (['left', 'right'] as const).map((side) => ({ pose, side }))))('$pose ($side): finite, rigid frames and a unit contact normal', ({ pose, side }) => {
    const hand = posedHand(pose, side);
    expect(hand.segments).toHaveLength(SEGMENT_COUNT);
    for (const m of hand.segments) {
      expect(m.elements.every(Number.isFinite)).toBe(true);
      expect(isRigid(m)).toBe(true);
    }
    expect(hand.contact.point.toArray().every(Number.isFinite)).toBe(true);
    expect(hand.contact.normal.length()).toBeCloseTo(1, 9);
    expect(hand.pointing.length()).toBeCloseTo(1, 9);
    // The pointing axis must leave a direction in the skin's plane to aim.
    expect(Math.abs(hand.pointing.dot(hand.contact.normal))).toBeLessThan(0.9);
  });

  test('adult proportions: a flat hand is about 185 mm long, the palm about 84 mm across', () => {
    const flat = uniform(0, 0, 0);
    const tip = tipOf('right', flat, 'middle');
    expect(tip.y).toBeGreaterThan(0.18);
    expect(tip.y).toBeLessThan(0.19);
    expect(tip.y).toBeCloseTo(HAND.length, 2);
    const palm = buildPalmMesh();
    let minX = Infinity;
    let maxX = -Infinity;
    for (let i = 0; i < palm.positions.length; i += 3) {
      if (palm.positions[i + 1]! > 0.06) {
        minX = Math.min(minX, palm.positions[i]!);
        maxX = Math.max(maxX, palm.positions[i]!);
      }
    }
    expect(maxX - minX).toBeGreaterThan(0.08);
    expect(maxX - minX).toBeLessThan(0.086);
  });

  test('fingers flex toward the palm (+Z), and a fist brings the fingertips back to the palm', () => {
    const flat = uniform(0, 0, 0);
    const fist = uniform(90, 105, 65);
    for (const f of FINGERS) {
      const open = tipOf('right', flat, f);
      const closed = tipOf('right', fist, f);
      const half = tipOf('right', uniform(30, 30, 10), f);
      // Flat: the fingertip lies about a finger's length beyond the knuckle, in the palm plane.
      expect(Math.abs(open.z)).toBeLessThan(0.01);
      // Flexing moves the tip to the palm side.
      expect(half.z).toBeGreaterThan(0.02);
      // Fist: the tip comes back near the palm's surface, well short of the knuckles.
      const mcp = HAND.fingers[f].mcp;
      expect(closed.y).toBeLessThan(mcp[1] - 0.005);
      expect(closed.z).toBeGreaterThan(0);
      expect(closed.z).toBeLessThan(0.035);
    }
    // The library's fist really closes.
    for (const f of FINGERS) expect(tipOf('right', HAND_POSES.fistThumb, f).y).toBeLessThan(HAND.fingers[f].mcp[1]);
  });

  test('the thumb sits on the radial side: +X for a right hand, -X for a left', () => {
    for (const pose of POSE_IDS) {
      // Its knuckle (MCP), whatever the thumb tip does; the C-grip's thumb stands straight up out
      // of the palm (palmar 90°), so its knuckle sits over the base of the thumb, still radial.
      const mcp = (side: HandSide) => segmentEnd(posedHand(pose, side), boneIndex('thumb', 0));
      const least = pose === 'cGrip' ? 0.015 : 0.025;
      expect(mcp('right').x, pose).toBeGreaterThan(least);
      expect(mcp('left').x, pose).toBeLessThan(-least);
    }
  });

  test('a left hand is the right hand mirrored across its own sagittal plane (x -> -x)', () => {
    for (const pose of POSE_IDS) {
      const r = posedHand(pose, 'right');
      const l = posedHand(pose, 'left');
      for (let i = 0; i < SEGMENT_COUNT; i++) {
        const pr = new Vector3().setFromMatrixPosition(r.segments[i]!);
        const pl = new Vector3().setFromMatrixPosition(l.segments[i]!);
        expect(pl.x, SEGMENT_IDS[i]).toBeCloseTo(-pr.x, 12);
        expect(pl.y).toBeCloseTo(pr.y, 12);
        expect(pl.z).toBeCloseTo(pr.z, 12);
        const er = segmentEnd(r, i);
        const el = segmentEnd(l, i);
        expect(el.x).toBeCloseTo(-er.x, 12);
        expect(el.y).toBeCloseTo(er.y, 12);
      }
      expect(l.contact.point.x).toBeCloseTo(-r.contact.point.x, 12);
      expect(l.contact.normal.x).toBeCloseTo(-r.contact.normal.x, 12);
      expect(l.contact.normal.z).toBeCloseTo(r.contact.normal.z, 12);
    }
    // The palm mesh too, with its triangles turned so they still face outward.
    const { right, left } = palmMeshes();
    expect(left.positions[0]).toBeCloseTo(-right.positions[0]!, 9);
    expect(signedVolume(left.positions, left.indices)).toBeGreaterThan(0);
    expect(signedVolume(mirrorPalmMesh(left).positions, mirrorPalmMesh(left).indices)).toBeCloseTo(signedVolume(right.positions, right.indices), 12);
  });

  test('the palm is a closed, outward-wound, cupped slab', () => {
    const palm = buildPalmMesh();
    const volume = signedVolume(palm.positions, palm.indices);
    // Roughly 95 x 80 mm, 20-30 mm thick, minus the rounding: 80-200 cm³.
    expect(volume).toBeGreaterThan(80e-6);
    expect(volume).toBeLessThan(200e-6);
    // Every edge is shared by exactly two triangles (closed, manifold).
    const edges = new Map<string, number>();
    for (let t = 0; t < palm.indices.length; t += 3) {
      for (let k = 0; k < 3; k++) {
        const a = palm.indices[t + k]!;
        const b = palm.indices[t + ((k + 1) % 3)]!;
        const key = a < b ? `${a}-${b}` : `${b}-${a}`;
        edges.set(key, (edges.get(key) ?? 0) + 1);
      }
    }
    expect([...edges.values()].every((n) => n === 2)).toBe(true);
  });

  test('the sizes table is an adult hand', () => {
    expect(HAND.length).toBeGreaterThanOrEqual(0.18);
    expect(HAND.length).toBeLessThanOrEqual(0.19);
    expect(HAND.breadth).toBeGreaterThanOrEqual(0.08);
    expect(HAND.breadth).toBeLessThanOrEqual(0.085);
    // Knuckles are thicker than the fingertips.
    for (const f of FINGERS) {
      const [p0, , p2] = HAND.fingers[f].phalanges;
      expect(p0.r0).toBeGreaterThan(p2.r1);
    }
  });
});

function signedVolume(positions: Float32Array, indices: Uint16Array): number {
  let v = 0;
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3;
    const b = indices[t + 1]! * 3;
    const c = indices[t + 2]! * 3;
    const [ax, ay, az] = [positions[a]!, positions[a + 1]!, positions[a + 2]!];
    const [bx, by, bz] = [positions[b]!, positions[b + 1]!, positions[b + 2]!];
    const [cx, cy, cz] = [positions[c]!, positions[c + 1]!, positions[c + 2]!];
    v += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return v / 6;
}
