import { CERVICAL, SIDES, VERTEBRAE, type Side, type VertebraId } from '../landmarkIds';

/**
 * Names of every bone part the skeleton draws. The order of `BONE_IDS` is the bone index
 * stored per vertex in the merged geometry (`boneIndex` attribute), so keep it stable.
 */
export const RIB_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export type RibNumber = (typeof RIB_NUMBERS)[number];

/** Intervertebral discs, named by the two vertebrae they join (C1-C2 has none). */
export const DISCS = [
  'C2-C3', 'C3-C4', 'C4-C5', 'C5-C6', 'C6-C7', 'C7-T1',
  'T1-T2', 'T2-T3', 'T3-T4', 'T4-T5', 'T5-T6', 'T6-T7', 'T7-T8', 'T8-T9', 'T9-T10', 'T10-T11', 'T11-T12',
] as const;
export type DiscName = (typeof DISCS)[number];

export type BoneId =
  | `scapula.${Side}`
  | `clavicle.${Side}`
  | `mastoid.${Side}`
  | `rib.${Side}.${RibNumber}`
  | `vertebra.${VertebraId}`
  | `disc.${DiscName}`
  | 'occiput';

export const BONE_IDS: readonly BoneId[] = [
  ...SIDES.map((s) => `scapula.${s}` as const),
  ...SIDES.map((s) => `clavicle.${s}` as const),
  ...VERTEBRAE.map((v) => `vertebra.${v}` as const),
  ...DISCS.map((d) => `disc.${d}` as const),
  ...SIDES.flatMap((s) => RIB_NUMBERS.map((n) => `rib.${s}.${n}` as const)),
  ...SIDES.map((s) => `mastoid.${s}` as const),
  'occiput',
];

const INDEX = new Map<BoneId, number>(BONE_IDS.map((id, i) => [id, i]));

/** The per-vertex index of a bone in the merged skeleton; -1 for an unknown id. */
export function boneIndexOf(id: BoneId): number {
  return INDEX.get(id) ?? -1;
}

/** The other side's id for a paired bone; the id itself for a midline one. */
export function mirrorBoneId(id: BoneId): BoneId {
  if (id.includes('.L')) return id.replace('.L', '.R') as BoneId;
  if (id.includes('.R')) return id.replace('.R', '.L') as BoneId;
  return id;
}

/** Which side a paired bone is on; null on the midline. */
export function boneSide(id: BoneId): Side | null {
  return /\.L(\.|$)/.test(id) ? 'L' : /\.R(\.|$)/.test(id) ? 'R' : null;
}

/** Bilingual names. Indonesian first, as in the rest of the app. */
export interface BoneName {
  readonly id: string;
  readonly en: string;
}

const SIDE_NAME: Record<Side, BoneName> = { L: { id: 'kiri', en: 'Left' }, R: { id: 'kanan', en: 'Right' } };

const ordinalEn = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'}`;
};

function vertebraName(v: VertebraId): BoneName {
  const cervical = (CERVICAL as readonly string[]).includes(v);
  const n = Number(v.slice(1));
  return cervical
    ? { id: `Ruas tulang leher ke-${n} (${v})`, en: `${ordinalEn(n)} cervical vertebra (${v})` }
    : { id: `Ruas tulang punggung ke-${n} (${v})`, en: `${ordinalEn(n)} thoracic vertebra (${v})` };
}

/** The Indonesian and English name of a bone part. */
export function boneName(id: BoneId): BoneName {
  const [kind, a, b] = id.split('.') as [string, string | undefined, string | undefined];
  switch (kind) {
    case 'scapula': {
      const s = SIDE_NAME[a as Side];
      return { id: `Tulang belikat ${s.id}`, en: `${s.en} shoulder blade` };
    }
    case 'clavicle': {
      const s = SIDE_NAME[a as Side];
      return { id: `Tulang selangka ${s.id}`, en: `${s.en} collarbone` };
    }
    case 'mastoid': {
      const s = SIDE_NAME[a as Side];
      return { id: `Prosesus mastoid ${s.id}`, en: `${s.en} mastoid process` };
    }
    case 'rib': {
      const s = SIDE_NAME[a as Side];
      const n = Number(b);
      return { id: `Tulang rusuk ke-${n} ${s.id}`, en: `${s.en} ${ordinalEn(n)} rib` };
    }
    case 'vertebra':
      return vertebraName(a as VertebraId);
    case 'disc': {
      const pair = id.slice('disc.'.length).replace('-', '–');
      return { id: `Bantalan antarruas ${pair}`, en: `Intervertebral disc ${pair}` };
    }
    default:
      return { id: 'Tulang oksipital (dasar tengkorak)', en: 'Occipital bone (skull base)' };
  }
}

