/** Step 4, the back (seed 003, "b. Teknik Pijat Oksitosin, 4) Punggung"). */
import { PRESSURE, STROKE_SECONDS } from '../timing';
import type { LandmarkId } from '../../anatomy/landmarkIds';
import type { Source, Step } from '../types';
import { interpretation, procedure } from './sources';

const SOURCE = procedure('4) Punggung');

const WHO_FISTS: Source = {
  kind: 'supplementary',
  ref: 'S26',
  note: {
    id: 'Sumber utama tidak menyebut bagian tangan. Dari teks WHO: kedua tangan mengepal, ibu jari menekan dengan gerakan memutar kecil, di kiri dan kanan tulang belakang sekaligus, dari pangkal leher sampai bawah tulang belikat.',
    en: 'The main source does not name the part of the hand. From the WHO text: both hands in fists with the thumbs making small circles, on both sides of the spine at once, from the base of the neck to below the shoulder blades.',
  },
};

/** Beside the spine, not on it [EST: paraspinal thumb line 2-2.5 cm, anatomy-reference §6]. */
const BESIDE_SPINE = 0.025;
/** Radius of the fists' small circles [EST]. */
const CIRCLE_RADIUS = 0.012;

/**
 * Where the back massage ends, the app's reading of seed 003 ("pemijatan tulang belakang pada costa
 * (tulang rusuk) ke 5-6 sampai ke scapula"; seed 002 likewise "to the fifth-sixth costae"): at the
 * level of the 5th-6th ribs beside the spine, so no path of this step goes below the T6 spinous
 * process, a little above the lower tips of the shoulder blades (T7 [S5][S21]). WHO's text [S26]
 * goes on to the bottom of the shoulder blades; the app follows the main source.
 */
export const MASSAGE_FLOOR = 'T6' satisfies LandmarkId;

export const FLOOR_READING = interpretation(
  'Sumber menyebut pijat tulang belakang "pada costa (tulang rusuk) ke 5-6 sampai ke scapula", tanpa titik akhir yang pasti. Aplikasi membacanya begini: pijat punggung berakhir setinggi tulang rusuk ke-5 dan ke-6 di samping tulang belakang, kira-kira setinggi ruas tulang punggung ke-6 (T6), sedikit di atas ujung bawah tulang belikat. Teks WHO meneruskan sampai bawah tulang belikat; aplikasi mengikuti sumber utama.',
  'The source speaks of massaging the spine "at the 5th-6th costae (ribs) up to the scapula", with no exact end point. The app reads it this way: the back massage ends at the level of the 5th and 6th ribs beside the spine, about the level of the 6th thoracic vertebra (T6), a little above the lower tips of the shoulder blades. The WHO text goes on to below the shoulder blades; the app follows the main source.',
);

export const BACK: Step = {
  id: 'back',
  number: 4,
  title: { id: 'Punggung', en: 'Back' },
  summary: {
    id: 'Pijat dari atas ke bawah di kiri dan kanan tulang belakang dengan gerakan memutar, lalu usap. Kemudian bentuk hati dengan kedua punggung tangan 5-6 kali, dan pola "Love" dengan punggung jari, tangan kanan dan kiri bergantian.',
    en: 'Massage from top to bottom on the left and right of the spine with circular movements, then stroke. Then draw a heart with the backs of both hands 5-6 times, and a "Love" pattern with the backs of the fingers, right and left hand in turn.',
  },
  quote: {
    id: 'Pijat dari atas kebawah di sisi kanan dan kiri tulang belakang dengan gerakan memutar & Usap/telusuri. Pijat punggung membentuk hati dengan kedua punggung tangan, gerakan memutar sebanyak 5-6x. Pijat punggung ibu membentuk pola "Love" menggunakan bagian punggung jari bergantian antara kanan dan kiri.',
    en: 'Massage from top to bottom on the right and left sides of the spine with circular movements & stroke/trace. Massage the back forming a heart with the backs of both hands, circling 5-6 times. Massage the mother\'s back forming a "Love" pattern using the backs of the fingers, alternating between right and left.',
  },
  sources: [SOURCE],
  actions: [
    {
      kind: 'stroke',
      id: 'back-circles',
      title: { id: 'Pijat memutar di samping tulang belakang', en: 'Circles beside the spine' },
      instruction: {
        id: 'Kepalkan kedua tangan dengan ibu jari mengarah ke depan, lalu letakkan di kiri dan kanan tulang belakang setinggi pangkal leher. Tekan dengan gerakan memutar kecil sambil turun sampai setinggi tulang rusuk ke-5 dan ke-6 (sedikit di atas ujung bawah tulang belikat), lalu usap kembali ke titik awal tanpa tekanan. Jangan menekan tepat di atas tulang belakang. Ulangi 5-6 kali.',
        en: 'Make fists with both hands, thumbs pointing forward, either side of the spine at the base of the neck. Press in small circles while moving down to the level of the 5th and 6th ribs (a little above the lower tips of the shoulder blades), then stroke back up to the starting point without pressure. Do not press on the spine itself. Repeat 5-6 times.',
      },
      hands: {
        left: { part: 'fist', role: 'strokes' },
        right: { part: 'fist', role: 'strokes' },
      },
      // Down to the level of the 6th rib beside the spine (its neck lies level with the T5 spinous
      // process [S20]): the lowest circles reach the T6 spinous level (`MASSAGE_FLOOR`).
      path: {
        kind: 'circles',
        waypoints: [
          { landmark: 'C7', across: BESIDE_SPINE },
          { landmark: 'T2', across: BESIDE_SPINE },
          { landmark: 'T4', across: BESIDE_SPINE },
          { landmark: MASSAGE_FLOOR, across: BESIDE_SPINE, along: CIRCLE_RADIUS },
        ],
        radius: CIRCLE_RADIUS,
        loops: 7,
        turn: 'cw',
      },
      mirror: 'together',
      phases: [
        {
          kind: 'pressure',
          from: 0,
          to: 1,
          pressure: PRESSURE.moderate,
          seconds: STROKE_SECONDS.backCircles.pressure,
          text: { id: 'Dari atas ke bawah, dengan gerakan memutar dan tekanan', en: 'Top to bottom, with a circular movement and pressure' },
        },
        {
          kind: 'glide',
          from: 1,
          to: 0,
          route: 'baseline',
          pressure: PRESSURE.glide,
          seconds: STROKE_SECONDS.backCircles.glide,
          text: { id: 'Usap/telusuri kembali ke titik awal, tanpa tekanan', en: 'Stroke/trace back up to the starting point, no pressure' },
        },
      ],
      repetitions: { min: 5, max: 6 },
      sources: [
        SOURCE,
        WHO_FISTS,
        FLOOR_READING,
        interpretation(
          'Sumber tidak menyebut arah "usap/telusuri". Aplikasi menampilkannya sebagai usapan kembali ke atas tanpa tekanan, seperti usapan pada langkah leher dan bahu. Jumlah 5-6 kali, jarak 2,5 cm dari tulang belakang, serta besar dan arah putaran adalah pilihan aplikasi.',
          'The source does not give the direction of the "stroke/trace". The app shows it as a stroke back up without pressure, like the light stroke in the neck and shoulder steps. The 5-6 repetitions, the 2.5 cm distance from the spine, and the size and direction of the circles are choices of the app.',
        ),
      ],
    },
    {
      kind: 'stroke',
      id: 'back-heart',
      title: { id: 'Bentuk hati dengan punggung tangan', en: 'Heart with the backs of the hands' },
      instruction: {
        id: 'Letakkan punggung kedua tangan berdampingan di tengah punggung atas. Gerakkan keduanya ke luar dan ke atas, melengkung di sisi dalam tulang belikat, lalu turun dan bertemu di bawah, setinggi tulang rusuk ke-5 dan ke-6, membentuk hati. Usap kembali ke titik awal dengan ringan. Ulangi 5-6 kali.',
        en: 'Place the backs of both hands side by side in the middle of the upper back. Move them outward and up, curving along the inner edges of the shoulder blades, then down until they meet below, at the level of the 5th and 6th ribs, drawing a heart. Stroke lightly back up to the starting point. Repeat 5-6 times.',
      },
      hands: {
        left: { part: 'backOfHand', role: 'strokes' },
        right: { part: 'backOfHand', role: 'strokes' },
      },
      // [EST] a heart 15 cm wide, 11.5 cm tall: its lobes up along the inner edges of the shoulder
      // blades (to about T2), its point at the level of the 6th rib (T6).
      path: { kind: 'heart', centre: { landmark: 'T4', along: -0.003 }, width: 0.15, height: 0.115, part: 'rightHalf' },
      mirror: 'together',
      phases: [
        {
          kind: 'pressure',
          from: 0,
          to: 1,
          pressure: PRESSURE.moderate,
          seconds: STROKE_SECONDS.backHeart.pressure,
          text: { id: 'Gerakan memutar membentuk hati, dengan tekanan', en: 'A circular movement drawing the heart, with pressure' },
        },
        {
          kind: 'glide',
          from: 1,
          to: 0,
          pressure: PRESSURE.glide,
          seconds: STROKE_SECONDS.backHeart.glide,
          text: { id: 'Kembali ke titik awal, tanpa tekanan', en: 'Back to the starting point, no pressure' },
        },
      ],
      repetitions: { min: 5, max: 6 },
      sources: [
        SOURCE,
        FLOOR_READING,
        interpretation(
          'Sumber: bentuk hati dengan kedua punggung tangan, gerakan memutar 5-6 kali. Kedua tangan yang bergerak seperti bayangan cermin (masing-masing menggambar separuh hati), usapan kembali tanpa tekanan, dan ukuran hati adalah tafsiran aplikasi.',
          'The source: a heart with the backs of both hands, circling 5-6 times. The two hands moving as mirror images (each drawing half of the heart), the return without pressure and the size of the heart are the app\'s interpretation.',
        ),
      ],
    },
    {
      kind: 'stroke',
      id: 'back-love',
      title: { id: 'Pola "Love" dengan punggung jari', en: '"Love" pattern with the backs of the fingers' },
      instruction: {
        id: 'Dengan punggung jari, gambar hati kecil di punggung sebelah kanan dengan tangan kanan, lalu di sebelah kiri dengan tangan kiri. Lakukan bergantian dengan usapan ringan, 5-6 kali.',
        en: 'With the backs of your fingers, draw a small heart on the right side of the back with your right hand, then on the left side with your left hand. Keep alternating with a light stroke, 5-6 times.',
      },
      hands: {
        left: { part: 'backOfFingers', role: 'strokes' },
        right: { part: 'backOfFingers', role: 'strokes' },
      },
      // [EST] a small heart between the spine and the shoulder blade, over the 5th and 6th ribs.
      path: { kind: 'heart', centre: { landmark: 'R.rib6.posterior', along: 0.015 }, width: 0.07, height: 0.07, part: 'whole' },
      mirror: 'alternate',
      phases: [
        {
          kind: 'glide',
          from: 0,
          to: 1,
          pressure: PRESSURE.glide,
          seconds: STROKE_SECONDS.backLove.glide,
          text: { id: 'Gambar hati dengan punggung jari, usapan ringan', en: 'Draw the heart with the backs of the fingers, lightly' },
        },
      ],
      singlePhaseReason: {
        id: 'Sumber menyebut pola "Love" sebagai usapan ringan dengan punggung jari, tanpa tekanan. Hati digambar sebagai satu garis tertutup; tangan berakhir di titik awal, jadi tidak ada gerakan kembali.',
        en: 'The source describes the "Love" pattern as a light stroke with the backs of the fingers, without pressure. The heart is drawn as one closed outline; the hand ends at its starting point, so there is no separate return.',
      },
      repetitions: { min: 5, max: 6 },
      sources: [
        SOURCE,
        interpretation(
          'Sumber: pola "Love" dengan punggung jari, bergantian kanan dan kiri, tanpa jumlah. Satu hati kecil di tiap sisi punggung, digambar tangan kanan lalu tangan kiri, 5-6 kali, adalah tafsiran aplikasi.',
          'The source: a "Love" pattern with the backs of the fingers, alternating right and left, with no count. One small heart on each side of the back, drawn by the right hand then the left, 5-6 times, is the app\'s interpretation.',
        ),
      ],
    },
  ],
};
