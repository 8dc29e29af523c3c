/** Step 1, the neck (seed 003, "b. Teknik Pijat Oksitosin, 1) Leher"). */
import { PRESSURE, PRESS_SECONDS, STROKE_SECONDS } from '../timing';
import type { Step } from '../types';
import { fromSeed, interpretation, procedure } from './sources';

const SOURCE = procedure('1) Leher');

export const NECK: Step = {
  id: 'neck',
  number: 1,
  title: { id: 'Leher', en: 'Neck' },
  summary: {
    id: 'Tangan kanan memijat leher dari atas ke bawah dengan tekanan, lalu mengusap dari bawah ke atas tanpa tekanan, sementara tangan kiri menopang kepala. Setelah 5-6 kali, tekan titik tekan (titik pressure) pada tulang di belakang telinga.',
    en: "The right hand massages the neck from top to bottom with pressure, then strokes from bottom to top without pressure, while the left hand supports the head. After 5-6 times, press the point on the bone behind the ear.",
  },
  quote: {
    id: 'Lakukan massage dengan tangan kanan dileher dan tangan kiri menopang kepala, gerakan dari atas kebawah ada tekanan dan dari bawah keatas tidak ada tekanan hanya usapan saja, lakukan sebanyak 5-6x lalu titik pressure di tulang belakang telinga.',
    en: 'Massage the neck with the right hand while the left hand supports the head; from top to bottom there is pressure, and from bottom to top there is no pressure, only a stroke; do this 5-6 times, then the pressure point on the bone behind the ear.',
  },
  sources: [SOURCE],
  actions: [
    {
      kind: 'stroke',
      id: 'neck-stroke',
      title: { id: 'Pijat leher', en: 'Neck stroke' },
      instruction: {
        id: 'Tangan kiri menopang kepala ibu. Letakkan ibu jari dan jari-jari tangan kanan di kiri dan kanan tulang leher, tepat di bawah kepala. Pijat ke bawah dengan tekanan sampai pangkal leher, lalu usap kembali ke titik awal tanpa tekanan. Ulangi 5-6 kali.',
        en: "Support the mother's head with your left hand. Place the thumb and fingers of your right hand on either side of the neck bones, just below the head. Massage downward with pressure to the base of the neck, then stroke back up to the starting point without pressure. Repeat 5-6 times.",
      },
      hands: {
        right: { part: 'thumbAndFingers', role: 'strokes' },
        left: { part: 'palm', role: 'supports' },
      },
      // From just below the skull (the first neck vertebra, seed 001) to the base of the neck.
      path: { kind: 'line', waypoints: [{ landmark: 'C1' }, { landmark: 'C4' }, { landmark: 'C7' }] },
      mirror: 'none',
      phases: [
        {
          kind: 'pressure',
          from: 0,
          to: 1,
          pressure: PRESSURE.moderate,
          seconds: STROKE_SECONDS.neck.pressure,
          text: { id: 'Dari atas ke bawah, dengan tekanan', en: 'Top to bottom, with pressure' },
        },
        {
          kind: 'glide',
          from: 1,
          to: 0,
          pressure: PRESSURE.glide,
          seconds: STROKE_SECONDS.neck.glide,
          text: { id: 'Dari bawah ke atas, tanpa tekanan, usapan saja', en: 'Bottom to top, no pressure, a light stroke only' },
        },
      ],
      repetitions: { min: 5, max: 6 },
      sources: [
        SOURCE,
        fromSeed('001', 'Hasil dan Pembahasan'),
        interpretation(
          'Sumber tidak menyebut bagian tangan yang dipakai. Aplikasi memakai ibu jari dan jari-jari di kiri dan kanan tulang leher, bukan di atas tulangnya, dari bawah kepala sampai pangkal leher (C7).',
          'The source does not say which part of the hand to use. The app shows the thumb and fingers on either side of the neck bones, not on the bones themselves, from below the head to the base of the neck (C7).',
        ),
      ],
    },
    {
      kind: 'press',
      id: 'mastoid-press',
      label: { id: 'Belakang telinga (tulang mastoid)', en: 'Behind the ear (mastoid process)' },
      instruction: {
        id: 'Tekan titik pada tulang di belakang telinga dengan kedua ibu jari, kanan dan kiri bersamaan, sementara jari-jari lain memegang sisi kepala. Tahan sebentar, lalu lepaskan perlahan.',
        en: 'Press the point on the bone behind each ear with both thumbs at the same time, while your other fingers hold the sides of the head. Hold briefly, then release slowly.',
      },
      anchor: { landmark: 'R.mastoid' },
      hands: {
        left: { part: 'thumb', role: 'presses' },
        right: { part: 'thumb', role: 'presses' },
      },
      mirror: 'together',
      timing: PRESS_SECONDS,
      pressure: PRESSURE.moderate,
      sources: [
        SOURCE,
        interpretation(
          'Sumber hanya menyebut titik tekan pada tulang di belakang telinga. Bahwa kedua sisi ditekan bersamaan dengan ibu jari, serta lama menahan, adalah pilihan aplikasi.',
          'The source only names the pressure point on the bone behind the ear. Pressing both sides at once with the thumbs, and how long to hold, are choices of the app.',
        ),
      ],
    },
  ],
};
