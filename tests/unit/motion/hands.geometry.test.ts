import { describe, expect, test } from 'vitest';
import { Box3, InstancedMesh, Mesh, Vector3, type BufferGeometry, type ShaderMaterial } from 'three';
import { localPlacement } from '../../../src/motion/hands/placement';
import { HAND } from '../../../src/motion/hands/dimensions';
import { createHandsRig } from '../../../src/scene/hands/handsRig';
import { createForearmSkin, createSleeve } from '../../../src/scene/hands/forearmGeometry';
import { POSE_IDS } from '../../../src/motion/hands/ids';
import { HAND_POSES } from '../../../src/motion/hands/poses';
import { createRoundConeGeometry, roundConePoint } from '../../../src/scene/hands/roundCone';

const triangles = (g: BufferGeometry): number => (g.index ? g.index.count : g.getAttribute('position').count) / 3;

function drawn(rig: ReturnType<typeof createHandsRig>): { drawCalls: number; triangles: number } {
  let drawCalls = 0;
  let total = 0;
  rig.group.traverse((o) => {
    // `instanceof` gives the classes `any` type arguments; the annotations restore the defaults.
    if (o instanceof InstancedMesh) {
      const mesh: InstancedMesh = o;
      drawCalls++;
      total += triangles(mesh.geometry) * mesh.count;
    } else if (o instanceof Mesh) {
      const mesh: Mesh = o;
      drawCalls++;
      total += triangles(mesh.geometry);
    }
  });
  return { drawCalls, triangles: total };
}

describe('hands geometry', () => {
  test('both hands: one draw call and at most 10k triangles', () => {
    const rig = createHandsRig();
    const { drawCalls, triangles: tris } = drawn(rig);
    expect(drawCalls).toBe(1);
    expect(tris).toBeLessThanOrEqual(10_000);
    // And it is really a hand's worth of detail, not a few boxes.
    expect(tris).toBeGreaterThan(4_000);
    rig.dispose();
  });

  test('the round-cone template is a closed, outward surface for any radii', () => {
    const g = createRoundConeGeometry();
    const pos = g.getAttribute('position');
    const end = g.getAttribute('aEnd');
    const index = g.index!;
    for (const [r0, r1, length] of [
      [0.01, 0.01, 0.04],
      [0.012, 0.007, 0.02],
      [0.005, 0.009, 0.01],
    ] as const) {
      const p = (i: number) => new Vector3(...roundConePoint(pos.getX(i), pos.getY(i), pos.getZ(i), end.getX(i), r0, r1, length));
      let volume = 0;
      for (let t = 0; t < index.count; t += 3) {
        const a = p(index.getX(t));
        const b = p(index.getX(t + 1));
        const c = p(index.getX(t + 2));
        volume += a.dot(b.clone().cross(c)) / 6;
        // Each face points away from the axis (outward).
        const n = b.clone().sub(a).cross(c.clone().sub(a));
        const centre = a.clone().add(b).add(c).divideScalar(3);
        const axis = new Vector3(0, Math.min(length, Math.max(0, centre.y)), 0);
        if (n.length() > 1e-12) expect(n.dot(centre.sub(axis))).toBeGreaterThan(0);
      }
      // Between the inscribed cylinder and the enclosing capsule.
      const rMin = Math.min(r0, r1);
      const rMax = Math.max(r0, r1);
      expect(volume).toBeGreaterThan(Math.PI * rMin * rMin * length * 0.9);
      expect(volume).toBeLessThan(Math.PI * rMax * rMax * length + (4 / 3) * Math.PI * rMax ** 3);
    }
  });

  test('the forearm and its sleeve face outward; the forearm tapers to the wrist; the sleeve fades out, never ending in a drum', () => {
    for (const tube of [createForearmSkin(), createSleeve()]) {
      let outward = 0;
      for (let v = 0; v < tube.positions.length / 3; v++) {
        const radial = new Vector3(tube.positions[v * 3]!, 0, tube.positions[v * 3 + 2]!);
        if (radial.length() < 1e-6) continue;
        const n = new Vector3(tube.normals[v * 3]!, tube.normals[v * 3 + 1]!, tube.normals[v * 3 + 2]!);
        expect(n.length()).toBeCloseTo(1, 5);
        expect(n.dot(radial.normalize())).toBeGreaterThan(0);
        if (n.dot(radial) > 0.7) outward++;
      }
      // Most of it runs along the arm; the rounded wrist end and the cuff's roll lean along it.
      expect(outward / (tube.positions.length / 3)).toBeGreaterThan(0.6);
    }
    // Wider at the sleeve than at the wrist, by about a third [EST: a forearm's taper].
    const skin = HAND.forearm.skin;
    const wrist = skin[3]!;
    const top = skin[skin.length - 1]!;
    expect(top[1] / wrist[1]).toBeGreaterThan(1.2);
    expect(top[2] / wrist[2]).toBeGreaterThan(1.4);
    // The sleeve is solid where it is rolled and has faded out at its far end.
    const sleeve = createSleeve();
    const ys = Array.from({ length: sleeve.positions.length / 3 }, (_, v) => sleeve.positions[v * 3 + 1]!);
    const far = Math.max(...ys);
    ys.forEach((y, v) => {
      if (y <= HAND.forearm.fadeFrom) expect(sleeve.fade[v]).toBe(1);
      if (y === far) expect(sleeve.fade[v]).toBe(0);
    });
  });

  test('the working part of each pose glows, and nothing else does', () => {
    const rig = createHandsRig();
    const mesh = rig.group.getObjectByName('hands.mesh') as Mesh;
    const work = mesh.geometry.getAttribute('aWork');
    const side = mesh.geometry.getAttribute('aSide');
    const placed = localPlacement('right', 'thumbPress');
    placed.work = 1;
    rig.update(null, placed);
    // The right hand's thumb pad glows, its palm and fingers do not; the hidden left hand is dark.
    const position = mesh.geometry.getAttribute('position');
    const tip = new Vector3(0, HAND.thumb.bones[2].length, 0).applyMatrix4(placed.segments[3]!);
    let nearTip = 0;
    let glowing = 0;
    for (let i = 0; i < work.count; i++) {
      if (work.getX(i) > 0.5) {
        glowing++;
        expect(side.getX(i)).toBe(1);
        if (new Vector3().fromBufferAttribute(position, i).distanceTo(tip) < 0.035) nearTip++;
      }
    }
    expect(glowing).toBeGreaterThan(20);
    expect(nearTip).toBe(glowing);
    expect((mesh.material as ShaderMaterial).uniforms.uGlow!.value.y).toBe(1);
    for (const pose of POSE_IDS) expect(HAND_POSES[pose].working.length, pose).toBeGreaterThan(0);
    rig.dispose();
  });

  test('a missing placement hides that hand; a placed one is a hand-sized shape where it was put', () => {
    const rig = createHandsRig();
    const mesh = rig.group.getObjectByName('hands.mesh') as Mesh;
    const position = mesh.geometry.getAttribute('position');
    const half = position.count / 2; // the left hand's vertices come first, then the right's
    const boxOf = (from: number, to: number) => {
      const box = new Box3();
      const p = new Vector3();
      for (let i = from; i < to; i++) box.expandByPoint(p.fromBufferAttribute(position, i));
      return box;
    };
    rig.update(null, localPlacement('right', 'cGrip'));
    expect(boxOf(0, half).getSize(new Vector3()).length()).toBe(0);
    const right = boxOf(half, position.count).getSize(new Vector3());
    // A hand with its forearm and sleeve: more than a palm's width, less than an arm.
    expect(right.length()).toBeGreaterThan(0.12);
    expect(right.length()).toBeLessThan(0.6);
    // Normals stay unit length after the move.
    const normal = mesh.geometry.getAttribute('normal');
    const n = new Vector3().fromBufferAttribute(normal, half + 5);
    expect(n.length()).toBeCloseTo(1, 5);
    expect(() => rig.update(localPlacement('right', 'cGrip'), null)).toThrow();
    rig.dispose();
  });

  test('every triangle of a placed hand faces out of its part (normals agree with the winding)', () => {
    const rig = createHandsRig();
    rig.update(localPlacement('left', 'palmStroke'), localPlacement('right', 'fistThumb'));
    const mesh = rig.group.getObjectByName('hands.mesh') as Mesh;
    const position = mesh.geometry.getAttribute('position');
    const normal = mesh.geometry.getAttribute('normal');
    const index = mesh.geometry.index!;
    let agree = 0;
    let faces = 0;
    const [a, b, c, n] = [new Vector3(), new Vector3(), new Vector3(), new Vector3()];
    for (let t = 0; t < index.count; t += 3) {
      a.fromBufferAttribute(position, index.getX(t));
      b.fromBufferAttribute(position, index.getX(t + 1));
      c.fromBufferAttribute(position, index.getX(t + 2));
      const face = b.clone().sub(a).cross(c.clone().sub(a));
      if (face.lengthSq() < 1e-16) continue;
      n.fromBufferAttribute(normal, index.getX(t)).add(new Vector3().fromBufferAttribute(normal, index.getX(t + 1))).add(new Vector3().fromBufferAttribute(normal, index.getX(t + 2)));
      faces++;
      if (face.dot(n) > 0) agree++;
    }
    expect(agree / faces).toBeGreaterThan(0.99);
    rig.dispose();
  });
});
