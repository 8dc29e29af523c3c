/**
 * The skin as a surface other code can query without a mesh: signed distance, gradient, the
 * closest skin point (for laying massage paths and pressure points on the skin) and a push-out
 * (for keeping hands and the camera outside the body). The same field the mesh is generated from
 * (`SKIN_PROGRAM`), so what is computed here lies on what is drawn.
 */
import type { SkinSurface } from '../paths';
import { add, dot, scale, sub, type Vec3 } from '../vec';
import { SKIN_PROGRAM } from './bodySdf';

/** Central-difference step for gradients, metres. */
const GRADIENT_STEP = 1e-5;
/** Newton iterations at most, and the distance at which a projection counts as on the skin. */
const MAX_ITERATIONS = 12;
const ON_SURFACE = 1e-7;
/** Closest-point refinements at most, and the sideways offset (metres) that counts as settled. */
const MAX_REFINEMENTS = 10;
const ON_SKIN_TANGENT = 2e-5;

/** Signed distance from the skin, metres: negative inside the body, positive outside. */
export function skinDistance(p: Vec3): number {
  return SKIN_PROGRAM.distance(p[0], p[1], p[2]);
}

/** Gradient of the skin's distance field (central differences; length about 1). */
function skinGradient(p: Vec3): Vec3 {
  const e = GRADIENT_STEP;
  const [x, y, z] = p;
  const f = (a: number, b: number, c: number) => SKIN_PROGRAM.distance(a, b, c);
  return [(f(x + e, y, z) - f(x - e, y, z)) / (2 * e), (f(x, y + e, z) - f(x, y - e, z)) / (2 * e), (f(x, y, z + e) - f(x, y, z - e)) / (2 * e)];
}

/** Unit gradient of the skin's distance field: the outward normal on the skin. */
export function skinNormal(p: Vec3): Vec3 {
  const g = skinGradient(p);
  const l = Math.hypot(g[0], g[1], g[2]) || 1;
  return [g[0] / l, g[1] / l, g[2] / l];
}

/**
 * Newton iterations evaluate the field through a plan: the few steps that matter in a ball round
 * the query (`SdfProgram.plan`, exact inside the ball), made again if a step leaves the ball.
 */
const PLAN_RADIUS = 0.02;
const plan = new Int32Array(SKIN_PROGRAM.length);
let planCount = 0;
let planCentre: Vec3 = [Infinity, Infinity, Infinity];
const planned = (x: number, y: number, z: number) => SKIN_PROGRAM.distanceWith(plan, 0, planCount, x, y, z);
function planAround(q: Vec3): void {
  const dx = q[0] - planCentre[0];
  const dy = q[1] - planCentre[1];
  const dz = q[2] - planCentre[2];
  if (dx * dx + dy * dy + dz * dz < (PLAN_RADIUS / 2) ** 2) return;
  planCount = SKIN_PROGRAM.plan(q[0], q[1], q[2], PLAN_RADIUS, plan);
  planCentre = q;
}

/** Value and gradient at q from four planned samples (tetrahedral differences). */
function sample(q: Vec3): { value: number; gradient: Vec3 } {
  planAround(q);
  const e = GRADIENT_STEP;
  const [x, y, z] = q;
  const a = planned(x + e, y - e, z - e);
  const b = planned(x - e, y - e, z + e);
  const c = planned(x - e, y + e, z - e);
  const d = planned(x + e, y + e, z + e);
  const k = 1 / (4 * e);
  return { value: (a + b + c + d) / 4, gradient: [(a - b - c + d) * k, (-a - b + c + d) * k, (-a + b - c + d) * k] };
}

/** Newton steps along the gradient until the field reads `target` at the point. */
function solveAlongGradient(p: Vec3, target: number): { point: Vec3; gradient: Vec3 } {
  let q = p;
  let { value, gradient } = sample(q);
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const d = value - target;
    const g2 = gradient[0] ** 2 + gradient[1] ** 2 + gradient[2] ** 2;
    if (Math.abs(d) < ON_SURFACE || g2 === 0) break;
    q = add(q, scale(gradient, -d / g2));
    ({ value, gradient } = sample(q));
  }
  return { point: q, gradient };
}

/**
 * The skin point nearest to `p` and the outward normal there: Newton steps along the gradient
 * (p -= d(p) grad / |grad|^2) onto the skin, then slides along it until the offset from p is
 * along the normal. Converges to well under a micrometre from anywhere near the body.
 */
export function projectToSkin(p: Vec3): { point: Vec3; normal: Vec3 } {
  let { point, gradient } = solveAlongGradient(p, 0);
  let normal = unit(gradient);
  // Newton follows the field's gradient, which hollows and grooves tilt a little away from the
  // straight line to the nearest point. Slide along the skin until p - point is along the normal.
  for (let i = 0; i < MAX_REFINEMENTS; i++) {
    const offset = sub(p, point);
    const along = dot(offset, normal);
    const tangent = sub(offset, scale(normal, along));
    if (Math.hypot(tangent[0], tangent[1], tangent[2]) < ON_SKIN_TANGENT) break;
    ({ point, gradient } = solveAlongGradient(add(point, tangent), 0));
    normal = unit(gradient);
  }
  return { point, normal };
}

const unit = (v: Vec3): Vec3 => {
  const l = Math.hypot(v[0], v[1], v[2]) || 1;
  return [v[0] / l, v[1] / l, v[2] / l];
};

/** The skin for path placement (`src/anatomy/paths.ts`). */
export const SKIN_SURFACE: SkinSurface = { project: projectToSkin, distance: skinDistance };

/**
 * `p` if it is at least `clearance` outside the skin, otherwise moved out along the gradient until
 * it is (for cameras and hands that must not enter the body).
 */
export function keepOutsideSkin(p: Vec3, clearance: number): Vec3 {
  if (skinDistance(p) >= clearance) return p;
  let q = solveAlongGradient(p, clearance).point;
  // Newton lands on the level set from either side, or short of it in a crease (between an arm and
  // the trunk the field's gradient turns as it climbs): nudge outward until the clearance holds.
  for (let i = 0; i < MAX_NUDGES; i++) {
    const short = clearance - skinDistance(q);
    if (short <= 0) break;
    q = add(q, scale(skinNormal(q), short * 2));
  }
  return q;
}

/** Outward nudges at most after the Newton steps of `keepOutsideSkin`. */
const MAX_NUDGES = 24;
