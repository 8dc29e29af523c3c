/** Step 2, the shoulders (seed 003, "b. Teknik Pijat Oksitosin, 2) Bahu"). */
import { GRIP_SECONDS, PRESSURE, PRESS_SECONDS, STROKE_SECONDS } from '../timing';
import type { Step } from '../types';
import { interpretation, procedure } from './sources';

const SOURCE = procedure('2) Bahu');

export const SHOULDERS: Step = {
  id: 'shoulders',
  number: 2,
  title: { id: 'Bahu', en: 'Shoulders' },
  summary: {
    id: 'Kedua tangan memijat kedua bahu dari luar ke dalam dengan tekanan, lalu mengusap dari dalam ke luar, 5-6 kali. Setelah itu tekan titik di cekungan di atas tulang selangka (klavikula), lalu tekan bahu dengan tangan berbentuk huruf C.',
    en: 'Both hands massage both shoulders from the outside inward with pressure, then stroke from the inside outward, 5-6 times. Then press the point in the hollow above the collarbone (clavicle), and then press the shoulder with the hand in a C shape.',
  },
  quote: {
    id: 'Lakukan pemijatan kedua bahu dengan kedua tangan dari luar kedalamada tekanan dan dari dalam keluar mengusap, lakukan gerakan 5-6x, setelah itu tekan titik pressure diatas tulang clavikula yang cekungan, lalu bentuk huruf C tekan bersamaan depan dan belakang.',
    en: 'Massage both shoulders with both hands: from outside to inside with pressure and from inside to outside stroking; do the movement 5-6 times; after that press the pressure point in the hollow above the collarbone, then form the letter C and press front and back together.',
  },
  sources: [SOURCE],
  actions: [
    {
      kind: 'stroke',
      id: 'shoulder-stroke',
      title: { id: 'Pijat bahu', en: 'Shoulder stroke' },
      instruction: {
        id: 'Letakkan kedua telapak tangan di atas kedua bahu ibu, di ujung bahu. Pijat ke arah leher dengan tekanan, lalu usap kembali ke ujung bahu tanpa tekanan. Ulangi 5-6 kali.',
        en: "Place both palms on top of the mother's shoulders, at the shoulder tips. Massage toward the neck with pressure, then stroke back out to the shoulder tips without pressure. Repeat 5-6 times.",
      },
      hands: {
        left: { part: 'palm', role: 'strokes' },
        right: { part: 'palm', role: 'strokes' },
      },
      // From the shoulder tip over the top of the shoulder to the side of the neck base [EST 5 cm].
      path: {
        kind: 'line',
        waypoints: [{ landmark: 'R.scapula.acromion' }, { landmark: 'R.shoulderTop' }, { landmark: 'C7', across: 0.05 }],
      },
      mirror: 'together',
      phases: [
        {
          kind: 'pressure',
          from: 0,
          to: 1,
          pressure: PRESSURE.moderate,
          seconds: STROKE_SECONDS.shoulders.pressure,
          text: { id: 'Dari luar ke dalam, dengan tekanan', en: 'Outside to inside, with pressure' },
        },
        {
          kind: 'glide',
          from: 1,
          to: 0,
          pressure: PRESSURE.glide,
          seconds: STROKE_SECONDS.shoulders.glide,
          text: { id: 'Dari dalam ke luar, mengusap', en: 'Inside to outside, stroking' },
        },
      ],
      repetitions: { min: 5, max: 6 },
      sources: [
        SOURCE,
        interpretation(
          'Sumber tidak menyebut bagian tangan yang dipakai. Aplikasi memakai telapak tangan, dari ujung bahu sampai sisi pangkal leher.',
          'The source does not say which part of the hand to use. The app shows the palms, from the shoulder tip to the side of the base of the neck.',
        ),
      ],
    },
    {
      kind: 'press',
      id: 'supraclavicular-press',
      label: { id: 'Cekungan di atas tulang selangka', en: 'Hollow above the collarbone' },
      instruction: {
        id: 'Dari belakang, raih cekungan di atas tulang selangka dengan ujung jari kedua tangan, kanan dan kiri bersamaan. Tekan perlahan, tahan sebentar, lalu lepaskan.',
        en: 'From behind, reach over to the hollow above each collarbone with the fingertips of both hands, right and left together. Press gently, hold briefly, then release.',
      },
      anchor: { landmark: 'R.supraclavicularFossa' },
      hands: {
        left: { part: 'fingertips', role: 'presses' },
        right: { part: 'fingertips', role: 'presses' },
      },
      mirror: 'together',
      timing: PRESS_SECONDS,
      pressure: PRESSURE.light,
      sources: [
        SOURCE,
        interpretation(
          'Sumber menyebut titik tekan di cekungan di atas tulang selangka. Ujung jari, kedua sisi bersamaan, tekanan ringan dan lama menahan adalah pilihan aplikasi.',
          'The source names the pressure point in the hollow above the collarbone. The fingertips, both sides at once, the light pressure and the hold time are choices of the app.',
        ),
      ],
    },
    {
      kind: 'press',
      id: 'c-grip',
      label: { id: 'Genggaman huruf C di puncak bahu', en: 'C-grip on the top of the shoulder' },
      instruction: {
        id: 'Bentuk huruf C dengan tangan di puncak bahu: ibu jari di belakang, jari-jari di depan. Tekan bagian depan dan belakang bersamaan, tahan sebentar, lalu lepaskan.',
        en: 'Make a C shape with your hand over the top of the shoulder: thumb behind, fingers in front. Press the front and the back together, hold briefly, then release.',
      },
      anchor: { landmark: 'R.shoulderTop' },
      hands: {
        left: { part: 'cGrip', role: 'grips' },
        right: { part: 'cGrip', role: 'grips' },
      },
      mirror: 'together',
      timing: GRIP_SECONDS,
      pressure: PRESSURE.moderate,
      sources: [
        SOURCE,
        interpretation(
          'Sumber: bentuk huruf C, tekan depan dan belakang bersamaan. Ibu jari di belakang dan jari-jari di depan (pemijat berdiri di belakang ibu), di puncak kedua bahu sekaligus, adalah tafsiran aplikasi.',
          'The source: form a C, press front and back together. The thumb behind and fingers in front (the giver stands behind the mother), on the top of both shoulders at once, is the app\'s reading.',
        ),
      ],
    },
  ],
};
