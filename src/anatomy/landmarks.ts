import { REFERENCE } from './reference';
import { LANDMARK_IDS, PAIRED, VERTEBRAE, type LandmarkId, type PairedName } from './landmarkIds';
import { SCAPULA_OUTLINE, leftScapulaFrame, scapulaPlaneToWorld } from './scapulaFrame';
import { TRUNK_BACK, TRUNK_UP, arcLengthOf, spineAt, spineAtVertebra } from './spine';
import { add, lerp, mirrorX, normalize, scale, type Vec3 } from './vec';

const R = REFERENCE;

/** One anatomical landmark: the bone, the skin over it and the skin's outward normal, in metres. */
export interface Landmark {
  readonly id: LandmarkId;
  readonly bone: Vec3;
  readonly skin: Vec3;
  readonly normal: Vec3;
  /** Source tags from `shared/anatomy-reference.md` for how it was placed. */
  readonly source: string;
}

export type Landmarks = Readonly<Record<LandmarkId, Landmark>>;

function overBone(bone: Vec3, normal: Vec3, depth: number): { bone: Vec3; skin: Vec3; normal: Vec3 } {
  const n = normalize(normal);
  return { bone, skin: add(bone, scale(n, depth)), normal: n };
}

function vertebra(id: (typeof VERTEBRAE)[number]): Omit<Landmark, 'id'> {
  const { point, back } = spineAtVertebra(id);
  const depth = R.skinOverSpinous.value;
  return {
    bone: add(point, scale(back, -depth)),
    skin: point,
    normal: back,
    source: id === 'C7' || id[0] === 'T' ? 'S15 levels, S16 kyphosis' : 'EST cervical pitch, S17 lordosis',
  };
}

/** Left-side landmarks; the right side mirrors them across x = 0. */
function leftSide(): Record<PairedName, Omit<Landmark, 'id'>> {
  const f = leftScapulaFrame();
  const o = SCAPULA_OUTLINE;
  const onScapula = (uv: readonly [number, number], source: string) => ({
    ...overBone(scapulaPlaneToWorld(f, uv), f.back, R.skinOverScapula.value),
    source,
  });
  const outward: Vec3 = [-1, 0, 0];

  const c7 = spineAtVertebra('C7');
  const torsoUp = TRUNK_UP;
  const torsoBack = TRUNK_BACK;
  // Acromion: half the biacromial breadth out, the C7-acromion drop down, 2 cm in front of C7 [S1, EST].
  const acromionAtC7 = add(add(c7.point, scale(torsoUp, -R.c7AcromionDrop.value)), scale(torsoBack, -0.02));
  const acromionBone: Vec3 = [-R.biacromialBreadth.value / 2, acromionAtC7[1], acromionAtC7[2]];
  const clavicleLateral = add(add(acromionBone, scale(outward, -0.015)), scale(torsoBack, -0.01));
  // Chord of the 151 mm S-curve ≈ 146 mm [S12]; lateral end 2.5 cm higher [S10]; the shaft runs
  // about 20° back from the coronal plane toward the acromion [EST].
  const chord = R.clavicleLength.value * 0.967;
  const dy = R.clavicleLateralRise.value;
  const dz = chord * Math.sin((20 * Math.PI) / 180);
  const dx = Math.sqrt(chord ** 2 - dy ** 2 - dz ** 2);
  const clavicleMedial = add(add(add(clavicleLateral, scale(outward, -dx)), scale(torsoUp, -dy)), scale(torsoBack, -dz));

  const head = spineAt(arcLengthOf('C1'));
  const tragionBone = add(add(head.point, scale(head.up, 0.012)), scale(head.back, -0.058));
  const tragion: Vec3 = [-0.07, tragionBone[1], tragionBone[2]];
  const mastoidSpan = R.t1TransverseSpan.value + R.mastoidSpanOverT1.value;
  const mastoidBone = add(
    add([-mastoidSpan / 2, tragion[1], tragion[2]], scale(head.up, -R.mastoidBelowMeatus.value)),
    scale(head.back, R.mastoidBehindMeatus.value),
  );

  const fossaBone = lerp(clavicleMedial, clavicleLateral, 0.35);
  const fossaSkin = add(add(fossaBone, scale(torsoUp, R.fossaAboveClavicle.value)), scale(torsoBack, 0.008));
  const neckSide = add(c7.point, scale(outward, 0.05));
  const shoulderTopBone = lerp(clavicleMedial, clavicleLateral, 0.62);
  const shoulderTopSkin = add(lerp(acromionBone, add(neckSide, scale(torsoBack, -0.02)), 0.45), scale(torsoUp, 0.02));

  const rib = (level: 'T4' | 'T5' | 'T6', source: string) => {
    const s = spineAtVertebra(level);
    const bone = add(add(add(s.point, scale(outward, R.ribAngleFromMidline.value)), scale(s.back, -R.skinToRib5Men.value)), scale(s.up, -0.005));
    return { ...overBone(bone, s.back, R.skinToRib5Men.value), source };
  };

  return {
    'scapula.superiorAngle': onScapula(o.superiorAngle, 'S4 S5 (T2 level), S7 height'),
    'scapula.inferiorAngle': onScapula(o.inferiorAngle, 'S5 S6 S21 (T7 level, 7th rib), S7 height'),
    'scapula.spineRoot': onScapula([0, 0], 'S4 S5 (T3 level), EST 4.5 cm + protraction'),
    'scapula.glenoid': { ...overBone(scapulaPlaneToWorld(f, o.glenoid), f.back, 0.04), source: 'S7 width, S9 rotation' },
    'scapula.dialCentre': onScapula(o.dialCentre, 'EST (infraspinous body: the dial points ≥ 6 mm inside the bone)'),
    'scapula.acromion': { ...overBone(acromionBone, add(torsoUp, scale(outward, 0.6)), 0.008), source: 'S1 biacromial breadth and C7 drop' },
    'clavicle.lateralEnd': { ...overBone(clavicleLateral, torsoUp, 0.006), source: 'S12 S10' },
    'clavicle.medialEnd': { ...overBone(clavicleMedial, scale(torsoBack, -1), 0.008), source: 'S12 S10' },
    mastoid: { ...overBone(mastoidBone, add(scale(outward, 0.6), head.back), 0.006), source: 'S22 span, S34 position, EST offsets' },
    tragion: { ...overBone(tragion, outward, 0.004), source: 'EST (≈ C1 level, S1 vertex-C7)' },
    supraclavicularFossa: { bone: fossaBone, skin: fossaSkin, normal: normalize(add(torsoUp, scale(torsoBack, -0.4))), source: 'S14' },
    shoulderTop: { bone: shoulderTopBone, skin: shoulderTopSkin, normal: torsoUp, source: 'S14 (trapezius upper border), EST' },
    'rib5.posterior': rib('T4', 'S20 (rib 5 at T4 spinous level), S24 depth (measured in men), EST rib angle'),
    'rib6.posterior': rib('T5', 'S20 (rib 6 at T5 spinous level), S24 depth (measured in men), EST rib angle'),
    'rib7.posterior': rib('T6', 'S20 S21 (rib 7 at T6 spinous level), S24 depth (measured in men), EST rib angle'),
  };
}

function buildLandmarks(): Landmarks {
  const table = {} as Record<LandmarkId, Landmark>;
  for (const id of VERTEBRAE) table[id] = { id, ...vertebra(id) };
  const left = leftSide();
  for (const name of PAIRED) {
    const l = left[name];
    table[`L.${name}`] = { id: `L.${name}`, ...l };
    table[`R.${name}`] = {
      id: `R.${name}`,
      bone: mirrorX(l.bone),
      skin: mirrorX(l.skin),
      normal: mirrorX(l.normal),
      source: l.source,
    };
  }
  const c1 = spineAtVertebra('C1');
  const occiputBone = add(add(c1.point, scale(c1.up, 0.035)), scale(c1.back, -0.002));
  table.occiput = { id: 'occiput', ...overBone(occiputBone, c1.back, 0.006), source: 'EST (inion above C1)' };
  const waist = spineAt(R.waistBackLength.value);
  table.waistBack = { id: 'waistBack', bone: add(waist.point, scale(waist.back, -0.01)), skin: waist.point, normal: waist.back, source: 'S1 waist back length' };
  for (const id of LANDMARK_IDS) if (!table[id]) throw new Error(`anatomy: landmark "${id}" was not built`);
  return table;
}

/** Every landmark of the seated, forward-leaning model, built once from `REFERENCE`. */
export const LANDMARKS: Landmarks = buildLandmarks();

