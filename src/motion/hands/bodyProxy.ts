import { LANDMARKS } from '../../anatomy/landmarks';
import { REFERENCE } from '../../anatomy/reference';
import { leftScapulaFrame, scapulaPlaneToWorld } from '../../anatomy/scapulaFrame';
import { spineAt, spineAtVertebra } from '../../anatomy/spine';
import { add, dot, length, mirrorX, normalize, scale, sub, type Vec3 } from '../../anatomy/vec';

/**
 * A rough stand-in for the skin: a signed distance (metres, negative inside) that approximates
 * the seated mother with a few primitives fitted to the landmark skin points: an ellipsoid head,
 * a tapered neck, a stack of flat-topped horizontal capsules for the back, tapered capsules over
 * the shoulders and the upper arms going forward to the table [EST, fitted by eye]. The app and
 * the tests use the real skin (`skinDistance` in `src/anatomy/skin/`); only
 * `tests/unit/motion/hands.body.test.ts` would fall back to this, were that module missing.
 */

interface RoundCone {
  readonly a: Vec3;
  readonly b: Vec3;
  readonly ra: number;
  readonly rb: number;
}

/** Distance to a round cone, approximated by the nearest axis point (fine for gentle tapers). */
function roundCone(p: Vec3, c: RoundCone): number {
  const ab = sub(c.b, c.a);
  const t = Math.min(1, Math.max(0, dot(sub(p, c.a), ab) / dot(ab, ab)));
  return length(sub(p, add(c.a, scale(ab, t)))) - (c.ra + (c.rb - c.ra) * t);
}

interface Ellipsoid {
  readonly centre: Vec3;
  /** Orthonormal axes and their semi-axis lengths. */
  readonly axes: readonly [Vec3, Vec3, Vec3];
  readonly radii: readonly [number, number, number];
}

/** Distance to an ellipsoid (Quilez's bound: exact on the surface, close near it). */
function ellipsoid(p: Vec3, e: Ellipsoid): number {
  const d = sub(p, e.centre);
  const q = e.axes.map((axis) => dot(d, axis)) as [number, number, number];
  const k0 = Math.hypot(q[0] / e.radii[0], q[1] / e.radii[1], q[2] / e.radii[2]);
  const k1 = Math.hypot(q[0] / e.radii[0] ** 2, q[1] / e.radii[1] ** 2, q[2] / e.radii[2] ** 2);
  return k1 === 0 ? -Math.min(...e.radii) : (k0 * (k0 - 1)) / k1;
}

const L = LANDMARKS;

function build() {
  const occ = L.occiput;
  const headBack = occ.normal;
  const headUp = normalize([0, headBack[2], -headBack[1]]);
  const head: Ellipsoid = {
    centre: add(add(occ.skin, scale(headBack, -0.097)), scale(headUp, -0.012)),
    axes: [[1, 0, 0], headUp, headBack],
    radii: [0.074, 0.112, 0.097],
  };
  // Neck: its back runs along the spine skin line from C7 to C1 [neck circumference S1].
  const neckR0 = 0.056;
  const neckR1 = 0.05;
  const c7 = spineAtVertebra('C7');
  const c1 = spineAtVertebra('C1');
  const neck: RoundCone = {
    a: add(c7.point, scale(c7.back, -neckR0)),
    b: add(c1.point, scale(c1.back, -neckR1)),
    ra: neckR0,
    rb: neckR1,
  };
  // Back: flat-topped horizontal capsules whose top touches the spine line, every 2 cm; the
  // upper thorax is shallower than the chest at the nipple line [S1 chest depth, EST taper].
  const back: RoundCone[] = [];
  for (let s = 0.03; s <= 0.3; s += 0.02) {
    const at = spineAt(s);
    const r = 0.04 + 0.06 * Math.min(1, (s - 0.03) / 0.17);
    const c = add(at.point, scale(at.back, -r));
    const half = 0.045 + 0.01 * Math.min(1, s / 0.1);
    back.push({ a: add(c, [-half, 0, 0]), b: add(c, [half, 0, 0]), ra: r, rb: r });
  }
  // Shoulders: the trapezius ridge from the neck base over the shoulder-top landmark out to the
  // acromion, two tapered capsules per side; its front passes near the supraclavicular fossa
  // [EST fit to the landmarks].
  const shoulders: RoundCone[] = (['L', 'R'] as const).flatMap((side) => {
    const acromion = L[`${side}.scapula.acromion`];
    const top = L[`${side}.shoulderTop`].skin;
    const sign = side === 'L' ? -1 : 1;
    const base: Vec3 = [sign * 0.04, top[1] - 0.03, top[2] + 0.013];
    const mid: Vec3 = [top[0], top[1] - 0.035, top[2]];
    const tip = add(acromion.skin, scale(acromion.normal, -0.03));
    return [
      { a: base, b: mid, ra: 0.04, rb: 0.035 },
      { a: mid, b: tip, ra: 0.035, rb: 0.03 },
    ];
  });
  // Upper arms: from the shoulder joint down and forward toward elbows on the table [EST].
  const arms: RoundCone[] = (['L', 'R'] as const).map((side) => {
    const glenoid = L[`${side}.scapula.glenoid`].bone;
    const sign = side === 'L' ? -1 : 1;
    const top = add(glenoid, [sign * 0.03, -0.01, -0.02]);
    return { a: top, b: add(top, [sign * 0.02, -0.2, -0.22]), ra: 0.047, rb: 0.04 };
  });
  // Shoulder blades: flat ellipsoids in the scapular plane whose backs touch the skin over them.
  const f = leftScapulaFrame();
  const depth = 0.022;
  const leftBlade: Ellipsoid = {
    centre: scapulaPlaneToWorld(f, [0.046, -0.046], REFERENCE.skinOverScapula.value - depth),
    axes: [f.lateral, f.up, f.back],
    radii: [0.056, 0.088, depth],
  };
  const blades: Ellipsoid[] = [
    leftBlade,
    { centre: mirrorX(leftBlade.centre), axes: [scale(mirrorX(f.lateral), -1), mirrorX(f.up), mirrorX(f.back)], radii: leftBlade.radii },
  ];
  return { head, neck, back, shoulders, arms, blades };
}

const PROXY = build();

/** Signed distance from `p` to the stand-in skin: negative inside the body. */
export function proxySkinDistance(p: Vec3): number {
  let d = ellipsoid(p, PROXY.head);
  d = Math.min(d, roundCone(p, PROXY.neck));
  for (const c of PROXY.back) d = Math.min(d, roundCone(p, c));
  for (const c of PROXY.shoulders) d = Math.min(d, roundCone(p, c));
  for (const c of PROXY.arms) d = Math.min(d, roundCone(p, c));
  for (const e of PROXY.blades) d = Math.min(d, ellipsoid(p, e));
  return d;
}

/** Outward unit normal of the stand-in skin at `p`, by central differences. */
export function proxySkinNormal(p: Vec3): Vec3 {
  const e = 1e-4;
  const g: Vec3 = [
    proxySkinDistance(add(p, [e, 0, 0])) - proxySkinDistance(add(p, [-e, 0, 0])),
    proxySkinDistance(add(p, [0, e, 0])) - proxySkinDistance(add(p, [0, -e, 0])),
    proxySkinDistance(add(p, [0, 0, e])) - proxySkinDistance(add(p, [0, 0, -e])),
  ];
  return normalize(g);
}

/** Moves `p` onto the stand-in skin along its gradient (a few Newton steps). */
export function proxyProject(p: Vec3): { point: Vec3; normal: Vec3 } {
  let q = p;
  for (let i = 0; i < 8; i++) q = sub(q, scale(proxySkinNormal(q), proxySkinDistance(q)));
  return { point: q, normal: proxySkinNormal(q) };
}

