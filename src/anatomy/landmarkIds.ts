/**
 * The names of every anatomical landmark the app knows. Geometry (positions, normals, sources)
 * lives in `landmarks.ts`; this file only names them so technique data can refer to them.
 */
export const SIDES = ['L', 'R'] as const;
/** The mother's left (at -x) or right (at +x). */
export type Side = (typeof SIDES)[number];

export const CERVICAL = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'] as const;
export const THORACIC = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'] as const;
export const VERTEBRAE = [...CERVICAL, ...THORACIC] as const;
export type VertebraId = (typeof VERTEBRAE)[number];

/** Landmarks that exist once on each side; the full id is `${Side}.${name}`, e.g. `L.scapula.inferiorAngle`. */
export const PAIRED = [
  'scapula.superiorAngle',
  'scapula.inferiorAngle',
  'scapula.spineRoot',
  'scapula.acromion',
  'scapula.glenoid',
  'scapula.dialCentre',
  'clavicle.medialEnd',
  'clavicle.lateralEnd',
  'mastoid',
  'tragion',
  'supraclavicularFossa',
  'shoulderTop',
  'rib5.posterior',
  'rib6.posterior',
  'rib7.posterior',
] as const;
export type PairedName = (typeof PAIRED)[number];
export type PairedId = `${Side}.${PairedName}`;

/** Landmarks on the midline. */
export const MIDLINE = ['occiput', 'waistBack'] as const;
export type MidlineId = (typeof MIDLINE)[number];

export type LandmarkId = VertebraId | PairedId | MidlineId;

export const LANDMARK_IDS: readonly LandmarkId[] = [
  ...VERTEBRAE,
  ...SIDES.flatMap((side) => PAIRED.map((name) => `${side}.${name}` as const)),
  ...MIDLINE,
];

export function isLandmarkId(value: string): value is LandmarkId {
  return (LANDMARK_IDS as readonly string[]).includes(value);
}
