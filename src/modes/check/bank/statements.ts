import type { StatementQuestion } from './questions';

/**
 * The ten statements of the pre-test and post-test (seed 003 tested with about ten). Each names
 * the step it tests; half are true. Written from seed 003's procedure and the setting of seeds
 * 001/002 (`shared/technique.md`); `checkStatements` holds the bank to its rules.
 */
export const STATEMENTS: readonly StatementQuestion[] = [
  {
    kind: 'statement',
    id: 'st-neck-pressure-down',
    stepId: 'neck',
    prompt: {
      id: 'Pada pijatan leher, tekanan diberikan dari atas ke bawah; dari bawah ke atas hanya diusap tanpa tekanan.',
      en: 'In the neck stroke, pressure goes from top to bottom; from bottom to top it is only a light stroke without pressure.',
    },
    answer: true,
    explanation: {
      id: 'Benar. Sumber: "gerakan dari atas kebawah ada tekanan dan dari bawah keatas tidak ada tekanan hanya usapan saja".',
      en: 'True. The source: "from top to bottom there is pressure, and from bottom to top there is no pressure, only a stroke".',
    },
  },
  {
    kind: 'statement',
    id: 'st-neck-both-hands',
    stepId: 'neck',
    prompt: {
      id: 'Saat memijat leher, kedua tangan memijat leher bersama-sama.',
      en: 'In the neck stroke, both hands massage the neck together.',
    },
    answer: false,
    explanation: {
      id: 'Salah. Tangan kanan memijat leher, tangan kiri menopang kepala ibu.',
      en: "False. The right hand massages the neck; the left hand supports the mother's head.",
    },
  },
  {
    kind: 'statement',
    id: 'st-shoulders-outside-in',
    stepId: 'shoulders',
    prompt: {
      id: 'Pada bahu, tekanan diberikan dari luar ke dalam, yaitu dari ujung bahu ke arah leher.',
      en: 'On the shoulders, pressure goes from the outside inward: from the shoulder tip toward the neck.',
    },
    answer: true,
    explanation: {
      id: 'Benar. Dari luar ke dalam dengan tekanan, dari dalam ke luar mengusap.',
      en: 'True. Outside to inside with pressure, inside to outside stroking.',
    },
  },
  {
    kind: 'statement',
    id: 'st-shoulders-below-collarbone',
    stepId: 'shoulders',
    prompt: {
      id: 'Titik tekan di bahu berada di cekungan di bawah tulang selangka.',
      en: 'The pressure point on the shoulder is in the hollow below the collarbone.',
    },
    answer: false,
    explanation: {
      id: 'Salah. Titik tekan berada di cekungan di atas tulang selangka (klavikula).',
      en: 'False. The pressure point is in the hollow above the collarbone (clavicle).',
    },
  },
  {
    kind: 'statement',
    id: 'st-scapula-left-hours',
    stepId: 'scapulae',
    prompt: {
      id: 'Pada tulang belikat kiri, titik tekan berada di jam 3, 6, dan 8.',
      en: "On the left shoulder blade, the pressure points are at 3, 6 and 8 o'clock.",
    },
    answer: true,
    explanation: {
      id: 'Benar. Tulang belikat kiri: jam 3, 6, dan 8; tulang belikat kanan: jam 9, 6, dan 4.',
      en: "True. Left shoulder blade: 3, 6 and 8 o'clock; right shoulder blade: 9, 6 and 4 o'clock.",
    },
  },
  {
    kind: 'statement',
    id: 'st-scapula-right-hours',
    stepId: 'scapulae',
    prompt: {
      id: 'Pada tulang belikat kanan, titik tekan juga berada di jam 3, 6, dan 8.',
      en: "On the right shoulder blade, the pressure points are also at 3, 6 and 8 o'clock.",
    },
    answer: false,
    explanation: {
      id: 'Salah. Tulang belikat kanan memakai titik jam 9, 6, dan 4, cerminan dari sisi kiri.',
      en: "False. The right shoulder blade uses 9, 6 and 4 o'clock, the mirror image of the left.",
    },
  },
  {
    kind: 'statement',
    id: 'st-back-circles-down',
    stepId: 'back',
    prompt: {
      id: 'Punggung dipijat dari atas ke bawah di kiri dan kanan tulang belakang, dengan gerakan memutar.',
      en: 'The back is massaged from top to bottom on the left and right of the spine, with circular movements.',
    },
    answer: true,
    explanation: {
      id: 'Benar. Dari atas ke bawah di sisi kanan dan kiri tulang belakang, dengan gerakan memutar.',
      en: 'True. Top to bottom on the right and left of the spine, with circular movements.',
    },
  },
  {
    kind: 'statement',
    id: 'st-back-on-spine',
    stepId: 'back',
    prompt: {
      id: 'Pijatan punggung dilakukan tepat di atas ruas-ruas tulang belakang.',
      en: 'The back massage is done right on top of the bones of the spine.',
    },
    answer: false,
    explanation: {
      id: 'Salah. Pijatan dilakukan di samping tulang belakang, di sisi kiri dan kanan, bukan di atas tulangnya.',
      en: 'False. The massage runs beside the spine, on its left and right, not on the bones themselves.',
    },
  },
  {
    kind: 'statement',
    id: 'st-setting-position',
    stepId: null,
    prompt: {
      id: 'Ibu duduk dengan kedua lengan dilipat di atas meja di depannya, sehingga payudara menggantung bebas.',
      en: 'The mother sits with her arms folded on a table in front of her, so that her breasts hang freely.',
    },
    answer: true,
    explanation: {
      id: 'Benar. Itulah posisi yang dianjurkan sumber; bantal di atas meja menopang lengan.',
      en: 'True. That is the position the source gives; a pillow on the table supports the arms.',
    },
  },
  {
    kind: 'statement',
    id: 'st-setting-weekly',
    stepId: null,
    prompt: {
      id: 'Pijat oksitosin cukup dilakukan seminggu sekali.',
      en: 'Oxytocin massage once a week is enough.',
    },
    answer: false,
    explanation: {
      id: 'Salah. Pijat dilakukan sekitar 15 menit, 1-2 kali sehari (pagi dan sore).',
      en: 'False. The massage takes about 15 minutes, once or twice a day (morning and evening).',
    },
  },
];
