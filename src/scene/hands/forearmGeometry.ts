/**
 * The forearm and its rolled-up sleeve as plain arrays in the forearm segment's frame (+Y from the
 * wrist toward the elbow, +Z palmar): a tapered tube of elliptical sections (`HAND.forearm`), its
 * wrist end rounded into the heel of the hand; over it the sleeve, rolled back into a soft cuff,
 * running on toward the giver and fading out (`aFade`), so the arm never ends in a drum.
 */
import { FOREARM_SKIN, FOREARM_SLEEVE, sleeveOpacity } from '../../motion/hands/forearm';
import type { ForearmSection } from '../../motion/hands/dimensions';

/** Points round each section. */
export const FOREARM_AROUND = 20;

export interface TubeMesh {
  readonly positions: Float32Array;
  readonly normals: Float32Array;
  /** Opacity per vertex: 1 solid, falling to 0 where the sleeve fades out. */
  readonly fade: Float32Array;
  /** Counter-clockwise triangles seen from outside. */
  readonly indices: readonly number[];
}

/**
 * A tube through `sections` (open at both ends), smooth normals from the sections' ellipses and
 * their slope along the tube. `closeStart` pulls a last ring to the axis at the first section's `y`,
 * so a rounded end needs no cap.
 */
function tube(sections: readonly ForearmSection[], around: number, closeStart: boolean): TubeMesh {
  const positions: number[] = [];
  const normals: number[] = [];
  const fade: number[] = [];
  const rows = closeStart ? [[sections[0]![0] - 0.0025, 0, 0] as const, ...sections] : sections;
  for (let r = 0; r < rows.length; r++) {
    const [y, hw, hd] = rows[r]!;
    // Slope of the radius along y, for normals that lean with the taper and the cuff's roll.
    const prev = rows[Math.max(0, r - 1)]!;
    const next = rows[Math.min(rows.length - 1, r + 1)]!;
    const dy = next[0] - prev[0] || 1;
    const dw = (next[1] - prev[1]) / dy;
    const dd = (next[2] - prev[2]) / dy;
    for (let j = 0; j < around; j++) {
      const a = (j / around) * Math.PI * 2;
      const c = Math.cos(a);
      const s = Math.sin(a);
      positions.push(c * hw, y, s * hd);
      // Normal of the ellipse (x/hw², z/hd²) scaled by the local size, tilted by the slope.
      let nx = c * hd;
      let nz = s * hw;
      const nl = Math.hypot(nx, nz) || 1;
      nx /= nl;
      nz /= nl;
      const slope = -(c * c * dw + s * s * dd);
      const l = Math.hypot(nx, slope, nz) || 1;
      if (r === 0 && closeStart) normals.push(0, -1, 0);
      else normals.push(nx / l, slope / l, nz / l);
      fade.push(sleeveOpacity(y));
    }
  }
  const indices: number[] = [];
  for (let r = 0; r < rows.length - 1; r++) {
    for (let j = 0; j < around; j++) {
      const a = r * around + j;
      const b = r * around + ((j + 1) % around);
      const c = a + around;
      const d = b + around;
      // Rings run counter-clockwise about +Y seen from +Y's tip... so (a, c, b) faces outward.
      indices.push(a, c, b, b, c, d);
    }
  }
  return { positions: Float32Array.from(positions), normals: Float32Array.from(normals), fade: Float32Array.from(fade), indices };
}

/** The bare forearm from the rounded wrist end up into the sleeve. */
export function createForearmSkin(around = FOREARM_AROUND): TubeMesh {
  return tube(FOREARM_SKIN, around, true);
}

/** The sleeve: the rolled cuff over the forearm, then the sleeve fading out toward the giver. */
export function createSleeve(around = FOREARM_AROUND): TubeMesh {
  return tube(FOREARM_SLEEVE, around, false);
}
