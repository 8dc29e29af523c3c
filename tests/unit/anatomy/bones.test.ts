import { DoubleSide, Mesh, MeshBasicMaterial, Raycaster, Vector3, type BufferGeometry } from 'three';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  BONE_IDS,
  boneLabels,
  DEFAULT_LABELLED_BONES,
  RIB_NUMBERS,
  boneIndexOf,
  boneSide,
  buildBones,
  buildSkeletonGeometry,
  mergeBones,
  mirrorBoneId,
  type BoneBuild,
  type BoneId,
} from '../../../src/anatomy/bones';
import { CLAVICLE_DEPTHS } from '../../../src/anatomy/bones/clavicle';
import { signedVolume } from '../../../src/anatomy/bones/mesh';
import { clockPoint } from '../../../src/anatomy/clockFace';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { LANDMARK_IDS, THORACIC, VERTEBRAE, type VertebraId } from '../../../src/anatomy/landmarkIds';
import { REFERENCE } from '../../../src/anatomy/reference';
import { SCAPULA_OUTLINE } from '../../../src/anatomy/scapulaFrame';
import { spineAtVertebra } from '../../../src/anatomy/spine';
import { distance, dot, mirrorX, normalize, sub, type Vec3 } from '../../../src/anatomy/vec';

// ---------------------------------------------------------------------------------------------
// Helpers: everything is measured on the built meshes.

const mm = (m: number): number => m * 1000;

function vertices(g: BufferGeometry): Vec3[] {
  const pos = g.getAttribute('position');
  const out: Vec3[] = [];
  for (let i = 0; i < pos.count; i++) out.push([pos.getX(i), pos.getY(i), pos.getZ(i)]);
  return out;
}

const triangles = (g: BufferGeometry): number => g.getIndex()!.count / 3;

function nearest(points: readonly Vec3[], p: Vec3): number {
  let best = Infinity;
  for (const q of points) best = Math.min(best, distance(p, q));
  return best;
}

/** Distance from p to the nearest point on the mesh surface (closest point on each triangle). */
function toSurface(g: BufferGeometry, p: Vec3): number {
  const v = vertices(g);
  const idx = g.getIndex()!;
  let best = Infinity;
  for (let t = 0; t < idx.count; t += 3) {
    const a = v[idx.getX(t)]!;
    const b = v[idx.getX(t + 1)]!;
    const c = v[idx.getX(t + 2)]!;
    best = Math.min(best, distance(p, closestOnTriangle(p, a, b, c)));
  }
  return best;
}

/** Closest point on triangle abc to p (Ericson, Real-Time Collision Detection 5.1.5). */
function closestOnTriangle(p: Vec3, a: Vec3, b: Vec3, c: Vec3): Vec3 {
  const ab = sub(b, a);
  const ac = sub(c, a);
  const ap = sub(p, a);
  const d1 = dot(ab, ap);
  const d2 = dot(ac, ap);
  if (d1 <= 0 && d2 <= 0) return a;
  const bp = sub(p, b);
  const d3 = dot(ab, bp);
  const d4 = dot(ac, bp);
  if (d3 >= 0 && d4 <= d3) return b;
  const vc = d1 * d4 - d3 * d2;
  const along = (o: Vec3, e: Vec3, t: number): Vec3 => [o[0] + e[0] * t, o[1] + e[1] * t, o[2] + e[2] * t];
  if (vc <= 0 && d1 >= 0 && d3 <= 0) return along(a, ab, d1 / (d1 - d3));
  const cp = sub(p, c);
  const d5 = dot(ab, cp);
  const d6 = dot(ac, cp);
  if (d6 >= 0 && d5 <= d6) return c;
  const vb = d5 * d2 - d1 * d6;
  if (vb <= 0 && d2 >= 0 && d6 <= 0) return along(a, ac, d2 / (d2 - d6));
  const va = d3 * d6 - d5 * d4;
  if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) return along(b, sub(c, b), (d4 - d3) / (d4 - d3 + (d5 - d6)));
  const denom = 1 / (va + vb + vc);
  const v = vb * denom;
  const w = vc * denom;
  return [a[0] + ab[0] * v + ac[0] * w, a[1] + ab[1] * v + ac[1] * w, a[2] + ab[2] * v + ac[2] * w];
}

function range(points: readonly Vec3[], f: (p: Vec3) => number): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const p of points) {
    const v = f(p);
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { min, max };
}

function toPolyline(line: readonly Vec3[], p: Vec3): number {
  let best = Infinity;
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i]!;
    const ab = sub(line[i + 1]!, a);
    const t = Math.max(0, Math.min(1, dot(sub(p, a), ab) / dot(ab, ab)));
    best = Math.min(best, distance(p, [a[0] + ab[0] * t, a[1] + ab[1] * t, a[2] + ab[2] * t]));
  }
  return best;
}

const polylineLength = (line: readonly Vec3[]): number => line.slice(1).reduce((s, p, i) => s + distance(line[i]!, p), 0);

/** "Is there a vertex within `tol` of p?" over many queries (spatial hash). */
function vertexSet(points: readonly Vec3[], tol: number): (p: Vec3) => boolean {
  const cell = tol * 4;
  const key = (x: number, y: number, z: number) => `${x},${y},${z}`;
  const grid = new Map<string, Vec3[]>();
  for (const p of points) {
    const k = key(Math.floor(p[0] / cell), Math.floor(p[1] / cell), Math.floor(p[2] / cell));
    grid.set(k, [...(grid.get(k) ?? []), p]);
  }
  return (p) => {
    const [cx, cy, cz] = [Math.floor(p[0] / cell), Math.floor(p[1] / cell), Math.floor(p[2] / cell)];
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (let dz = -1; dz <= 1; dz++) for (const q of grid.get(key(cx + dx, cy + dy, cz + dz)) ?? []) if (distance(p, q) <= tol) return true;
    return false;
  };
}

/**
 * Height "level with a spinous process": along the spine's own up axis at that vertebra, so
 * the kyphosis does not tilt the level line (the landmark table builds the rib angles this way).
 */
const levelAt = (id: VertebraId, p: Vec3): number => dot(sub(p, spineAtVertebra(id).point), spineAtVertebra(id).up);

let built: BoneBuild;
let merged: BufferGeometry;
const part = (id: BoneId): BufferGeometry => built.parts.find((p) => p.id === id)!.geometry;

beforeAll(() => {
  built = buildBones();
  merged = mergeBones(built.parts);
});

// ---------------------------------------------------------------------------------------------

describe('skeleton as a whole', () => {
  test('every BoneId is built once, tagged per vertex in the merged geometry, and labelled', () => {
    expect(new Set(BONE_IDS).size).toBe(BONE_IDS.length);
    expect(built.parts.map((p) => p.id)).toEqual([...BONE_IDS]);
    const index = merged.getAttribute('boneIndex');
    const seen = new Set<number>();
    for (let i = 0; i < index.count; i++) seen.add(index.getX(i));
    expect([...seen].sort((a, b) => a - b)).toEqual(BONE_IDS.map((_, i) => i));
    expect(merged.groups).toHaveLength(BONE_IDS.length);
    for (const id of BONE_IDS) {
      expect(boneIndexOf(id)).toBeGreaterThanOrEqual(0);
      expect(triangles(part(id)), id).toBeGreaterThan(20);
    }
    for (const [i, l] of boneLabels().entries()) {
      expect(l.id).toBe(BONE_IDS[i]);
      expect(l.name.id.length).toBeGreaterThan(3);
      expect(l.name.en.length).toBeGreaterThan(3);
    }
  });

  test('names read as the issue asks, in Indonesian and English', () => {
    const name = (id: BoneId) => boneLabels().find((l) => l.id === id)!.name;
    expect(name('scapula.L')).toEqual({ id: 'Tulang belikat kiri', en: 'Left shoulder blade' });
    expect(name('clavicle.R')).toEqual({ id: 'Tulang selangka kanan', en: 'Right collarbone' });
    expect(name('vertebra.C7')).toEqual({ id: 'Ruas tulang leher ke-7 (C7)', en: '7th cervical vertebra (C7)' });
    expect(name('rib.L.5')).toEqual({ id: 'Tulang rusuk ke-5 kiri', en: 'Left 5th rib' });
    expect(name('mastoid.L')).toEqual({ id: 'Prosesus mastoid kiri', en: 'Left mastoid process' });
    expect(name('vertebra.T3').en).toBe('3rd thoracic vertebra (T3)');
    expect(name('rib.R.12').en).toBe('Right 12th rib');
  });

  test('triangle budget: all bones ≤ 35k triangles, and not a stick figure either', () => {
    const total = triangles(merged);
    expect(total).toBeLessThanOrEqual(35_000);
    expect(total).toBeGreaterThan(15_000);
    expect(triangles(part('scapula.L'))).toBeGreaterThan(1500);
  });

  test('every part is a closed surface wound outward (positive volume)', () => {
    for (const p of built.parts) {
      const g = p.geometry;
      expect(signedVolume(g.getAttribute('position').array, g.getIndex()!.array), p.id).toBeGreaterThan(0);
    }
  });

  test('left and right parts mirror each other vertex for vertex (within 0.1 mm); midline parts are symmetric', () => {
    for (const id of BONE_IDS) {
      const side = boneSide(id);
      if (side === 'R') continue;
      const a = vertices(part(id));
      if (side === 'L') {
        const b = vertices(part(mirrorBoneId(id)));
        expect(b.length, id).toBe(a.length);
        let worst = 0;
        a.forEach((p, i) => (worst = Math.max(worst, distance(mirrorX(p), b[i]!))));
        expect(mm(worst), id).toBeLessThan(0.1);
      } else {
        const has = vertexSet(a, 0.0001);
        const missing = a.filter((p) => !has(mirrorX(p)));
        expect(missing.length, `${id}: vertices without a mirror twin`).toBe(0);
      }
    }
  });

  test('the build is deterministic', () => {
    const again = buildSkeletonGeometry();
    const a = merged.getAttribute('position').array;
    const b = again.getAttribute('position').array;
    expect(b.length).toBe(a.length);
    expect(Array.from(b)).toEqual(Array.from(a));
    expect(Array.from(again.getIndex()!.array)).toEqual(Array.from(merged.getIndex()!.array));
  });

  test('default labels are few and sit on (or right by) their bones', () => {
    expect(DEFAULT_LABELLED_BONES.length).toBeLessThanOrEqual(14);
    for (const id of DEFAULT_LABELLED_BONES) {
      const l = boneLabels().find((x) => x.id === id)!;
      expect(mm(nearest(vertices(part(id)), l.position)), id).toBeLessThan(8);
    }
  });
});

describe('shoulder blades', () => {
  const L = LANDMARKS;

  test('the scapula passes through its landmarks: angles and spine root on the rim, glenoid face, acromion top', () => {
    for (const side of ['L', 'R'] as const) {
      const body = side === 'L' ? vertices(built.scapula.body) : vertices(part('scapula.R'));
      const all = vertices(part(`scapula.${side}`));
      for (const name of ['superiorAngle', 'inferiorAngle', 'spineRoot'] as const) {
        expect(mm(nearest(body, L[`${side}.scapula.${name}`].bone)), `${side} ${name}`).toBeLessThan(2.5);
      }
      const g = part(`scapula.${side}`);
      expect(mm(nearest(all, L[`${side}.scapula.glenoid`].bone)), `${side} glenoid`).toBeLessThan(1);
      // The acromion's top lies just under its landmark (≤ 2.5 mm; it is kept a little low so the
      // tilted plate's edges stay under the shoulder's skin).
      expect(mm(toSurface(g, L[`${side}.scapula.acromion`].bone)), `${side} acromion`).toBeLessThan(2.5);
      // The clock dial's centre lies on the bone's back face.
      expect(mm(toSurface(g, L[`${side}.scapula.dialCentre`].bone)), `${side} dial centre`).toBeLessThan(1);
    }
  });

  test('height and width measured on the mesh in the scapular plane match the published sizes [S7]', () => {
    const plane = built.scapula.plane;
    const body = vertices(built.scapula.body).map(plane.toPlane);
    const glenoid = vertices(built.scapula.glenoid).map(plane.toPlane);
    const height = range(body, (p) => p[1]);
    expect(Math.abs(mm(REFERENCE.scapulaHeight.value) - (height.max - height.min))).toBeLessThanOrEqual(mm(REFERENCE.scapulaHeight.tolerance));
    // Width: medial border at the level of the spine root -> glenoid's lateral face.
    const medial = range(
      body.filter((p) => Math.abs(p[1]) < 6),
      (p) => p[0],
    ).min;
    const lateral = range([...body, ...glenoid], (p) => p[0]).max;
    expect(Math.abs(mm(REFERENCE.scapulaWidth.value) - (lateral - medial))).toBeLessThanOrEqual(mm(REFERENCE.scapulaWidth.tolerance));
  });

  test('a triangle: superior angle highest at the medial border, inferior angle lowest, glenoid most lateral', () => {
    const plane = built.scapula.plane;
    const body = vertices(built.scapula.body).map(plane.toPlane);
    const top = body.reduce((a, b) => (b[1] > a[1] ? b : a));
    const bottom = body.reduce((a, b) => (b[1] < a[1] ? b : a));
    expect(top[0]).toBeLessThan(20);
    expect(Math.abs(bottom[0])).toBeLessThan(8);
    const glenoid = vertices(built.scapula.glenoid).map(plane.toPlane);
    expect(range(glenoid, (p) => p[0]).max).toBeGreaterThan(range(body, (p) => p[0]).max);
  });

  test('the body is a thin plate, not a box: ≤ 4 mm thick around the clock dial, with thicker borders', () => {
    const plane = built.scapula.plane;
    const body = vertices(built.scapula.body).map(plane.toPlane);
    const near = (u: number, v: number, r: number) => body.filter((p) => Math.hypot(p[0] - u, p[1] - v) < r);
    const [dialU, dialV] = SCAPULA_OUTLINE.dialCentre.map((x) => x * 1000) as [number, number];
    const dial = near(dialU, dialV, 10);
    expect(dial.length).toBeGreaterThan(4);
    const t = range(dial, (p) => p[2]);
    expect(t.max - t.min).toBeLessThan(4);
    // The dial's bone landmark lies on the posterior face (the clock points sit on it).
    expect(Math.abs(t.max)).toBeLessThan(1.5);
    // On the straight lateral border, halfway from the infraglenoid tubercle to the inferior angle.
    const lateralBorder = near(37, -70, 6);
    const lt = range(lateralBorder, (p) => p[2]);
    expect(lt.max - lt.min).toBeGreaterThan(t.max - t.min + 2);
  });

  test("the clock dial's pressure points (left 3, 6, 8; right 9, 6, 4) lie over the bone", () => {
    for (const [side, hours] of [
      ['L', [3, 6, 8]],
      ['R', [9, 6, 4]],
    ] as const) {
      const mesh = new Mesh(side === 'L' ? built.scapula.body : part('scapula.R'), new MeshBasicMaterial({ side: DoubleSide }));
      for (const h of hours) {
        const p = clockPoint(side, h);
        const n = new Vector3(...p.normal);
        const from = new Vector3(...p.bone).addScaledVector(n, 0.02);
        const hits = new Raycaster(from, n.clone().negate(), 0, 0.05).intersectObject(mesh);
        expect(hits.length, `${side} ${h} o'clock`).toBeGreaterThan(0);
        expect(mm(Math.abs(hits[0]!.distance - 0.02)), `${side} ${h} o'clock depth`).toBeLessThan(2.5);
      }
    }
  });

  test('the spine of the scapula is a ridge rising from the root toward the acromion', () => {
    const plane = built.scapula.plane;
    const spine = vertices(built.scapula.spine).map(plane.toPlane);
    const crest = (u0: number, u1: number) => range(spine.filter((p) => p[0] >= u0 && p[0] < u1 && p[1] > -10), (p) => p[2]).max;
    const root = crest(0, 8);
    const middle = crest(35, 45);
    const lateral = crest(65, 75);
    expect(root).toBeLessThan(5);
    expect(middle).toBeGreaterThan(root + 5);
    expect(lateral).toBeGreaterThan(middle + 3);
    // It starts at the root of the spine on the medial border.
    expect(mm(nearest(vertices(built.scapula.spine), LANDMARKS['L.scapula.spineRoot'].bone))).toBeLessThan(4);
  });
});

describe('collarbones', () => {
  test('centreline runs from the medial to the lateral landmark and is 151 ± 8.2 mm long [S12]', () => {
    const c = built.clavicle.centreline;
    expect(mm(distance(c[0]!, LANDMARKS['L.clavicle.medialEnd'].bone))).toBeLessThan(0.5);
    expect(mm(distance(c[c.length - 1]!, LANDMARKS['L.clavicle.lateralEnd'].bone))).toBeLessThan(0.5);
    const length = polylineLength(c);
    expect(Math.abs(length - REFERENCE.clavicleLength.value)).toBeLessThanOrEqual(REFERENCE.clavicleLength.tolerance);
    // The centreline is the mesh's: every vertex lies within the largest half-width of it.
    for (const v of vertices(part('clavicle.L'))) expect(mm(toPolyline(c, v))).toBeLessThan(12);
  });

  test('S-curve: medial two-thirds bow forward 8.6 mm, lateral third back 9.1 mm [S12][S13]', () => {
    const c = built.clavicle.centreline;
    const a = c[0]!;
    const chord = normalize(sub(c[c.length - 1]!, a));
    const f = built.clavicle.forward;
    const t = (p: Vec3) => dot(sub(p, a), chord) / dot(sub(c[c.length - 1]!, a), chord);
    const ahead = c.map((p) => ({ t: t(p), d: mm(dot(sub(p, a), f)) }));
    const medial = Math.max(...ahead.filter((x) => x.t < 0.6).map((x) => x.d));
    const lateral = Math.min(...ahead.filter((x) => x.t > 0.64).map((x) => x.d));
    expect(medial).toBeCloseTo(mm(CLAVICLE_DEPTHS.medial), 0);
    expect(-lateral).toBeCloseTo(mm(CLAVICLE_DEPTHS.lateral), 0);
    expect(Math.abs(medial - 8.6)).toBeLessThan(1);
    expect(Math.abs(-lateral - 9.1)).toBeLessThan(1);
  });
});

describe('vertebrae', () => {
  const spinousLength = (id: VertebraId): number => {
    const v = built.vertebrae.find((x) => x.id === id)!;
    return mm(Math.max(...vertices(v.spinous).map((p) => distance(p, v.spinousBase))));
  };

  test("C7's spinous process is the longest of C3-C7; C1 has only a small tubercle", () => {
    const c7 = spinousLength('C7');
    for (const id of ['C3', 'C4', 'C5', 'C6'] as const) expect(c7, id).toBeGreaterThan(spinousLength(id) + 3);
    expect(spinousLength('C1')).toBeLessThan(10);
    expect(spinousLength('C1')).toBeLessThan(Math.min(...(['C2', 'C3', 'C4', 'C5', 'C6', 'C7'] as const).map(spinousLength)));
  });

  test('each spinous tip (C2..T12) reaches its landmark and no further back', () => {
    for (const v of built.vertebrae) {
      if (v.id === 'C1') continue;
      const lm = LANDMARKS[v.id];
      const reach = range(vertices(v.geometry), (p) => mm(dot(sub(p, lm.bone), lm.normal))).max;
      expect(reach, v.id).toBeGreaterThan(-2.5);
      expect(reach, v.id).toBeLessThan(1);
      expect(mm(nearest(vertices(v.spinous), lm.bone)), v.id).toBeLessThan(4);
    }
  });

  test('spinous processes point down and back: the tip lies below and behind its base', () => {
    for (const v of built.vertebrae) {
      if (v.id === 'C1') continue;
      const d = sub(v.plan.tip, v.spinousBase);
      expect(dot(d, v.plan.frame.z), v.id).toBeGreaterThan(0.01);
      expect(dot(d, v.plan.frame.y), v.id).toBeLessThan(0);
    }
  });

  test('bodies lie about 6-7 cm in front of the thoracic spinous tips, and T2-T12 bodies are 17-20 mm tall [S19]', () => {
    for (const v of built.vertebrae) {
      if (v.id[0] !== 'T') continue;
      const depth = mm(dot(sub(v.plan.tip, v.plan.frame.o), v.plan.frame.z));
      expect(depth, v.id).toBeGreaterThan(v.id === 'T1' ? 50 : 55);
      expect(depth, v.id).toBeLessThan(70);
      if (v.id === 'T1') continue;
      const h = range(vertices(v.body!), (p) => mm(dot(sub(p, v.plan.frame.o), v.plan.frame.y)));
      expect(h.max - h.min, v.id).toBeGreaterThanOrEqual(16.5);
      expect(h.max - h.min, v.id).toBeLessThanOrEqual(20.5);
    }
  });

  test('discs fill the gaps between the bodies', () => {
    for (let i = 1; i + 1 < VERTEBRAE.length; i++) {
      const up = built.vertebrae[i]!;
      const low = built.vertebrae[i + 1]!;
      const disc = vertices(part(`disc.${up.id}-${low.id}` as BoneId));
      expect(mm(nearest(disc, up.plan.frame.o) - up.plan.height / 2000), `${up.id}-${low.id}`).toBeLessThan(2);
      expect(mm(nearest(disc, low.plan.frame.o) - low.plan.height / 2000), `${up.id}-${low.id}`).toBeLessThan(2);
    }
  });

  test('C1 transverse span is within 3.9 ± 2.6 mm of T1 span, mastoid span 35 ± 6 mm wider [S22]', () => {
    const span = (id: VertebraId) => {
      const r = range(vertices(part(`vertebra.${id}`)), (p) => p[0]);
      return mm(r.max - r.min);
    };
    expect(Math.abs(span('C1') - span('T1') - 3.9)).toBeLessThanOrEqual(2.6 + 1.5);
    const mastoidSpan = mm(distance(LANDMARKS['L.mastoid'].bone, LANDMARKS['R.mastoid'].bone));
    expect(Math.abs(mastoidSpan - mm(REFERENCE.t1TransverseSpan.value) - 35)).toBeLessThanOrEqual(6);
  });
});

describe('ribs', () => {
  test('ribs 5 and 6 have their posterior ends level with the T4 and T5 spinous processes (±1 cm) [S20]', () => {
    for (const [n, level] of [
      [5, 'T4'],
      [6, 'T5'],
    ] as const) {
      const rib = built.ribs.find((r) => r.n === n)!;
      expect(Math.abs(mm(levelAt(level, rib.tubercle))), `rib ${n} tubercle`).toBeLessThanOrEqual(10);
      expect(Math.abs(mm(levelAt(level, rib.angle))), `rib ${n} angle`).toBeLessThanOrEqual(10);
      // Rib 5 is above rib 6 by about one segment.
      expect(mm(levelAt(level, rib.angle) - levelAt(level, built.ribs.find((r) => r.n === n + 1)!.angle))).toBeGreaterThan(15);
      // The landmark on the rib angle lies on the rib's back surface, both sides.
      expect(mm(toSurface(part(`rib.L.${n}`), LANDMARKS[`L.rib${n}.posterior`].bone))).toBeLessThan(1.5);
      expect(mm(toSurface(part(`rib.R.${n}`), LANDMARKS[`R.rib${n}.posterior`].bone))).toBeLessThan(1.5);
    }
  });

  test('every rib starts at its own vertebra and its tubercle is level with the spinous tip above (±1 cm)', () => {
    for (const rib of built.ribs) {
      const v = built.vertebrae.find((x) => x.id === THORACIC[rib.n - 1])!;
      expect(mm(distance(rib.centreline[0]!, v.plan.frame.o)), `rib ${rib.n}`).toBeLessThan(25);
      if (rib.n === 1) continue;
      expect(Math.abs(mm(levelAt(THORACIC[rib.n - 2]!, rib.tubercle))), `rib ${rib.n}`).toBeLessThanOrEqual(10);
    }
  });

  test('the rib angle is the most posterior point of each rib, about 6 cm from the midline', () => {
    for (const n of [5, 6, 7] as const) {
      const rib = built.ribs.find((r) => r.n === n)!;
      const back = spineAtVertebra(THORACIC[n - 2]!).back;
      const rear = rib.centreline.reduce((a, b) => (dot(b, back) > dot(a, back) ? b : a));
      expect(Math.abs(mm(Math.abs(rear[0]) - REFERENCE.ribAngleFromMidline.value))).toBeLessThan(12);
    }
  });

  test('ribs stay inside the skin: ≥ 15 mm under every landmark skin point they pass under', () => {
    const ribs = RIB_NUMBERS.flatMap((n) => [...vertices(part(`rib.L.${n}`)), ...vertices(part(`rib.R.${n}`))]);
    for (const id of LANDMARK_IDS) {
      const l = LANDMARKS[id];
      for (const v of ribs) {
        const d = sub(l.skin, v);
        const depth = dot(d, l.normal);
        const across = Math.sqrt(Math.max(0, dot(d, d) - depth * depth));
        if (across < 0.015 && depth > -0.05) expect(mm(depth), id).toBeGreaterThanOrEqual(15);
      }
    }
  });

  test('ribs lie in front of the shoulder blade (no rib passes through the scapula)', () => {
    const plane = built.scapula.plane;
    const body = vertices(built.scapula.body).map(plane.toPlane);
    const costal = (u: number, v: number) => {
      const near = body.filter((p) => Math.hypot(p[0] - u, p[1] - v) < 6);
      return near.length ? Math.min(...near.map((p) => p[2])) : null;
    };
    let checked = 0;
    for (const n of RIB_NUMBERS) {
      for (const p of vertices(part(`rib.L.${n}`)).map(plane.toPlane)) {
        const c = costal(p[0], p[1]);
        if (c === null) continue;
        checked++;
        expect(p[2], `rib ${n} under the scapula`).toBeLessThan(c - 2);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  test('the spinous tips stay under the skin line', () => {
    for (const v of built.vertebrae) {
      const lm = LANDMARKS[v.id];
      const deepest = range(vertices(v.geometry), (p) => mm(dot(sub(lm.skin, p), lm.normal))).min;
      expect(deepest, v.id).toBeGreaterThan(mm(REFERENCE.skinOverSpinous.value) - 1.5);
    }
  });
});

describe('skull', () => {
  test('each mastoid is a small cone through its landmark', () => {
    for (const side of ['L', 'R'] as const) {
      const g = vertices(part(`mastoid.${side}`));
      expect(mm(nearest(g, LANDMARKS[`${side}.mastoid`].bone))).toBeLessThan(2);
      const r = range(g, (p) => p[1]);
      expect(mm(r.max - r.min)).toBeLessThan(35);
    }
  });

  test('the skull-base hint passes through the occiput landmark and stays subtle', () => {
    const g = vertices(part('occiput'));
    expect(mm(nearest(g, LANDMARKS.occiput.bone))).toBeLessThan(3);
    const x = range(g, (p) => p[0]);
    expect(mm(x.max - x.min)).toBeLessThan(125);
    expect(triangles(part('occiput'))).toBeLessThan(1500);
  });
});
