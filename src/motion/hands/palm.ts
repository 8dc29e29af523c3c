/**
 * The palm of a right hand as a rounded, slightly cupped slab, built as plain arrays in the
 * hand-local frame of `dimensions.ts` (+Y distal, +Z palmar, +X toward the thumb).
 *
 * The slab is one closed surface: the palmar face (a fan of rings from the palm centre to its
 * border), a rounded rim, and the dorsal face. Its thickness varies: a domed back of the hand,
 * a hollow in the middle of the palm, the thenar eminence at the ball of the thumb, the
 * hypothenar along the little-finger edge, and the pads under the knuckles. All shape numbers
 * are estimates [EST] tuned by eye against photographs of adult hands.
 */

import { smoothstep } from '../../anatomy/scalar';

/** A 2D point in the palm plane (x, y). */
type P2 = readonly [number, number];

/** Outer outline of the palm at its mid-plane, counter-clockwise seen from the back (+Z away). [EST] */
const OUTLINE: readonly P2[] = [
  [0.0, -0.012], // wrist, middle
  [0.023, -0.006], // wrist, radial
  [0.031, 0.016], // thenar edge
  [0.037, 0.042],
  [0.0415, 0.066],
  [0.042, 0.08], // index knuckle, radial side
  [0.036, 0.089],
  [0.02, 0.092],
  [0.01, 0.094], // middle knuckle: the dorsal edge stops at the knuckles
  [-0.008, 0.09],
  [-0.024, 0.083],
  [-0.036, 0.072], // little-finger knuckle, ulnar side
  [-0.039, 0.05],
  [-0.035, 0.02],
  [-0.027, -0.006], // wrist, ulnar
];

/** Palm centre: where the face rings converge, and where a palm contact sits. */
export const PALM_CENTRE: P2 = [0.002, 0.052];

const gauss = (d: number, s: number): number => Math.exp(-(d * d) / (2 * s * s));
const gauss2 = (x: number, y: number, cx: number, cy: number, sx: number, sy: number): number =>
  gauss(x - cx, sx) * gauss(y - cy, sy);
/** 1 on the middle line of the hand, 0 at its sides. */
const arch = (x: number): number => Math.max(0, 1 - ((x - 0.002) / 0.043) ** 2);

/** Height of the back of the hand above the mid-plane (toward -Z), metres. */
export function dorsalHeight(x: number, y: number): number {
  return (
    0.009 +
    0.0055 * arch(x) - // the domed back of the hand
    0.002 * smoothstep(0.065, 0.09, y) + // knuckles stand proud of the slab
    0.0015 * smoothstep(0.03, -0.01, y) // thicker toward the wrist
  );
}

/** Height of the palm below the mid-plane (toward +Z), metres. */
export function palmarHeight(x: number, y: number): number {
  return (
    0.0085 -
    0.0028 * arch(x) * gauss(y - 0.05, 0.025) + // the hollow of the palm
    0.0105 * gauss2(x, y, 0.025, 0.026, 0.013, 0.022) + // thenar eminence (ball of the thumb)
    0.0055 * gauss2(x, y, -0.028, 0.036, 0.011, 0.028) + // hypothenar eminence
    0.004 * gauss(y - 0.083, 0.009) * arch(x * 0.9) + // pads under the knuckles
    0.006 * smoothstep(0.03, -0.01, y) // the heel of the hand
  );
}

export interface PalmMesh {
  /** xyz per vertex, hand-local, right hand. */
  readonly positions: Float32Array;
  /** Smooth unit normals per vertex. */
  readonly normals: Float32Array;
  /** Counter-clockwise triangles seen from outside. */
  readonly indices: Uint16Array;
  /** Per vertex: 0 palmar face, 1 rim, 2 dorsal face. */
  readonly region: Uint8Array;
}

/** Mesh resolution: points around the outline, rings on each face, segments across the rim. */
export const PALM_RESOLUTION = { around: 40, faceRings: 3, rimSegments: 6 } as const;

/** Closed Catmull-Rom through the outline, resampled to `n` points evenly by arc length. */
function resampleOutline(n: number): P2[] {
  const m = OUTLINE.length;
  const dense: P2[] = [];
  const steps = 24;
  for (let i = 0; i < m; i++) {
    const p0 = OUTLINE[(i - 1 + m) % m]!;
    const p1 = OUTLINE[i]!;
    const p2 = OUTLINE[(i + 1) % m]!;
    const p3 = OUTLINE[(i + 2) % m]!;
    for (let s = 0; s < steps; s++) {
      const t = s / steps;
      const t2 = t * t;
      const t3 = t2 * t;
      const f = (a: number, b: number, c: number, d: number) =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      dense.push([f(p0[0], p1[0], p2[0], p3[0]), f(p0[1], p1[1], p2[1], p3[1])]);
    }
  }
  const cumulative = [0];
  for (let i = 1; i <= dense.length; i++) {
    const a = dense[i - 1]!;
    const b = dense[i % dense.length]!;
    cumulative.push(cumulative[i - 1]! + Math.hypot(b[0] - a[0], b[1] - a[1]));
  }
  const total = cumulative[dense.length]!;
  const out: P2[] = [];
  let j = 0;
  for (let k = 0; k < n; k++) {
    const target = (k / n) * total;
    while (cumulative[j + 1]! < target) j++;
    const a = dense[j]!;
    const b = dense[(j + 1) % dense.length]!;
    const t = (target - cumulative[j]!) / (cumulative[j + 1]! - cumulative[j]!);
    out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
  }
  return out;
}

/** Builds the palm of a right hand. */
export function buildPalmMesh(): PalmMesh {
  const { around: N, faceRings: K, rimSegments: M } = PALM_RESOLUTION;
  const outer = resampleOutline(N);
  // Outward normal of the outline in the palm plane (the outline runs counter-clockwise).
  const outward = outer.map((_, i) => {
    const a = outer[(i - 1 + N) % N]!;
    const b = outer[(i + 1) % N]!;
    const tx = b[0] - a[0];
    const ty = b[1] - a[1];
    const l = Math.hypot(tx, ty);
    return [ty / l, -tx / l] as const;
  });
  const positions: number[] = [];
  const region: number[] = [];
  const push = (x: number, y: number, z: number, r: number) => {
    positions.push(x, y, z);
    region.push(r);
  };
  // The rim is a half-ellipse: it reaches out by `roll` beyond the face border and spans the
  // local thickness. The face border lies `roll` inside the outline.
  const border = outer.map((p, i) => {
    const o = outward[i]!;
    const roll = 0.55 * 0.5 * (dorsalHeight(p[0], p[1]) + palmarHeight(p[0], p[1]));
    return { x: p[0] - o[0] * roll, y: p[1] - o[1] * roll, roll };
  });

  // Vertex 0: palmar centre. Then K rings of the palmar face (the last is the border).
  const [cx, cy] = PALM_CENTRE;
  push(cx, cy, palmarHeight(cx, cy), 0);
  for (let k = 1; k <= K; k++) {
    const f = k / K;
    for (let i = 0; i < N; i++) {
      const b = border[i]!;
      const x = cx + (b.x - cx) * f;
      const y = cy + (b.y - cy) * f;
      push(x, y, palmarHeight(x, y), k === K ? 1 : 0);
    }
  }
  // Rim rows between the palmar border (phi = +90°) and the dorsal border (phi = -90°).
  for (let m = 1; m < M; m++) {
    const phi = Math.PI / 2 - (m / M) * Math.PI;
    for (let i = 0; i < N; i++) {
      const b = border[i]!;
      const o = outward[i]!;
      const hp = palmarHeight(b.x, b.y);
      const hd = dorsalHeight(b.x, b.y);
      const mid = (hp - hd) / 2;
      const half = (hp + hd) / 2;
      const c = Math.cos(phi);
      push(b.x + o[0] * b.roll * c, b.y + o[1] * b.roll * c, mid + half * Math.sin(phi), 1);
    }
  }
  // Dorsal face rings from the border inward, then the dorsal centre.
  for (let k = K; k >= 1; k--) {
    const f = k / K;
    for (let i = 0; i < N; i++) {
      const b = border[i]!;
      const x = cx + (b.x - cx) * f;
      const y = cy + (b.y - cy) * f;
      push(x, y, -dorsalHeight(x, y), k === K ? 1 : 2);
    }
  }
  push(cx, cy, -dorsalHeight(cx, cy), 2);

  const rows = K + (M - 1) + K; // rings between the two centres
  const ring = (r: number, i: number) => 1 + r * N + (((i % N) + N) % N);
  const last = positions.length / 3 - 1;
  const indices: number[] = [];
  // Orientation: the outline is counter-clockwise seen from -Z... see the winding fix below.
  for (let i = 0; i < N; i++) indices.push(0, ring(0, i), ring(0, i + 1));
  for (let r = 0; r < rows - 1; r++) {
    for (let i = 0; i < N; i++) {
      const a = ring(r, i);
      const b = ring(r, i + 1);
      const c = ring(r + 1, i);
      const d = ring(r + 1, i + 1);
      indices.push(a, c, b, b, c, d);
    }
  }
  for (let i = 0; i < N; i++) indices.push(last, ring(rows - 1, i + 1), ring(rows - 1, i));

  // Make the winding counter-clockwise seen from outside: the first fan triangle's normal must
  // point to +Z (the palmar face faces +Z).
  const p = (v: number) => [positions[v * 3]!, positions[v * 3 + 1]!, positions[v * 3 + 2]!] as const;
  const [i0, i1, i2] = [indices[0]!, indices[1]!, indices[2]!];
  const a = p(i0);
  const b = p(i1);
  const c = p(i2);
  const nz = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
  if (nz < 0) {
    for (let t = 0; t < indices.length; t += 3) {
      const tmp = indices[t + 1]!;
      indices[t + 1] = indices[t + 2]!;
      indices[t + 2] = tmp;
    }
  }
  const normals = smoothNormals(positions, indices);
  return {
    positions: new Float32Array(positions),
    normals,
    indices: new Uint16Array(indices),
    region: new Uint8Array(region),
  };
}

/** Area-weighted vertex normals. */
function smoothNormals(positions: readonly number[], indices: readonly number[]): Float32Array {
  const n = new Float32Array(positions.length);
  for (let t = 0; t < indices.length; t += 3) {
    const ia = indices[t]! * 3;
    const ib = indices[t + 1]! * 3;
    const ic = indices[t + 2]! * 3;
    const abx = positions[ib]! - positions[ia]!;
    const aby = positions[ib + 1]! - positions[ia + 1]!;
    const abz = positions[ib + 2]! - positions[ia + 2]!;
    const acx = positions[ic]! - positions[ia]!;
    const acy = positions[ic + 1]! - positions[ia + 1]!;
    const acz = positions[ic + 2]! - positions[ia + 2]!;
    const fx = aby * acz - abz * acy;
    const fy = abz * acx - abx * acz;
    const fz = abx * acy - aby * acx;
    for (const i of [ia, ib, ic]) {
      n[i] = n[i]! + fx;
      n[i + 1] = n[i + 1]! + fy;
      n[i + 2] = n[i + 2]! + fz;
    }
  }
  for (let i = 0; i < n.length; i += 3) {
    const l = Math.hypot(n[i]!, n[i + 1]!, n[i + 2]!) || 1;
    n[i] = n[i]! / l;
    n[i + 1] = n[i + 1]! / l;
    n[i + 2] = n[i + 2]! / l;
  }
  return n;
}

/** The palm mesh mirrored into a left hand: x negated, normals mirrored, winding reversed. */
export function mirrorPalmMesh(mesh: PalmMesh): PalmMesh {
  const positions = mesh.positions.slice();
  const normals = mesh.normals.slice();
  for (let i = 0; i < positions.length; i += 3) {
    positions[i] = -positions[i]!;
    normals[i] = -normals[i]!;
  }
  const indices = mesh.indices.slice();
  for (let t = 0; t < indices.length; t += 3) {
    const tmp = indices[t + 1]!;
    indices[t + 1] = indices[t + 2]!;
    indices[t + 2] = tmp;
  }
  return { positions, normals, indices, region: mesh.region.slice() };
}


let palms: { right: PalmMesh; left: PalmMesh } | null = null;
/** The palm meshes of both hands, built once and shared (kinematics, samples, renderer). */
export function palmMeshes(): { readonly right: PalmMesh; readonly left: PalmMesh } {
  if (!palms) {
    const right = buildPalmMesh();
    palms = { right, left: mirrorPalmMesh(right) };
  }
  return palms;
}

/**
 * Where a flat skin would touch the palm's face near (x, y): the face's envelope point. The
 * palm is hollow in the middle, so this is the height of the highest part of the face (the
 * eminences, the pads under the knuckles) within `radius` of (x, y), placed over (x, y).
 */
export function palmEnvelope(face: 'palmar' | 'dorsal', x: number, y: number, radius = 0.035): number {
  const mesh = palmMeshes().right;
  const sign = face === 'palmar' ? 1 : -1;
  let best = 0;
  for (let v = 0; v < mesh.region.length; v++) {
    const px = mesh.positions[v * 3]!;
    const py = mesh.positions[v * 3 + 1]!;
    const pz = mesh.positions[v * 3 + 2]! * sign;
    if (Math.hypot(px - x, py - y) <= radius && pz > best) best = pz;
  }
  return best;
}
