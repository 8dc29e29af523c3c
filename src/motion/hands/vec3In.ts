import type { Vector3 } from 'three';
import type { Vec3 } from '../../anatomy/vec';

/** A point or direction: the anatomy module's tuple, or anything with x, y, z (a three Vector3). */
export type Vec3In = Vec3 | { readonly x: number; readonly y: number; readonly z: number };

/** Copies `p` into `target`. */
export const readVec3 = (p: Vec3In, target: Vector3): Vector3 => ('x' in p ? target.set(p.x, p.y, p.z) : target.set(p[0], p[1], p[2]));
