/**
 * The forearm and its rolled-up sleeve (`HAND.forearm`), as the renderer draws them and as the
 * clearance probes and surface samples see them: elliptical sections along the forearm segment's
 * +Y (from the wrist toward the elbow), across the palm along X and through it along Z.
 */
import { HAND, type ForearmSection } from './dimensions';

export const FOREARM_SKIN: readonly ForearmSection[] = HAND.forearm.skin;
export const FOREARM_SLEEVE: readonly ForearmSection[] = HAND.forearm.sleeve;

/** 1 where the sleeve is drawn solid, falling smoothly to 0 where it has faded out. */
export function sleeveOpacity(y: number): number {
  const { fadeFrom, fadeTo } = HAND.forearm;
  const u = Math.min(1, Math.max(0, (y - fadeFrom) / (fadeTo - fadeFrom)));
  return 1 - u * u * (3 - 2 * u);
}

/** The half-width and half-depth of a list of sections at `y` (linear between them, clamped at the ends). */
function sectionAt(sections: readonly ForearmSection[], y: number): readonly [number, number] {
  const first = sections[0]!;
  if (y <= first[0]) return [first[1], first[2]];
  for (let i = 1; i < sections.length; i++) {
    const b = sections[i]!;
    if (y <= b[0]) {
      const a = sections[i - 1]!;
      const t = (y - a[0]) / (b[0] - a[0]);
      return [a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
    }
  }
  const last = sections[sections.length - 1]!;
  return [last[1], last[2]];
}

/**
 * Points round the arm's outer surface at the given distances from the wrist: the sleeve where it
 * covers the arm (up to where it has faded out), the bare forearm below it; `around` points per
 * ring, in the forearm segment's frame. For the clearance probes and the test samples.
 */
export function forearmRings(ys: readonly number[], around: number): { readonly y: number; readonly x: number; readonly z: number; readonly sleeve: boolean }[] {
  const sleeveFrom = FOREARM_SLEEVE[0]![0];
  const out: { y: number; x: number; z: number; sleeve: boolean }[] = [];
  for (const y of ys) {
    const sleeve = y >= sleeveFrom;
    const [hw, hd] = sectionAt(sleeve ? FOREARM_SLEEVE : FOREARM_SKIN, y);
    for (let j = 0; j < around; j++) {
      const a = (j / around) * Math.PI * 2;
      out.push({ y, x: Math.cos(a) * hw, z: Math.sin(a) * hd, sleeve });
    }
  }
  return out;
}

/**
 * Where along the arm the clearance probes look: the wrist's very end (beside the heel of a flat
 * hand; at the base of the neck it sank 4 mm into the skin short of a first ring at 1 cm), the
 * forearm, the sleeve while it is seen.
 */
export const FOREARM_RING_YS: readonly number[] = [0.004, 0.025, 0.05, 0.08, 0.105, 0.135];
