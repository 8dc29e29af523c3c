import type { BufferGeometry } from 'three';
import { LANDMARKS } from '../landmarks';
import { arcLengthOf, spineAt } from '../spine';
import { add, cross, lerp, normalize, scale, sub, type Vec3 } from '../vec';
import { MeshBuilder, fanPlate, loft, type OutlinePoint } from './mesh';

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
      { c: sub(q, scale(axis, 0.017)), a: 0.0105, b: 0.008 },
      { c: sub(q, scale(axis, 0.008)), a: 0.0078, b: 0.0064 },
      { c: q, a: r, b: r * 0.9 },
      { c: add(q, scale(axis, 0.004)), a: 0.0032, b: 0.003 },
    ],
    { radial: 10, rings: 5, axis: back, capStart: 0.004, capEnd: 0.003 },
  );
  return mesh.toGeometry();
}

/**
 * Lower occipital bone: a curved shell patch (part of an ellipsoid) whose outer surface passes
 * through the `occiput` landmark (the external occipital protuberance), spreading toward the
 * mastoids and under toward the foramen magnum [EST proportions].
 */
export function buildOcciput(): BufferGeometry {
  const inion = LANDMARKS.occiput;
  const mL = LANDMARKS['L.mastoid'].bone;
  const mR = LANDMARKS['R.mastoid'].bone;
  const { up, back } = headFrame();
  const side: Vec3 = [1, 0, 0];
  // Ellipsoid centre: between the ears, a little above them [EST].
  const ears = lerp(LANDMARKS['L.tragion'].bone, LANDMARKS['R.tragion'].bone, 0.5);
  const centre = add(ears, scale(up, 0.022));
  const rel = sub(inion.bone, centre);
  const du = rel[1] * up[1] + rel[2] * up[2];
  const db = rel[1] * back[1] + rel[2] * back[2];
  const halfThick = 0.0025;
  // Mid-surface radii: the outer surface (mid + half thickness) goes through the inion.
  const ay = 0.072;
  const rb = Math.hypot(db, 0) / Math.sqrt(Math.max(0.2, 1 - (du / ay) ** 2));
  const mastoidSpan = Math.abs(mL[0] - mR[0]) / 2;
  const ax = Math.max(0.06, mastoidSpan + 0.004);
  const point = (theta: number, phi: number, grow: number): Vec3 => {
    const cp = Math.cos(phi);
    return add(
      add(add(centre, scale(side, (ax + grow) * cp * Math.sin(theta))), scale(back, (rb + grow) * cp * Math.cos(theta))),
      scale(up, (ay + grow) * Math.sin(phi)),
    );
  };
  const phi0 = Math.asin(Math.max(-1, Math.min(1, du / ay)));
  const surface = (s: number, t: number) => {
    const theta = (s * Math.PI) / 180;
    const phi = (t * Math.PI) / 180 + phi0;
    const p = point(theta, phi, -halfThick);
    const a = point(theta + 1e-3, phi, -halfThick);
    const b = point(theta, phi + 1e-3, -halfThick);
    return { p, n: normalize(cross(sub(a, p), sub(b, p))) };
  };
  // Patch outline in degrees (azimuth from the back, elevation from the inion) [EST].
  const e = 0.0016;
  const outline: OutlinePoint[] = [
    [0, 5, e],
    [22, 4, e],
    [42, -1, e],
    [56, -10, e],
    [58, -20, e],
    [45, -27, e],
    [22, -30, e],
    [0, -31, e],
    [-22, -30, e],
    [-45, -27, e],
    [-58, -20, e],
    [-56, -10, e],
    [-42, -1, e],
    [-22, 4, e],
  ];
  const mesh = new MeshBuilder();
  fanPlate(mesh, {
    centre: [0, -12],
    outline,
    columns: 40,
    surface: (s, t) => {
      const { p, n } = surface(s, t);
      // Normal from the parametrisation points inward or outward depending on orientation; make it outward.
      const out = sub(p, centre);
      return { p, n: n[0] * out[0] + n[1] * out[1] + n[2] * out[2] < 0 ? scale(n, -1) : n };
    },
    thickness: (f, edge) => 2 * halfThick + (2 * edge - 2 * halfThick) * Math.max(0, (f - 0.7) / 0.3),
    rows: [0.35, 0.7, 0.92],
    rimSteps: 3,
  });
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
