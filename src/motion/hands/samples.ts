import { Vector3 } from 'three';
import { forearmRings } from './forearm';
import { palmMeshes } from './palm';
import type { HandPlacement } from './placement';
import type { HandPartTag } from './poses';
import { SEGMENT_COUNT, SEGMENT_IDS, SEGMENT_SHAPES, segmentIndex } from './segments';

/** One point on the surface of a placed hand (or its sleeve), tagged with the part it lies on. */
export interface HandSample {
  readonly point: Vector3;
  readonly part: HandPartTag;
}

export interface SampleOptions {
  /** Points around each ring of a segment (default 10). */
  readonly around?: number;
  /** Rings along each segment (default 5). */
  readonly rings?: number;
  /** Include the forearm and its sleeve (default true). */
  readonly cuff?: boolean;
}

const PALM_PART: readonly HandPartTag[] = ['palm', 'palmRim', 'dorsum'];

/**
 * Points spread over the whole surface of a placed hand: every round cone (rings plus both end
 * caps), every palm vertex, and rings round the forearm and its sleeve. World metres; allocates
 * (meant for tests and tools, not for every frame).
 */
export function handSurfaceSamples(placement: HandPlacement, options: SampleOptions = {}): HandSample[] {
  const around = options.around ?? 10;
  const rings = options.rings ?? 5;
  const out: HandSample[] = [];
  const forearm = segmentIndex('forearm');
  for (let i = 0; i < SEGMENT_COUNT; i++) {
    if (i === forearm) continue; // sampled from its own sections below
    const s = SEGMENT_SHAPES[i]!;
    const m = placement.segments[i]!;
    const part = SEGMENT_IDS[i]!;
    const push = (x: number, y: number, z: number) =>
      out.push({ point: new Vector3(x * s.widthScale, y, z * s.depthScale).applyMatrix4(m), part });
    for (let k = 0; k <= rings; k++) {
      const tt = k / rings;
      const r = s.r0 + (s.r1 - s.r0) * tt;
      for (let j = 0; j < around; j++) {
        const angle = (j / around) * Math.PI * 2;
        push(Math.cos(angle) * r, tt * s.length, Math.sin(angle) * r);
      }
    }
    // End caps: the poles and a ring at 45° on each sphere.
    for (const [y, r, sign] of [
      [0, s.r0, -1],
      [s.length, s.r1, 1],
    ] as const) {
      push(0, y + sign * r, 0);
      for (let j = 0; j < around; j++) {
        const angle = (j / around) * Math.PI * 2;
        push(Math.cos(angle) * r * Math.SQRT1_2, y + sign * r * Math.SQRT1_2, Math.sin(angle) * r * Math.SQRT1_2);
      }
    }
  }
  const palm = placement.side === 'right' ? palmMeshes().right : palmMeshes().left;
  for (let v = 0; v < palm.region.length; v++) {
    const point = new Vector3(palm.positions[v * 3]!, palm.positions[v * 3 + 1]!, palm.positions[v * 3 + 2]!).applyMatrix4(placement.hand);
    out.push({ point, part: PALM_PART[palm.region[v]!]! });
  }
  if (options.cuff ?? true) {
    // The arm up to where its sleeve has faded out: bare forearm ('forearm'), then sleeve ('cuff').
    const m = placement.segments[forearm]!;
    const ys = Array.from({ length: 12 }, (_, k) => 0.005 + (0.155 * k) / 11);
    for (const ring of forearmRings(ys, 16)) out.push({ point: new Vector3(ring.x, ring.y, ring.z).applyMatrix4(m), part: ring.sleeve ? 'cuff' : 'forearm' });
  }
  return out;
}
