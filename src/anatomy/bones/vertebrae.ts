import type { BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { VertebraId } from '../landmarkIds';
import { add, dot, normalize, scale, sub, type Vec3 } from '../vec';
import { spineColumn, vertebraPlan, type VertebraPlan } from './column';
import type { DiscName } from './ids';
import { MeshBuilder, at, dirAt, loft, mirrorGeometryX, toLocal, type Frame3, type LoftStation } from './mesh';

/**
 * Vertebrae C1..T12 and the discs between them, in each vertebra's local frame (mm; x = right,
 * y = up the spine, z = back; see `column.ts`). Paired processes are built on the left (-x) and
 * mirrored, so every vertebra is exactly symmetric. Sizes are textbook proportions scaled to a
 * small adult woman [EST] unless tagged.
 */

/** A station in local millimetres: x, y, z, major radius, minor radius, superellipse exponent. */
type P = readonly [number, number, number, number, number, number?];

interface TubeOptions {
  readonly axis: Vec3;
  readonly radial?: number;
  readonly rings?: number;
  readonly capStart?: number;
  readonly capEnd?: number;
  readonly capRings?: number;
}

function tube(mesh: MeshBuilder, f: Frame3, pts: readonly P[], o: TubeOptions): void {
  const stations: LoftStation[] = pts.map(([x, y, z, a, b, n]) => ({ c: at(f, x, y, z), a: a / 1000, b: b / 1000, n: n ?? 2 }));
  loft(mesh, stations, {
    radial: o.radial ?? 6,
    rings: o.rings ?? Math.max(pts.length, 3),
    axis: dirAt(f, ...o.axis),
    ...(o.capStart !== undefined ? { capStart: o.capStart / 1000 } : {}),
    ...(o.capEnd !== undefined ? { capEnd: o.capEnd / 1000 } : {}),
    capRings: o.capRings ?? 1,
  });
}

const Y: Vec3 = [0, 1, 0];
const X: Vec3 = [1, 0, 0];
const Z: Vec3 = [0, 0, 1];

export interface VertebraGeometry {
  readonly id: VertebraId;
  readonly plan: VertebraPlan;
  readonly geometry: BufferGeometry;
  /** The body alone (none for C1), to measure its height. */
  readonly body: BufferGeometry | null;
  /** The spinous process (C1: its posterior tubercle) alone, with the point it grows from. */
  readonly spinous: BufferGeometry;
  readonly spinousBase: Vec3;
}

function body(mesh: MeshBuilder, p: VertebraPlan): void {
  const { height: h, halfWidth: a, halfDepth: b } = p;
  const c = 1.2;
  tube(
    mesh,
    p.frame,
    [
      [0, -h / 2 + c, 0, a * 0.98, b * 0.98, 2.4],
      [0, 0, 0, a * 0.93, b * 0.93, 2.4],
      [0, h / 2 - c, 0, a * 0.98, b * 0.98, 2.4],
    ],
    { axis: X, radial: 12, rings: 3, capStart: c, capEnd: c },
  );
}

/** Tip station: the knob's centre sits one knob-radius inside the landmark along the skin normal. */
function tipLocal(p: VertebraPlan, knob: number): { tip: Vec3; centre: Vec3 } {
  const tip = toLocal(p.frame, p.tip);
  const n = normalize([dot(p.tipNormal, p.frame.x), dot(p.tipNormal, p.frame.y), dot(p.tipNormal, p.frame.z)]);
  return { tip, centre: sub(tip, scale(n, knob)) };
}

/** Spinous process from `base` to the landmark tip; bifid (two small horns) on C2..C6. */
function spinous(mesh: MeshBuilder, p: VertebraPlan, base: Vec3, r: { base: readonly [number, number]; tip: number; bifid: number }): void {
  const { centre } = tipLocal(p, r.tip);
  const mid: Vec3 = [0, (base[1] + centre[1]) / 2 - 1.5, (base[2] + centre[2]) / 2];
  const f = p.frame;
  if (r.bifid <= 0) {
    tube(
      mesh,
      f,
      [
        [base[0], base[1], base[2], r.base[0], r.base[1]],
        [mid[0], mid[1], mid[2], r.base[0] * 0.72, r.base[1] * 0.72],
        [centre[0], centre[1], centre[2], r.tip * 1.05, r.tip * 0.9],
      ],
      { axis: Y, radial: 8, rings: 5, capStart: 3, capEnd: r.tip },
    );
    return;
  }
  // Bifid: the shaft stops short of the tip and splits into two horns either side of it.
  const fork: Vec3 = add(centre, scale(normalize(sub(base, centre)), r.tip * 1.6));
  tube(
    mesh,
    f,
    [
      [base[0], base[1], base[2], r.base[0], r.base[1]],
      [mid[0], mid[1], mid[2], r.base[0] * 0.8, r.base[1] * 0.8],
      [fork[0], fork[1], fork[2], r.tip * 1.4, r.tip * 1.3],
    ],
    { axis: Y, radial: 8, rings: 4, capStart: 3, capEnd: r.tip },
  );
  const hornMesh = new MeshBuilder();
  tube(
    hornMesh,
    f,
    [
      [fork[0] - 0.5, fork[1], fork[2], r.tip * 1.1, r.tip * 1.1],
      [centre[0] - r.bifid, centre[1], centre[2], r.tip, r.tip],
    ],
    { axis: Y, radial: 6, rings: 3, capStart: r.tip, capEnd: r.tip },
  );
  appendMirrored(mesh, hornMesh);
}

/** Adds `left` and its mirror image to `mesh` (both sides of a bilateral structure). */
function appendMirrored(mesh: MeshBuilder, left: MeshBuilder): void {
  const l = left.toGeometry();
  const r = mirrorGeometryX(l);
  for (const g of [l, r]) {
    const offset = mesh.vertexCount;
    const pos = g.getAttribute('position');
    for (let i = 0; i < pos.count; i++) mesh.vertex([pos.getX(i), pos.getY(i), pos.getZ(i)]);
    const idx = g.getIndex()!;
    for (let t = 0; t < idx.count; t += 3) mesh.triangle(idx.getX(t) + offset, idx.getX(t + 1) + offset, idx.getX(t + 2) + offset);
  }
}

function thoracic(p: VertebraPlan): VertebraGeometry {
  const f = p.frame;
  const { height: h, halfDepth: b, transverseHalfSpan: tp } = p;
  const canal = 8; // half width of the thoracic canal ≈ 16 mm [EST]
  const depth = 15; // canal depth [EST]
  const bodyMesh = new MeshBuilder();
  body(bodyMesh, p);
  const left = new MeshBuilder();
  // Pedicle and lamina, one sweep from the body round the canal to the spinous base.
  tube(
    left,
    f,
    [
      [-(canal + 1.5), h * 0.2, b - 3, 4.5, 3.5],
      [-(canal + 3.5), h * 0.2, b + 4, 4.5, 3.5],
      [-(canal + 4), h * 0.1, b + 10, 7, 4],
      [-6.5, -1, b + depth, 9, 3],
      [0.8, -2.5, b + depth + 3, 9, 3],
    ],
    { axis: Y, rings: 6, capStart: 3, capEnd: 2.5 },
  );
  // Transverse process: out, back and a little up to a knob that carries the rib tubercle.
  tube(
    left,
    f,
    [
      [-(canal + 4), h * 0.15 + 1, b + 9, 6, 4.5],
      [-(canal + 4 + (tp - canal - 4) * 0.55), 3, b + 15, 5, 4],
      [-tp, 4, b + 19, 5.2, 4.6],
    ],
    { axis: Y, rings: 4, capStart: 4, capEnd: 4.3 },
  );
  // Articular processes: superior facing back, inferior facing forward.
  tube(left, f, [[-(canal + 3), h * 0.15, b + 8, 4, 2.6], [-(canal + 2.5), h * 0.5 + 2, b + 9, 4, 2]], { axis: X, radial: 6, rings: 2, capStart: 2.5, capEnd: 2 });
  tube(left, f, [[-(canal - 1), -h * 0.25, b + depth - 1, 4, 2.4], [-(canal - 1), -h * 0.5 - 2.5, b + depth, 3.6, 2]], { axis: X, radial: 6, rings: 2, capStart: 2.5, capEnd: 2 });
  const mid = new MeshBuilder();
  appendMirrored(mid, left);
  const spinousMesh = new MeshBuilder();
  const base: Vec3 = [0, -2, b + depth + 2];
  spinous(spinousMesh, p, base, { base: [8, 3.2], tip: 3.2, bifid: 0 });
  return assemble(p, bodyMesh, spinousMesh, mid, at(f, ...base));
}

function cervical(p: VertebraPlan): VertebraGeometry {
  const f = p.frame;
  const { height: h, halfWidth: a, halfDepth: b, transverseHalfSpan: tp } = p;
  const c7 = p.id === 'C7';
  const c2 = p.id === 'C2';
  const canal = c7 ? 10.5 : 11.5; // cervical canal ≈ 22-24 mm wide [EST]
  const depth = 13;
  const bodyMesh = new MeshBuilder();
  body(bodyMesh, p);
  const left = new MeshBuilder();
  const pillar = canal + 3.5;
  // Pedicle into the articular pillar (lateral mass), then the lamina back to the midline.
  tube(left, f, [[-(a * 0.6), 0, b * 0.4, 3.6, 3], [-(canal + 1.5), 0, b + 3, 3.6, 3]], { axis: Y, radial: 6, rings: 3, capStart: 2.5, capEnd: 3 });
  tube(
    left,
    f,
    [
      [-pillar, -h / 2 - 1, b + 5, 5, 4.2, 2.5],
      [-pillar, 0, b + 6.5, 5.5, 4.5, 2.5],
      [-pillar, h / 2 + 1, b + 8, 5, 4.2, 2.5],
    ],
    { axis: Z, radial: 8, rings: 3, capStart: 2, capEnd: 2 },
  );
  const lam = c2 ? 7 : 5.5;
  tube(
    left,
    f,
    [
      [-(canal + 2), -1, b + 9, lam, 2.4],
      [-6, -2, b + depth + 1, lam, 2.4],
      [0.8, -2.5, b + depth + 3, lam, 2.4],
    ],
    { axis: Y, rings: 4, capStart: 2.4, capEnd: 2.4 },
  );
  // Transverse process: anterior and posterior bars meeting at the tip round the transverse
  // foramen (the vertebral artery's canal). C2's is a small single bar.
  if (c2) {
    tube(left, f, [[-(a + 1), 0, 1, 3.2, 3], [-tp, -2, 2, 2.8, 2.6]], { axis: Y, radial: 6, rings: 3, capStart: 2, capEnd: 2.8 });
    // Superior articular surfaces, broad, carrying C1's lateral masses.
    tube(left, f, [[-(a + 4), h / 2 - 6, 0, 6, 5, 2.5], [-(a + 4), h / 2 + 1, 0, 6.5, 5, 2.5]], { axis: Z, radial: 10, rings: 3, capStart: 1.5, capEnd: 1.5 });
  } else {
    tube(left, f, [[-pillar + 1, 0, b + 4, c7 ? 3.4 : 2.6, 2.6], [-(tp - 2), -1.5, 3.5, c7 ? 3.2 : 2.6, 2.6]], { axis: Y, radial: 6, rings: 3, capStart: 2, capEnd: 2.6 });
    tube(left, f, [[-(a - 1), 0, -1, 2.2, 2.2], [-(tp - 3), -1.5, 1.5, 2.2, 2.2]], { axis: Y, radial: 6, rings: 3, capStart: 2, capEnd: 2.2 });
    tube(left, f, [[-(tp - 4), -1.5, 2.5, 3, 3], [-tp, -1.5, 2.5, 3, 3]], { axis: Y, radial: 6, rings: 2, capStart: 3, capEnd: 3 });
  }
  const mid = new MeshBuilder();
  appendMirrored(mid, left);
  if (c2) {
    // The dens (odontoid peg) rises into C1's ring.
    const c1 = vertebraPlan('C1');
    const top = toLocal(f, at(c1.frame, 0, 6, 0));
    tube(mid, f, [[0, h / 2 - 2, -1, 5, 5], [top[0], (h / 2 + top[1]) / 2, (top[2] - 1) / 2, 5, 4.8], [top[0], top[1], top[2], 4.4, 4.2]], { axis: X, radial: 8, rings: 4, capStart: 2, capEnd: 4 });
  }
  const spinousMesh = new MeshBuilder();
  const base: Vec3 = [0, -2.5, b + depth + 3];
  // C7 (vertebra prominens) ends in a single tubercle; C2..C6 are bifid [S35, EST].
  const radii = c7 ? { base: [5.5, 3.2] as const, tip: 3.8, bifid: 0 } : c2 ? { base: [7, 4] as const, tip: 3, bifid: 4.5 } : { base: [4.5, 2.6] as const, tip: 2.3, bifid: 3 };
  spinous(spinousMesh, p, base, radii);
  return assemble(p, bodyMesh, spinousMesh, mid, at(f, ...base));
}

/**
 * C1 (atlas): no body and no spinous process; a ring of anterior and posterior arches between
 * two lateral masses, wide transverse processes (span within 3.9 mm of T1 [S22]) and a small
 * posterior tubercle. The ring sits on the column (its centre on the dens), so the tubercle lies
 * deeper than the skin line's C1 landmark: the atlas is not palpable [EST, see report].
 */
function atlas(p: VertebraPlan): VertebraGeometry {
  const f = p.frame;
  const tp = p.transverseHalfSpan;
  const left = new MeshBuilder();
  tube(left, f, [[-14, -7, 2, 8.5, 6, 2.5], [-15, 0, 2, 9, 6.5, 2.5], [-14, 7, 2, 8.5, 6, 2.5]], { axis: Z, radial: 10, rings: 3, capStart: 2, capEnd: 2 });
  tube(left, f, [[-12, 0, -4, 5, 3], [-7, 0, -10.5, 5, 3], [0.8, 0, -12.5, 5, 3]], { axis: Y, rings: 4, capStart: 3, capEnd: 3 });
  tube(left, f, [[-13, -1, 8, 4.5, 3.5], [-11.5, -1.5, 16, 4.5, 3.5], [-6.5, -2, 21.5, 4.8, 3.5], [0.8, -2.5, 23.5, 5, 3.5]], { axis: Y, rings: 5, capStart: 3, capEnd: 3 });
  tube(left, f, [[-18, -1, 2, 4.5, 4], [-(tp - 6), -2, 2.5, 3.6, 3.2], [-tp, -2.5, 3, 4.4, 4]], { axis: Y, rings: 4, capStart: 3, capEnd: 4 });
  const mid = new MeshBuilder();
  appendMirrored(mid, left);
  tube(mid, f, [[0, 0, -14.5, 3.5, 3], [0, 0, -11, 4, 3.5]], { axis: Y, radial: 6, rings: 2, capStart: 2.5, capEnd: 2.5 });
  const spinousMesh = new MeshBuilder();
  const base: Vec3 = [0, -2.5, 21];
  tube(spinousMesh, f, [[0, -2.5, 21, 5, 4], [0, -2.7, 25, 5.2, 4.2]], { axis: Y, radial: 10, rings: 3, capStart: 3, capEnd: 3.5 });
  return assemble(p, null, spinousMesh, mid, at(f, ...base));
}

function assemble(p: VertebraPlan, bodyMesh: MeshBuilder | null, spinousMesh: MeshBuilder, rest: MeshBuilder, spinousBase: Vec3): VertebraGeometry {
  const bodyG = bodyMesh ? bodyMesh.toGeometry() : null;
  const spinousG = spinousMesh.toGeometry();
  const parts = [...(bodyG ? [bodyG] : []), spinousG, rest.toGeometry()];
  const geometry = mergeGeometries(parts);
  if (!geometry) throw new Error(`bones: could not merge vertebra ${p.id}`);
  return { id: p.id, plan: p, geometry, body: bodyG, spinous: spinousG, spinousBase };
}

/** One vertebra's geometry, world metres. */
export function buildVertebra(p: VertebraPlan): VertebraGeometry {
  if (p.id === 'C1') return atlas(p);
  if (p.id[0] === 'C') return cervical(p);
  return thoracic(p);
}

export function buildVertebrae(): VertebraGeometry[] {
  return spineColumn().map(buildVertebra);
}

export interface DiscGeometry {
  readonly name: DiscName;
  readonly geometry: BufferGeometry;
}

/** Intervertebral discs, from the lower end plate of one body to the upper end plate of the next. */
export function buildDiscs(): DiscGeometry[] {
  const column = spineColumn();
  const out: DiscGeometry[] = [];
  for (let i = 1; i + 1 < column.length; i++) {
    const up = column[i]!;
    const low = column[i + 1]!;
    const a = at(up.frame, 0, -up.height / 2 + 0.8, 0);
    const b = at(low.frame, 0, low.height / 2 - 0.8, 0);
    const m = scale(add(a, b), 0.5);
    const hw = (up.halfWidth + low.halfWidth) / 2000;
    const hd = (up.halfDepth + low.halfDepth) / 2000;
    const mesh = new MeshBuilder();
    loft(
      mesh,
      [
        { c: a, a: up.halfWidth * 0.00097, b: up.halfDepth * 0.00097, n: 2.4 },
        { c: m, a: hw, b: hd, n: 2.4 },
        { c: b, a: low.halfWidth * 0.00097, b: low.halfDepth * 0.00097, n: 2.4 },
      ],
      { radial: 12, rings: 2, axis: X, capStart: 0.0006, capEnd: 0.0006, capRings: 1 },
    );
    out.push({ name: `${up.id}-${low.id}` as DiscName, geometry: mesh.toGeometry() });
  }
  return out;
}
