import type { BufferGeometry } from 'three';
import { LANDMARKS } from '../landmarks';
import { arcLengthOf, spineAt } from '../spine';
import { add, dot, lerp, normalize, scale, sub, type Vec3 } from '../vec';
import { MeshBuilder, loft, mirrorGeometryX } from './mesh';

/**
 * The mastoid process behind the ear, and a hint of the skull base behind it (the lower
 * occipital bone between the mastoids, through the external occipital protuberance). Both are
 * kept small: the head's skin covers them and they are there to show where the thumbs stop.
 */

/** The head's frame at C1: up the neck and backward, as `landmarks.ts` places the ear. */
function headFrame(): { up: Vec3; back: Vec3 } {
  const s = spineAt(arcLengthOf('C1'));
  return { up: s.up, back: s.back };
}

/**
 * Left mastoid: a blunt cone pointing down and a little forward [S34]; the landmark lies on its
 * posterolateral surface a few millimetres above the tip [EST].
 */
export function buildLeftMastoid(): BufferGeometry {
  const lm = LANDMARKS['L.mastoid'];
  const { up, back } = headFrame();
  const axis = normalize(add(scale(up, -1), scale(back, -0.35)));
  const r = 0.0048;
  const q = sub(lm.bone, scale(lm.normal, r));
  const mesh = new MeshBuilder();
  loft(
    mesh,
    [
      { c: sub(q, scale(axis, 0.017)), a: 0.009, b: 0.0068 },
      { c: sub(q, scale(axis, 0.008)), a: 0.007, b: 0.0058 },
      { c: q, a: r, b: r * 0.9 },
      { c: add(q, scale(axis, 0.004)), a: 0.0032, b: 0.003 },
    ],
    { radial: 10, rings: 5, axis: back, capStart: 0.004, capEnd: 0.003 },
  );
  return mesh.toGeometry();
}

/**
 * Skull-base hint: a band of the occipital bone along the superior nuchal line, from the base of
 * one mastoid up through the external occipital protuberance (the `occiput` landmark) to the
 * other, with the protuberance as a low bump. It follows an ellipsoid round the back of the head
 * whose outer surface passes through the landmark [EST proportions].
 */
export function buildOcciput(): BufferGeometry {
  const inion = LANDMARKS.occiput;
  const { up, back } = headFrame();
  const side: Vec3 = [1, 0, 0];
  // Ellipsoid centre: between the ears, a little above them [EST].
  const ears = lerp(LANDMARKS['L.tragion'].bone, LANDMARKS['R.tragion'].bone, 0.5);
  const centre = add(ears, scale(up, 0.022));
  const rel = sub(inion.bone, centre);
  const du = dot(rel, up);
  const db = dot(rel, back);
  const half = 0.0025;
  const ay = 0.072;
  const rb = db / Math.sqrt(Math.max(0.2, 1 - (du / ay) ** 2));
  const base = mastoidBase();
  const mrel = sub(base, centre);
  const ax = Math.max(0.05, Math.abs(mrel[0]) + 0.002);
  /** Ellipsoid point at azimuth theta (0 = straight back, - = left) and elevation phi; `grow` moves out. */
  const point = (theta: number, phi: number, grow: number): Vec3 =>
    add(
      add(add(centre, scale(side, (ax + grow) * Math.cos(phi) * Math.sin(theta))), scale(back, (rb + grow) * Math.cos(phi) * Math.cos(theta))),
      scale(up, (ay + grow) * Math.sin(phi)),
    );
  const phi0 = Math.asin(Math.max(-1, Math.min(1, du / ay)));
  const phiM = Math.asin(Math.max(-1, Math.min(1, dot(mrel, up) / ay)));
  const thetaM = -Math.asin(Math.max(-1, Math.min(1, Math.abs(mrel[0]) / ax / Math.max(0.2, Math.cos(phiM)))));
  const left = new MeshBuilder();
  const stations = [];
  const steps = 8;
  for (let i = 0; i <= steps; i++) {
    const f = i / steps; // 0 at the mastoid, 1 at the midline
    const theta = thetaM * (1 - f) + 0.02 * f;
    const phi = phi0 + (phiM - phi0) * (1 - f) ** 1.6;
    const c = point(theta, phi, -half);
    const along = normalize(sub(point(theta, phi + 0.01, -half), point(theta, phi - 0.01, -half)));
    stations.push({ c, a: (7 + 4 * f) / 1000, b: half, axis: along });
  }
  loft(left, stations, { radial: 10, rings: 16, axis: up, capStart: 0.004, capEnd: 0.003 });
  const l = left.toGeometry();
  const mesh = new MeshBuilder();
  appendGeometry(mesh, l);
  appendGeometry(mesh, mirrorGeometryX(l));
  // The external occipital protuberance: a low bump at the landmark.
  loft(mesh, [{ c: sub(inion.bone, scale(inion.normal, 0.0045)), a: 0.007, b: 0.0055 }, { c: sub(inion.bone, scale(inion.normal, 0.003)), a: 0.0062, b: 0.0048 }], {
    radial: 10,
    rings: 2,
    axis: up,
    capStart: 0.002,
    capEnd: 0.0028,
    capRings: 2,
  });
  return mesh.toGeometry();
}

/** Where the left mastoid cone meets the skull (its base's centre). */
function mastoidBase(): Vec3 {
  const lm = LANDMARKS['L.mastoid'];
  const { up, back } = headFrame();
  const axis = normalize(add(scale(up, -1), scale(back, -0.35)));
  return sub(sub(lm.bone, scale(lm.normal, 0.0048)), scale(axis, 0.017));
}

function appendGeometry(mesh: MeshBuilder, g: BufferGeometry): void {
  const offset = mesh.vertexCount;
  const pos = g.getAttribute('position');
  for (let i = 0; i < pos.count; i++) mesh.vertex([pos.getX(i), pos.getY(i), pos.getZ(i)]);
  const idx = g.getIndex()!;
  for (let t = 0; t < idx.count; t += 3) mesh.triangle(idx.getX(t) + offset, idx.getX(t + 1) + offset, idx.getX(t + 2) + offset);
}
