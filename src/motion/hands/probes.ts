/**
 * Where a posed hand could catch on the body: points of its surface in the frames of its segments
 * (and the hand's own), grouped into balls so the clearance solver can skip those far from the skin.
 */
import { Vector3 } from 'three';
import type { Vec3 } from '../../anatomy/vec';
import { FINGER_OF } from './curl';
import { FOREARM_RING_YS, forearmRings } from './forearm';
import type { PosedHand } from './kinematics';
import { palmMeshes } from './palm';
import { SEGMENT_COUNT, SEGMENT_IDS, SEGMENT_SHAPES, segmentIndex } from './segments';

/** How far outside the skin a probe off the contact surface must be, metres. */
export const CLEAR_MARGIN = 0.0008; // the probes are sparse: keep them a little further out

/**
 * How fast the skin's distance may change per metre when culling probe groups. The field is a
 * blend of true distances (gradient about 1); 1.5 leaves room for the blends and displacements
 * (`LIPSCHITZ` in the mesher, 2.5, is a proof-level bound that would cull nothing this close).
 */
export const PROBE_LIPSCHITZ = 1.5;

/** A point of a pose's surface: in segment `frame`'s frame, or the hand's (-1); on its contact surface or not. */
export interface Probe {
  readonly frame: number;
  readonly local: Vector3;
  readonly contact: boolean;
}

/** Probes of one frame (a segment, or the hand's own), with a ball round them for culling. */
export interface ProbeGroup {
  readonly frame: number;
  /** The finger (index into `FINGERS`) whose bone or nail `frame` is, or -1. */
  readonly finger: number;
  readonly centre: Vector3;
  readonly radius: number;
  readonly anyContact: boolean;
  readonly probes: readonly Probe[];
}

/** Probes round each ring of the forearm: 12, 30° apart, leave at most about 1 mm of a 3 cm arm unprobed between them (6 left up to 4 mm). */
const FOREARM_AROUND = 12;

const probeCache = new Map<string, readonly ProbeGroup[]>();
const FOREARM = segmentIndex('forearm');

const _point: [number, number, number] = [0, 0, 0];

/** The skin's signed distance at a world point given as a Vector3. */
export function skinAt(skin: (p: Vec3) => number, point: Vector3): number {
  _point[0] = point.x;
  _point[1] = point.y;
  _point[2] = point.z;
  return skin(_point);
}

/** Groups probes by frame, and splits the hand's own (palm, many) into a few balls; cached per side and pose. */
export function probeGroupsFor(posed: PosedHand): readonly ProbeGroup[] {
  const key = `${posed.side}:${posed.pose.id}`;
  const hit = probeCache.get(key);
  if (hit) return hit;
  const byFrame = new Map<string, Probe[]>();
  for (const pr of probesFor(posed)) {
    // The palm's probes fall into cells of 4 cm, the forearm's into lengths of 4 cm, so each ball stays small.
    const cell = pr.frame < 0 ? `${Math.floor(pr.local.x / 0.04)},${Math.floor(pr.local.y / 0.04)}` : pr.frame === FOREARM ? `${Math.floor(pr.local.y / 0.04)}` : '';
    const k = `${pr.frame}:${cell}`;
    const list = byFrame.get(k);
    if (list) list.push(pr);
    else byFrame.set(k, [pr]);
  }
  const groups: ProbeGroup[] = [];
  for (const probes of byFrame.values()) {
    const centre = new Vector3();
    for (const pr of probes) centre.add(pr.local);
    centre.divideScalar(probes.length);
    const radius = Math.max(...probes.map((pr) => pr.local.distanceTo(centre)));
    groups.push({ frame: probes[0]!.frame, finger: FINGER_OF[probes[0]!.frame] ?? -1, centre, radius, anyContact: probes.some((pr) => pr.contact), probes });
  }
  // Contact groups first: they are usually the deepest, so later groups are culled against them.
  groups.sort((a, b) => Number(b.anyContact) - Number(a.anyContact));
  probeCache.set(key, groups);
  return groups;
}

/**
 * Where a pose could catch on the body: both ends of every segment (tips, knuckles, nails),
 * the palm's faces and rim, and rings round the forearm and its sleeve; each marked as on the pose's
 * contact surface or not.
 */
function probesFor(posed: PosedHand): readonly Probe[] {
  const parts = new Set<string>(posed.pose.contactParts);
  const spec = posed.pose.contact;
  const pressing = new Set<string>(spec.on === 'digits' ? spec.segments : []);
  const probes: Probe[] = [];
  const forearm = segmentIndex('forearm');
  for (let i = 0; i < SEGMENT_COUNT; i++) {
    if (i === forearm) continue; // probed from its own sections below
    const s = SEGMENT_SHAPES[i]!;
    const contact = parts.has(SEGMENT_IDS[i]!);
    probes.push({ frame: i, local: new Vector3(0, s.length + s.r1, 0), contact });
    const capAround = pressing.has(SEGMENT_IDS[i]!) ? 10 : 4;
    for (let j = 0; j < capAround; j++) {
      const a = (j / capAround) * Math.PI * 2;
      const r = s.r1 * Math.SQRT1_2;
      probes.push({ frame: i, local: new Vector3(Math.cos(a) * r * s.widthScale, s.length + r, Math.sin(a) * r * s.depthScale), contact });
    }
    probes.push({ frame: i, local: new Vector3(0, -s.r0, 0), contact });
    const proximalAround = pressing.has(SEGMENT_IDS[i]!) ? 10 : 4;
    for (let j = 0; j < proximalAround; j++) {
      const a = (j / proximalAround) * Math.PI * 2;
      const r = s.r0 * Math.SQRT1_2;
      probes.push({ frame: i, local: new Vector3(Math.cos(a) * r * s.widthScale, -r, Math.sin(a) * r * s.depthScale), contact });
    }
    // The segments that carry the contact point press hardest: probe them more densely.
    const dense = pressing.has(SEGMENT_IDS[i]!);
    const rings = dense ? 6 : 3;
    const around = dense ? 10 : 6;
    for (let k = 0; k < rings; k++) {
      const t = k / (rings - 1);
      const r = s.r0 + (s.r1 - s.r0) * t;
      for (let j = 0; j < around; j++) {
        const a = (j / around) * Math.PI * 2;
        probes.push({ frame: i, local: new Vector3(Math.cos(a) * r * s.widthScale, t * s.length, Math.sin(a) * r * s.depthScale), contact });
      }
    }
  }
  const palm = posed.side === 'right' ? palmMeshes().right : palmMeshes().left;
  const regionPart = ['palm', 'palmRim', 'dorsum'] as const;
  // Every palm vertex: the palm's rim is where a rigid hand catches on a curve or a ridge.
  for (let v = 0; v < palm.region.length; v++) {
    const contact = parts.has(regionPart[palm.region[v]!]!);
    probes.push({ frame: -1, local: new Vector3(palm.positions[v * 3]!, palm.positions[v * 3 + 1]!, palm.positions[v * 3 + 2]!), contact });
  }
  // The forearm and the sleeve, ring by ring while they are seen (the faded end may graze).
  for (const ring of forearmRings(FOREARM_RING_YS, FOREARM_AROUND)) probes.push({ frame: forearm, local: new Vector3(ring.x, ring.y, ring.z), contact: false });
  return probes;
}
