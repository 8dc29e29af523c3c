/** Analytic stand-ins for the skin, so path maths can be checked exactly without a mesh. */
import type { SkinSurface } from '../../../src/anatomy/paths';
import { add, normalize, scale, sub, type Vec3 } from '../../../src/anatomy/vec';

/** The plane z = `z`, facing the giver (+z). Offsets in it are exact. */
export const plane = (z: number): SkinSurface => ({
  project: (p) => ({ point: [p[0], p[1], z], normal: [0, 0, 1] }),
});

export const sphere = (centre: Vec3, radius: number): SkinSurface => ({
  project: (p) => {
    const normal = normalize(sub(p, centre));
    return { point: add(centre, scale(normal, radius)), normal };
  },
});

/** A vertical cylinder (axis parallel to y through `centre`), a rough torso. */
export const cylinder = (centre: Vec3, radius: number): SkinSurface => ({
  project: (p) => {
    const normal = normalize([p[0] - centre[0], 0, p[2] - centre[2]]);
    return { point: [centre[0] + normal[0] * radius, p[1], centre[2] + normal[2] * radius], normal };
  },
});
