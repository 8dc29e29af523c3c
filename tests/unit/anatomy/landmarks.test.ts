import { describe, expect, test } from 'vitest';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { LANDMARK_IDS, PAIRED, THORACIC, type VertebraId } from '../../../src/anatomy/landmarkIds';
import { REFERENCE, type Measurement } from '../../../src/anatomy/reference';
import { leftScapulaFrame } from '../../../src/anatomy/scapulaFrame';
import { TRUNK_UP, arcLengthOf, spineAtVertebra } from '../../../src/anatomy/spine';
import { distance, dot, length, mirrorX, sub, type Vec3 } from '../../../src/anatomy/vec';

const R = REFERENCE;
const L = LANDMARKS;

/** Height along the leaning trunk's own up axis: "level with T3" means equal trunk height. */
const trunkHeight = (p: Vec3): number => dot(p, TRUNK_UP);
const levelOf = (id: VertebraId): number => trunkHeight(spineAtVertebra(id).point);

function expectWithin(actual: number, m: Measurement, note: string) {
  expect(Math.abs(actual - m.value), `${note}: ${actual.toFixed(4)} vs ${m.value} ± ${m.tolerance} (${m.source})`).toBeLessThanOrEqual(m.tolerance);
}

describe('landmark table', () => {
  test('every reference value names its source tag or says it is an estimate', () => {
    for (const [key, m] of Object.entries(R)) {
      expect(m.source, key).toMatch(/^(S\d+\b|EST\b)/);
      // A figure built on a source (a point chosen in its range, a derived value) is an estimate, said so up front.
      if (/\bEST\b/.test(m.source)) expect(m.source, key).toMatch(/^EST/);
    }
    expect(R.skinToRib5Men.source).toMatch(/men/);
  });

  test('every named landmark is built, with a source and finite coordinates', () => {
    for (const id of LANDMARK_IDS) {
      const l = L[id];
      expect(l.id).toBe(id);
      expect(l.source.length).toBeGreaterThan(0);
      for (const v of [...l.bone, ...l.skin, ...l.normal]) expect(Number.isFinite(v)).toBe(true);
      expect(length(l.normal)).toBeCloseTo(1, 6);
    }
  });

  test('skin lies outside the bone along the outward normal', () => {
    for (const id of LANDMARK_IDS) {
      const l = L[id];
      expect(dot(sub(l.skin, l.bone), l.normal), id).toBeGreaterThan(0);
    }
  });

  test('left and right landmarks mirror each other across x = 0', () => {
    for (const name of PAIRED) {
      const left = L[`L.${name}`];
      const right = L[`R.${name}`];
      expect(distance(mirrorX(left.bone), right.bone), name).toBeLessThan(1e-9);
      expect(left.bone[0], `${name} is on the mother's left (-x)`).toBeLessThan(0);
    }
  });
});

describe('spine', () => {
  test('spinous processes descend from C1 to T12 in order', () => {
    const heights = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', ...THORACIC].map((id) => trunkHeight(L[id as VertebraId].skin));
    for (let i = 1; i < heights.length; i++) expect(heights[i]!).toBeLessThan(heights[i - 1]!);
  });

  test('thoracic spacing follows Ernst (S15): T4 21%, T7 39%, T10 54.1% of C7->PSIS, female-scaled', () => {
    const back = R.c7ToPsisMixed.value * R.femaleBackScale.value;
    expect(arcLengthOf('T4') / back).toBeCloseTo(0.21, 6);
    expect(arcLengthOf('T7') / back).toBeCloseTo(0.39, 6);
    expect(arcLengthOf('T10') / back).toBeCloseTo(0.541, 6);
    const perSegment = (arcLengthOf('T10') - arcLengthOf('T1')) / 9;
    expect(perSegment).toBeGreaterThan(0.022);
    expect(perSegment).toBeLessThan(0.03); // ≈2.7 cm per thoracic segment, scaled to women
  });

  test('cervical pitch is 1.5-2.0 cm per segment', () => {
    const pitch = distance(L.C2.skin, L.C6.skin) / 4;
    expect(pitch).toBeGreaterThanOrEqual(0.015);
    expect(pitch).toBeLessThanOrEqual(0.02);
  });

  test('soft tissue over the spinous processes is 5-15 mm', () => {
    for (const id of THORACIC) {
      const d = distance(L[id].skin, L[id].bone);
      expect(d).toBeGreaterThanOrEqual(0.005);
      expect(d).toBeLessThanOrEqual(0.015);
    }
  });

  test('the thoracic spine is kyphotic: T7 lies behind the C7-T12 chord', () => {
    const c7 = L.C7.skin;
    const t12 = L.T12.skin;
    const t7 = L.T7.skin;
    const chordMidZ = (c7[2] + t12[2]) / 2;
    expect(t7[2]).toBeGreaterThan(chordMidZ);
  });

  test('the waist mark sits one waist-back length below C7 along the skin', () => {
    expect(trunkHeight(L.waistBack.skin)).toBeLessThan(levelOf('T12'));
  });
});

describe('scapula', () => {
  const side = 'L';
  const sa = L[`${side}.scapula.superiorAngle`].bone;
  const ia = L[`${side}.scapula.inferiorAngle`].bone;
  const root = L[`${side}.scapula.spineRoot`].bone;
  const glenoid = L[`${side}.scapula.glenoid`].bone;
  const halfSegment = (arcLengthOf('T7') - arcLengthOf('T3')) / 4 / 2;

  test('height superior -> inferior angle is 132.6 ± 7.9 mm (S7)', () => {
    expectWithin(distance(sa, ia), R.scapulaHeight, 'scapula height');
  });

  test('width spine root -> glenoid is 90.8 ± 5.0 mm (S7)', () => {
    expectWithin(distance(root, glenoid), R.scapulaWidth, 'scapula width');
  });

  test('superior angle at T2, spine root at T3, inferior angle at T7 (S4 S5 S6 S21)', () => {
    expect(Math.abs(trunkHeight(sa) - levelOf('T2'))).toBeLessThan(halfSegment);
    expect(Math.abs(trunkHeight(root) - levelOf('T3'))).toBeLessThan(halfSegment);
    expect(Math.abs(trunkHeight(ia) - levelOf('T7'))).toBeLessThan(halfSegment * 1.5);
  });

  test('the medial border lies about 4.5 cm from the spinous processes (S4 3-4 cm, S5 5.1 cm, EST)', () => {
    const protracted = { ...R.medialBorderToSpine, value: R.medialBorderToSpine.value + R.scapulaProtraction.value };
    expectWithin(Math.abs(root[0]), protracted, 'spine root to midline');
    expectWithin(Math.abs(sa[0]), protracted, 'superior angle to midline');
    // Upward rotation with the arms forward swings the inferior angle out, but not past the rib angles' reach.
    expect(Math.abs(ia[0])).toBeGreaterThan(Math.abs(root[0]));
    expect(Math.abs(ia[0])).toBeLessThan(0.09);
  });

  test('biacromial breadth is 357 ± 17 mm (S1, Asian women)', () => {
    expectWithin(distance(L['L.scapula.acromion'].bone, L['R.scapula.acromion'].bone), R.biacromialBreadth, 'biacromial');
  });

  test('the acromion sits 61 ± 13 mm below C7 (S1)', () => {
    expectWithin(trunkHeight(L.C7.skin) - trunkHeight(L['L.scapula.acromion'].bone), R.c7AcromionDrop, 'C7 - acromion');
  });
});

describe('clavicle, neck and ribs', () => {
  test('clavicle chord fits a 151 ± 8.2 mm S-curve (S12), lateral end 2.5 cm higher (S10)', () => {
    const medial = L['L.clavicle.medialEnd'].bone;
    const lateral = L['L.clavicle.lateralEnd'].bone;
    const chord = distance(medial, lateral);
    expect(chord).toBeLessThan(R.clavicleLength.value);
    expect(chord).toBeGreaterThan(R.clavicleLength.value - R.clavicleLength.tolerance - 0.01);
    expectWithin(trunkHeight(lateral) - trunkHeight(medial), R.clavicleLateralRise, 'clavicle rise');
  });

  test('the supraclavicular fossa is above the clavicle (S14)', () => {
    const fossa = L['L.supraclavicularFossa'];
    expect(trunkHeight(fossa.skin) - trunkHeight(fossa.bone)).toBeGreaterThan(0.005);
    expect(trunkHeight(fossa.skin) - trunkHeight(fossa.bone)).toBeLessThan(0.03);
  });

  test('mastoid span is T1 span + 35 ± 6 mm (S22) and the tip lies behind and below the ear canal', () => {
    const span = distance(L['L.mastoid'].bone, L['R.mastoid'].bone);
    expectWithin(span - R.t1TransverseSpan.value, R.mastoidSpanOverT1, 'mastoid span over T1');
    const mastoid = L['L.mastoid'].bone;
    const tragion = L['L.tragion'].bone;
    const head = spineAtVertebra('C1');
    expect(dot(sub(mastoid, tragion), head.up)).toBeLessThan(0);
    expect(dot(sub(mastoid, tragion), head.back)).toBeGreaterThan(0);
  });

  test('upward rotation: about 3° at rest (S9) plus 10-15° with the arms folded (EST), measured on the medial border', () => {
    expectWithin(R.scapulaUpwardRotationRest.value, { ...R.scapulaUpwardRotationRest, value: 3, tolerance: 1 }, 'rest');
    expect(R.scapulaUpwardRotationArmsFolded.value).toBeGreaterThanOrEqual(10);
    expect(R.scapulaUpwardRotationArmsFolded.value).toBeLessThanOrEqual(15);
    // Unrotated, the inferior angle lies straight below the spine root in the blade's plane; the
    // rotation swings it out by the whole angle.
    const f = leftScapulaFrame();
    const left = { root: L['L.scapula.spineRoot'].bone, ia: L['L.scapula.inferiorAngle'].bone };
    const d = sub(left.ia, left.root);
    const angle = (Math.atan2(dot(d, f.lateral), -dot(d, f.up)) * 180) / Math.PI;
    expect(angle).toBeCloseTo(R.scapulaUpwardRotationRest.value + R.scapulaUpwardRotationArmsFolded.value, 6);
  });

  test('ribs 5 and 6 start level with the T4 and T5 spinous processes (S20), 27 ± 4 mm under the skin (S24, measured in men)', () => {
    const rib5 = L['L.rib5.posterior'];
    const rib6 = L['L.rib6.posterior'];
    expect(Math.abs(trunkHeight(rib5.bone) - levelOf('T4'))).toBeLessThan(0.015);
    expect(Math.abs(trunkHeight(rib6.bone) - levelOf('T5'))).toBeLessThan(0.015);
    expectWithin(distance(rib5.skin, rib5.bone), R.skinToRib5Men, 'skin to rib 5');
    expectWithin(Math.abs(rib5.bone[0]), R.ribAngleFromMidline, 'rib angle');
  });
});
