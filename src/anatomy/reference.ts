/**
 * Published body measurements the model is built from, each with its source tag from
 * `shared/anatomy-reference.md` ([S1] ANSUR II ... ). A value that is not printed in a source as
 * it stands (one derived from published figures, a choice inside a published range, a published
 * figure used for another group) is an estimate: its `source` starts with "EST" and says what it
 * was built from. Values are in metres or degrees. `tolerance` is what the landmark tests accept:
 * the published SD where there is one, otherwise a stated estimate.
 */
export interface Measurement {
  readonly value: number;
  readonly tolerance: number;
  readonly unit: 'm' | 'deg' | 'ratio';
  readonly source: string;
}

const m = (value: number, tolerance: number, source: string): Measurement => ({
  value,
  tolerance,
  unit: 'm',
  source,
});
const deg = (value: number, tolerance: number, source: string): Measurement => ({
  value,
  tolerance,
  unit: 'deg',
  source,
});

export const REFERENCE = {
  // Torso, adult female, Asian subgroup where published.
  biacromialBreadth: m(0.357, 0.017, 'S1 (ANSUR II, Asian women, 357 ± 17 mm)'),
  bideltoidBreadth: m(0.435, 0.029, 'S1 (Asian women 435, SD 29 mm)'),
  chestBreadth: m(0.262, 0.019, 'S1 (Asian women 262, SD 19 mm)'),
  chestDepth: m(0.232, 0.027, 'S1 (Asian women 232, SD 27 mm)'),
  neckCircumference: m(0.322, 0.019, 'S1 (Asian women 322, SD 19 mm)'),
  neckBaseCircumference: m(0.362, 0.02, 'S1 (Asian women 362, SD 20 mm)'),
  shoulderLength: m(0.135, 0.01, 'S1 (neck base to acromion 135 ± 10 mm)'),
  waistBackLength: m(0.419, 0.026, 'S1 (C7 to waist over the back, Asian women 419, SD 26 mm)'),
  c7HeightSeated: m(0.624, 0.028, 'EST from S1 (sitting height minus the standing C7 drop; assumes upright sitting)'),
  c7AcromionDrop: m(0.061, 0.013, 'S1 (C7 minus acromion height, 61 ± 13 mm)'),
  vertexAboveC7: m(0.233, 0.012, 'S1 (vertex minus C7, 233 ± 12 mm)'),
  tragionAboveC7: m(0.106, 0.015, 'EST from S1 (vertex-C7 and head height)'),

  // Scapula.
  scapulaHeight: m(0.1326, 0.0079, 'S7 (women 132.6 ± 7.9 mm)'),
  scapulaWidth: m(0.0908, 0.005, 'S7 (women 90.8 ± 5.0 mm)'),
  medialBorderToSpine: m(0.045, 0.015, 'EST 4.5 cm between S4 (3-4 cm) and S5 (5.1 cm)'),
  scapulaProtraction: m(0.01, 0.01, 'EST (arms folded on a table: 1-3 cm)'),
  scapulaInternalRotation: deg(30, 7.5, 'EST from S9 (30-45° from the coronal plane at rest): the low end, as the arms come forward'),
  scapulaAnteriorTilt: deg(12, 5, 'EST from S9 (10-20° at rest): near the low end, for a seated lean'),
  // Upward rotation as anatomy-reference §2 gives it: about 3° at rest [S9], plus 10-15° with the
  // arms folded on the table [EST]; the model turns the blade by their sum (`scapulaFrame.ts`).
  scapulaUpwardRotationRest: deg(3, 2, 'S9 (upward rotation at rest ≈3°)'),
  scapulaUpwardRotationArmsFolded: deg(10, 2.5, 'EST (arms folded on a table: +10-15° on the rest; the low end, as the elbows rest low on the table)'),

  // Clavicle and neck base.
  clavicleLength: m(0.151, 0.0082, 'S12 (women 151.0 ± 8.2 mm)'),
  clavicleLateralRise: m(0.025, 0.01, 'S10, a blog (lateral end ≈2.5 cm above the medial end)'),
  fossaAboveClavicle: m(0.015, 0.01, 'EST from S14 (the fossa lies below the omohyoid, which is ≈2.5 cm above the clavicle)'),

  // Spine.
  c7ToPsisMixed: m(0.509, 0.035, 'S15 (50.9 ± 3.5 cm, mixed sex)'),
  femaleBackScale: { value: 0.93, tolerance: 0.03, unit: 'ratio', source: 'EST (female/mixed stature)' },
  cervicalPitch: m(0.0175, 0.0025, 'EST (1.5-2.0 cm per segment)'),
  skinOverSpinous: m(0.008, 0.004, 'EST (5-15 mm skin and fat over the spinous processes)'),
  thoracicKyphosis: deg(40.4, 9.5, 'S16 (women standing 40.4 ± 9.5°)'),
  lumbarLordosis: deg(29.6, 11.3, 'S16 (women 29.6 ± 11.3°)'),
  cervicalLordosis: deg(12.7, 6.1, 'S17 (Cobb C2-C7 12.7°, CI 6.6-18.8)'),
  trunkLean: deg(12, 3, 'EST (leaning slightly forward onto the table: +10-15°)'),
  neckFlexion: deg(5, 5, 'EST (neck neutral to 20° flexed)'),

  // Ribs, skull.
  // Measured in men [S24]; no figure for women was found, so the model uses it as it stands [EST].
  skinToRib5Men: m(0.027, 0.004, 'S24 (skin to the 5th rib near BL43, 27 ± 4 mm, measured in men; seated ≈ prone)'),
  ribAngleFromMidline: m(0.06, 0.01, 'EST (rib angles 5-7 cm from the midline)'),
  t1TransverseSpan: m(0.072, 0.008, 'EST (adult T1 transverse-process span)'),
  mastoidSpanOverT1: m(0.035, 0.006, 'S22 (mastoid span 35 ± 6 mm wider than T1)'),
  mastoidBelowMeatus: m(0.015, 0.005, 'EST (1-2 cm below the ear canal)'),
  mastoidBehindMeatus: m(0.0125, 0.0025, 'EST (1-1.5 cm behind the ear canal)'),
  skinOverScapula: m(0.014, 0.005, 'EST from S23 (trapezius 3.4 + rhomboid 3.8 mm, women) plus skin and fat'),
} as const satisfies Record<string, Measurement>;


/**
 * Spinous-process levels as a fraction of the C7 to PSIS skin distance [S15]:
 * T4 21%, T7 39%, T10 54.1%, L1 70.9%, L4 86.1%. Indexed by segments below C7.
 */
export const SPINE_LEVEL_FRACTIONS: ReadonlyArray<readonly [segmentsBelowC7: number, fraction: number]> = [
  [0, 0],
  [4, 0.21],
  [7, 0.39],
  [10, 0.541],
  [13, 0.709],
  [16, 0.861],
];

export const degToRad = (d: number): number => (d * Math.PI) / 180;
