/** Step 3, the shoulder blades (seed 003, "b. Teknik Pijat Oksitosin, 3) Scapula"). */
import type { Side } from '../../anatomy/landmarkIds';
import type { ClockHour } from '../../anatomy/paths';
import { PRESSURE, PRESS_SECONDS, STROKE_SECONDS } from '../timing';
import type { PressPoint, Step, Stroke, Text } from '../types';
import { interpretation, procedure } from './sources';

const SOURCE = procedure('3) Scapula');

/** The source gives only hour numbers; where each points is the app's reading of the clock. */
const CLOCK_READING = interpretation(
  'Sumber hanya menyebut angka jam. Jam dibaca oleh pemijat yang berdiri di belakang ibu: jam 12 ke arah kepala, jam 6 ke arah kaki, jam 3 ke kanan pemijat. Titik ditekan dengan ibu jari; itu juga pilihan aplikasi.',
  "The source gives only the hour numbers. The clock is read by the giver standing behind the mother: 12 toward the head, 6 toward the feet, 3 to the giver's right. The points are pressed with the thumb; that is also the app's choice.",
);

const SIDE_NAMES: Record<Side, Text> = {
  L: { id: 'kiri', en: 'Left' },
  R: { id: 'kanan', en: 'Right' },
};

/** The hours the source names: left 3, 6, 8 and right 9, 6, 4. */
type ScapulaHour = Extract<ClockHour, 3 | 4 | 6 | 8 | 9>;

/** Where each hour lies on the shoulder blade, in words (`technique.md`, clock convention). */
const HOUR_PLACES: Record<ScapulaHour, Text> = {
  3: { id: 'sisi dalam, ke arah tulang belakang', en: 'inner edge, toward the spine' },
  9: { id: 'sisi dalam, ke arah tulang belakang', en: 'inner edge, toward the spine' },
  6: { id: 'bawah, ke arah ujung bawah tulang belikat', en: 'below, toward the lower tip of the shoulder blade' },
  8: { id: 'sisi luar bagian bawah', en: 'lower outer side' },
  4: { id: 'sisi luar bagian bawah', en: 'lower outer side' },
};

function scapulaPoint(side: Side, hour: ScapulaHour): PressPoint {
  const name = SIDE_NAMES[side];
  const place = HOUR_PLACES[hour];
  const hand = side === 'L' ? 'left' : 'right';
  return {
    kind: 'press',
    id: `scapula-${side.toLowerCase()}-${hour}`,
    label: { id: `Tulang belikat ${name.id}, jam ${hour}`, en: `${name.en} shoulder blade, ${hour} o'clock` },
    instruction: {
      id: `Tekan dengan ibu jari ${name.id} di titik jam ${hour} (${place.id}). Tahan sebentar, lalu lepaskan.`,
      en: `Press with your ${name.en.toLowerCase()} thumb at ${hour} o'clock (${place.en}). Hold briefly, then release.`,
    },
    anchor: { clock: { side, hour } },
    hands: { [hand]: { part: 'thumb', role: 'presses' } },
    mirror: 'none',
    timing: PRESS_SECONDS,
    pressure: PRESSURE.moderate,
    sources: [SOURCE, CLOCK_READING],
  };
}

/**
 * Circles over one shoulder blade with the same-side palm; the other hand rests on the other shoulder.
 * Pressure on the outer, lower half (12 -> outer side -> 6), a light return on the half near the spine.
 */
function scapulaCircles(side: Side): Stroke {
  const name = SIDE_NAMES[side];
  const working = { part: 'palm', role: 'strokes' } as const;
  const resting = { part: 'palm', role: 'supports' } as const;
  return {
    kind: 'stroke',
    id: `scapula-${side.toLowerCase()}-circles`,
    title: { id: `Pijat tulang belikat ${name.id}`, en: `${name.en} shoulder blade massage` },
    instruction: {
      id: `Dengan telapak tangan ${name.id}, pijat tulang belikat ${name.id} dengan gerakan memutar: tekan saat bergerak ke luar dan ke bawah, lalu usap tanpa tekanan saat kembali ke arah tulang belakang dan ke atas, sampai di titik awal. Tangan yang lain bertumpu di bahu ibu. Ulangi 5-6 kali.`,
      en: `With your ${name.en.toLowerCase()} palm, massage the ${name.en.toLowerCase()} shoulder blade with a circular movement: press while moving outward and down, then stroke without pressure on the way back toward the spine and up, to the starting point. Your other hand rests on the mother's shoulder. Repeat 5-6 times.`,
    },
    hands: side === 'L' ? { left: working, right: resting } : { right: working, left: resting },
    // [EST] a circle of 2.5 cm radius round the dial: just outside the clock points (21 mm) and
    // inside the bone's outline all round (tests/unit/anatomy/scapulaDial.test.ts).
    path: { kind: 'circle', centre: { landmark: `${side}.scapula.dialCentre` }, radius: 0.025, startHour: 12, turn: side === 'L' ? 'ccw' : 'cw' },
    mirror: 'none',
    phases: [
      {
        kind: 'pressure',
        from: 0,
        to: 0.5,
        pressure: PRESSURE.moderate,
        seconds: STROKE_SECONDS.scapulaCircle.pressure,
        text: { id: 'Ke luar dan ke bawah, dengan tekanan', en: 'Outward and down, with pressure' },
      },
      {
        kind: 'glide',
        from: 0.5,
        to: 1,
        pressure: PRESSURE.glide,
        seconds: STROKE_SECONDS.scapulaCircle.glide,
        text: { id: 'Kembali ke arah tulang belakang dan ke atas, tanpa tekanan', en: 'Back toward the spine and up, no pressure' },
      },
    ],
    repetitions: { min: 5, max: 6 },
    sources: [
      SOURCE,
      interpretation(
        'Sumber hanya berkata "lakukan pemijatan pada tulang scapula kiri 5-6 … scapula kanan caranya sama", tanpa arah gerakan dan tanpa menyebut kapan menekan. Gerakan memutar dengan telapak tangan, tekanan pada setengah putaran ke luar dan ke bawah, dan usapan ringan di dekat tulang belakang adalah tafsiran aplikasi.',
        'The source only says "massage the left scapula 5-6 [times] … the right scapula the same way", with no direction and no word on when to press. The circular movement with the palm, pressure on the outward and downward half and a light stroke near the spine are the app\'s interpretation.',
      ),
    ],
  };
}

export const SCAPULAE: Step = {
  id: 'scapulae',
  number: 3,
  title: { id: 'Tulang belikat', en: 'Shoulder blades' },
  summary: {
    id: 'Pijat tulang belikat kiri 5-6 kali, lalu tekan titik jam 3, 6, dan 8. Lakukan cara yang sama pada tulang belikat kanan, di titik jam 9, 6, dan 4.',
    en: 'Massage the left shoulder blade 5-6 times, then press the points at 3, 6 and 8 o\'clock. The right shoulder blade the same way, at 9, 6 and 4 o\'clock.',
  },
  quote: {
    id: 'Lakukan pemijatan pada tulang scapula kiri 5-6 setelah itu tekan titikpressure di jam 3,6,8 dan scapula kanan caranya sama dititik pressure 9,6,4.',
    en: 'Massage the left scapula 5-6 [times], after that press the pressure points at 3, 6, 8 o\'clock; the right scapula the same way, at pressure points 9, 6, 4.',
  },
  sources: [SOURCE],
  actions: [
    scapulaCircles('L'),
    scapulaPoint('L', 3),
    scapulaPoint('L', 6),
    scapulaPoint('L', 8),
    scapulaCircles('R'),
    scapulaPoint('R', 9),
    scapulaPoint('R', 6),
    scapulaPoint('R', 4),
  ],
};
