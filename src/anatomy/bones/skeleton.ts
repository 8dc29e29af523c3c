import { BufferGeometry, Color, Float32BufferAttribute } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import { LANDMARKS } from '../landmarks';
import { SIDES, type Side } from '../landmarkIds';
import { lerp, mirrorX, type Vec3 } from '../vec';
import { vertebraPlan } from './column';
import { buildLeftClavicle, type ClavicleGeometry } from './clavicle';
import { BONE_IDS, RIB_NUMBERS, boneIndexOf, boneName, type BoneId, type BoneName } from './ids';
import { at, mirrorGeometryX } from './mesh';
import { buildLeftRib, type RibGeometry } from './ribs';
import { buildLeftScapula, leftScapulaPlane, type ScapulaGeometry } from './scapula';
import { buildLeftMastoid, buildOcciput } from './skull';
import { buildDiscs, buildVertebrae, type VertebraGeometry } from './vertebrae';

/** One bone part: its id, its geometry (world metres, position + normal, indexed). */
export interface BonePart {
  readonly id: BoneId;
  readonly geometry: BufferGeometry;
  readonly tissue: 'bone' | 'disc';
}

/** Everything built, with the measuring handles the tests use. */
export interface BoneBuild {
  readonly parts: readonly BonePart[];
  readonly scapula: ScapulaGeometry;
  readonly clavicle: ClavicleGeometry;
  readonly vertebrae: readonly VertebraGeometry[];
  readonly ribs: readonly RibGeometry[];
}

const mirrored = (side: Side, g: BufferGeometry): BufferGeometry => (side === 'L' ? g : mirrorGeometryX(g));

/** Builds every bone part. Pure and deterministic; left parts are mirrored for the right. */
export function buildBones(): BoneBuild {
  const scapula = buildLeftScapula();
  const clavicle = buildLeftClavicle();
  const mastoid = buildLeftMastoid();
  const ribs = RIB_NUMBERS.map(buildLeftRib);
  const vertebrae = buildVertebrae();
  const parts: BonePart[] = [];
  for (const s of SIDES) {
    parts.push({ id: `scapula.${s}`, geometry: mirrored(s, scapula.geometry), tissue: 'bone' });
    parts.push({ id: `clavicle.${s}`, geometry: mirrored(s, clavicle.geometry), tissue: 'bone' });
  }
  for (const v of vertebrae) parts.push({ id: `vertebra.${v.id}`, geometry: v.geometry, tissue: 'bone' });
  for (const d of buildDiscs()) parts.push({ id: `disc.${d.name}`, geometry: d.geometry, tissue: 'disc' });
  for (const s of SIDES) for (const r of ribs) parts.push({ id: `rib.${s}.${r.n}`, geometry: mirrored(s, r.geometry), tissue: 'bone' });
  for (const s of SIDES) parts.push({ id: `mastoid.${s}`, geometry: mirrored(s, mastoid), tissue: 'bone' });
  parts.push({ id: 'occiput', geometry: buildOcciput(), tissue: 'bone' });
  parts.sort((a, b) => boneIndexOf(a.id) - boneIndexOf(b.id));
  return { parts, scapula, clavicle, vertebrae, ribs };
}

/** Bone and disc colours (sRGB): old ivory, and the bluish white of fibrocartilage [EST]. */
export const BONE_COLOURS = { bone: '#e8dcc2', disc: '#c9d5d8' } as const;

/**
 * All bones as ONE geometry (one draw call): position, normal, `color` (bone or disc) and a
 * `boneIndex` float per vertex (the part's index in `BONE_IDS`), so the material can highlight a
 * single bone. Parts are also recorded as groups (start/count per part, materialIndex 0).
 */
export function mergeBones(parts: readonly BonePart[]): BufferGeometry {
  const prepared = parts.map((part) => {
    const g = part.geometry.clone();
    const n = g.getAttribute('position').count;
    const index = boneIndexOf(part.id);
    const c = new Color(BONE_COLOURS[part.tissue]);
    const colours = new Float32Array(n * 3);
    for (let i = 0; i < n; i++) colours.set([c.r, c.g, c.b], i * 3);
    g.setAttribute('color', new Float32BufferAttribute(colours, 3));
    g.setAttribute('boneIndex', new Float32BufferAttribute(new Float32Array(n).fill(index), 1));
    return g;
  });
  const merged = mergeGeometries(prepared, true);
  if (!merged) throw new Error('bones: could not merge the skeleton');
  for (const group of merged.groups) group.materialIndex = 0;
  merged.computeBoundingBox();
  merged.computeBoundingSphere();
  merged.name = 'skeleton';
  for (const g of prepared) g.dispose();
  return merged;
}

/** The whole skeleton as one geometry, built fresh. */
export function buildSkeletonGeometry(): BufferGeometry {
  return mergeBones(buildBones().parts);
}

// ---------------------------------------------------------------------------------------------
// Labels

export interface BoneLabel {
  readonly id: BoneId;
  /** Where the label points: on or just behind the bone, where it can be seen from behind (world). */
  readonly position: Vec3;
  readonly name: BoneName;
}

function labelPositions(): Record<BoneId, Vec3> {
  const out = {} as Record<BoneId, Vec3>;
  const L = LANDMARKS;
  const sc = leftScapulaPlane();
  // On the lower body of the blade, below the clock dial and clear of its points [EST].
  const scapula = sc.point(10, -84, 2);
  // On the clavicle's lateral part, the stretch seen from behind between the neck and the acromion.
  const clavicleLine = buildLeftClavicle().centreline;
  const clavicleAnchor = clavicleLine[Math.round(clavicleLine.length * 0.78)]!;
  for (const s of SIDES) {
    const flip = (p: Vec3): Vec3 => (s === 'L' ? p : mirrorX(p));
    out[`scapula.${s}`] = flip(scapula);
    out[`clavicle.${s}`] = flip(clavicleAnchor);
    out[`mastoid.${s}`] = flip(L['L.mastoid'].bone);
    for (const n of RIB_NUMBERS) {
      const rib = buildLeftRibCached(n);
      out[`rib.${s}.${n}`] = flip(lerp(rib.tubercle, rib.angle, 0.45));
    }
  }
  for (const id of BONE_IDS) {
    if (id.startsWith('vertebra.')) {
      const v = vertebraPlan(id.slice('vertebra.'.length) as Parameters<typeof vertebraPlan>[0]);
      out[id] = v.tip;
    } else if (id.startsWith('disc.')) {
      const [a, b] = id.slice('disc.'.length).split('-') as [Parameters<typeof vertebraPlan>[0], Parameters<typeof vertebraPlan>[0]];
      out[id] = lerp(at(vertebraPlan(a).frame, 0, 0, 0), at(vertebraPlan(b).frame, 0, 0, 0), 0.5);
    }
  }
  out.occiput = L.occiput.bone;
  return out;
}

const ribCache = new Map<number, RibGeometry>();
function buildLeftRibCached(n: (typeof RIB_NUMBERS)[number]): RibGeometry {
  let r = ribCache.get(n);
  if (!r) {
    r = buildLeftRib(n);
    ribCache.set(n, r);
  }
  return r;
}

let labels: readonly BoneLabel[] | null = null;

/**
 * A label anchor and the bilingual name for every bone part, in `BONE_IDS` order. Made on the
 * first call (it builds the clavicle and the ribs to find the anchors, about 25 ms from cold):
 * not while the page starts, since the bones and their names are hidden until asked for.
 */
export function boneLabels(): readonly BoneLabel[] {
  if (!labels) {
    const positions = labelPositions();
    labels = BONE_IDS.map((id) => ({ id, position: positions[id], name: boneName(id) }));
  }
  return labels;
}

/**
 * The few bones labelled by default: what the massage points sit on. Ribs 5 and 6 are named on
 * the left only (the right ones mirror them) to keep the labels few and uncluttered.
 */
export const DEFAULT_LABELLED_BONES: readonly BoneId[] = [
  'scapula.L',
  'scapula.R',
  'clavicle.L',
  'clavicle.R',
  'vertebra.C7',
  'vertebra.T3',
  'vertebra.T7',
  'rib.L.5',
  'rib.L.6',
  'mastoid.L',
  'mastoid.R',
];
