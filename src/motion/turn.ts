/**
 * Turning with the skin's normal, for a hand moving between places. Three operations that go
 * together, each used where it belongs and nowhere copied:
 * - `slerpNormal`: a normal turned steadily from one place's into the next's (a move's route);
 * - `carryWithNormalInto`: a direction in one tangent plane carried to another without spinning;
 * - `turnAboutNormalInto`: a direction turned about the normal from one heading into another.
 */
import { add, dot, normalize, scale, type Vec3 } from '../anatomy/vec';
import { normalizeInto, tangentialInto, vec3, type MutableVec3 } from './arc';

/** The unit normal `u` (0..1) of the way from `a` to `b`, turning at a steady rate; `fallback` if they are opposite. */
export function slerpNormal(a: Vec3, b: Vec3, u: number, fallback: Vec3): Vec3 {
  const angle = Math.acos(Math.min(1, Math.max(-1, dot(a, b))));
  const sin = Math.sin(angle);
  if (sin < 1e-6) return angle < 1 ? a : fallback;
  return normalize(add(scale(a, Math.sin((1 - u) * angle) / sin), scale(b, Math.sin(u * angle) / sin)));
}

/**
 * `v` turned by the least rotation that takes the unit normal `from` to `to` (Rodrigues): a
 * direction in one place's tangent plane carried to another's without spinning about the normal.
 */
export function carryWithNormalInto(out: MutableVec3, v: Vec3, from: Vec3, to: Vec3): MutableVec3 {
  const kx = from[1] * to[2] - from[2] * to[1];
  const ky = from[2] * to[0] - from[0] * to[2];
  const kz = from[0] * to[1] - from[1] * to[0];
  const c = from[0] * to[0] + from[1] * to[1] + from[2] * to[2];
  // v cos + (k × v) + k (k·v) / (1 + cos), with k = from × to (|k| = sin).
  const f = c > -1 + 1e-9 ? 1 / (1 + c) : 0;
  const kv = kx * v[0] + ky * v[1] + kz * v[2];
  const x = v[0] * c + (ky * v[2] - kz * v[1]) + kx * kv * f;
  const y = v[1] * c + (kz * v[0] - kx * v[2]) + ky * kv * f;
  const z = v[2] * c + (kx * v[1] - ky * v[0]) + kz * kv * f;
  out[0] = x;
  out[1] = y;
  out[2] = z;
  return out;
}

const _from = vec3();

/**
 * `from` turned `e` (0..1) of the way into `to` about `normal`, both first laid in its tangent
 * plane: a steady turn, the short way round. `out` may not be `to`.
 */
export function turnAboutNormalInto(out: MutableVec3, from: Vec3, to: Vec3, normal: Vec3, e: number): void {
  const a = _from;
  const b = out;
  tangentialInto(a, from, normal, to);
  tangentialInto(b, to, normal, a);
  // n × a, then the signed angle from a to b about n.
  const cx = normal[1] * a[2] - normal[2] * a[1];
  const cy = normal[2] * a[0] - normal[0] * a[2];
  const cz = normal[0] * a[1] - normal[1] * a[0];
  const angle = Math.atan2(cx * b[0] + cy * b[1] + cz * b[2], a[0] * b[0] + a[1] * b[1] + a[2] * b[2]) * e;
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  out[0] = a[0] * c + cx * s;
  out[1] = a[1] * c + cy * s;
  out[2] = a[2] * c + cz * s;
  normalizeInto(out);
}
