import { describe, expect, test } from 'vitest';
import { Box3, InstancedMesh, Mesh, Vector3, type BufferGeometry } from 'three';
import { localPlacement } from '../../../src/motion/hands/placement';
import { HAND } from '../../../src/motion/hands/dimensions';
import { createCuffGeometry, createHandsRig } from '../../../src/scene/hands/handsRig';
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

  test('the sleeve faces outward and closes off its far end', () => {
    const g = createCuffGeometry();
    const pos = g.getAttribute('position');
    const nor = g.getAttribute('normal');
    let outer = 0;
    for (let i = 0; i < pos.count; i++) {
      const radial = new Vector3(pos.getX(i) / HAND.cuff.widthScale, 0, pos.getZ(i));
      if (radial.length() >= HAND.cuff.radius && pos.getY(i) < HAND.cuff.start + HAND.cuff.length) {
        outer++;
        expect(new Vector3(nor.getX(i), nor.getY(i), nor.getZ(i)).dot(radial.normalize())).toBeGreaterThan(0.5);
      }
    }
    expect(outer).toBeGreaterThan(20);
    // The far end comes in to the axis.
    let top = 0;
    for (let i = 0; i < pos.count; i++) top = Math.max(top, pos.getY(i));
    let rimAtTop = Infinity;
    for (let i = 0; i < pos.count; i++) if (pos.getY(i) === top) rimAtTop = Math.min(rimAtTop, Math.hypot(pos.getX(i), pos.getZ(i)));
    expect(rimAtTop).toBeLessThan(1e-6);
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
    // A hand with its sleeve stub: more than a palm's width, less than an arm.
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
