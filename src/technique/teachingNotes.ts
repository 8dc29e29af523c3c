import type { Text } from './types';

/**
 * The trainer's notes for each movement, shown on the speaker view: what to say to the room, and
 * what trainees often get wrong when they practise it. They restate the steps' own instructions
 * (`data/`) for saying aloud; the common mistakes are the app's guidance for trainers, not
 * findings of the cited sources. Kept apart from `index.ts`, so only the speaker view loads them.
 */
export interface TeachingNote {
  readonly say: Text;
  readonly mistakes: readonly Text[];
}

const PRESS_ON_RETURN: Text = {
  id: 'Tetap menekan saat kembali ke titik awal; kembalinya hanya usapan ringan.',
  en: 'Keeping the pressure on the way back; the return is only a light stroke.',
};
const TOO_FAST: Text = {
  id: 'Bergerak terlalu cepat; pijat pelan dan berirama, 5-6 kali.',
  en: 'Moving too fast; it is slow and steady, 5-6 times.',
};
const ON_THE_SPINE: Text = {
  id: 'Menekan tepat di atas tulang belakang; tekan di kiri dan kanannya.',
  en: 'Pressing right on the spine; press beside it, left and right.',
};
const TOO_HARD: Text = {
  id: 'Menekan terlalu keras; tanyakan kepada ibu apakah terasa nyaman.',
  en: 'Pressing too hard; ask the mother whether it feels comfortable.',
};
const NO_HOLD: Text = {
  id: 'Langsung melepas; tekan perlahan, tahan sebentar, baru lepaskan.',
  en: 'Letting go at once; press in slowly, hold briefly, then release.',
};

const scapulaPoint = (side: 'kiri' | 'kanan', hours: string): TeachingNote => ({
  say: {
    id: `Titik jam dibaca seperti jam dari belakang ibu: jam 12 ke arah kepala. Tulang belikat ${side}: titik ${hours}, ditekan satu per satu dengan ibu jari.`,
    en: `Read the points like a clock seen from behind the mother: 12 toward the head. The ${side === 'kiri' ? 'left' : 'right'} shoulder blade: points ${hours}, pressed one at a time with the thumb.`,
  },
  mistakes: [
    {
      id: 'Menekan di tepi tulang belikat atau di luar tulang; semua titik ada di atas tulang belikat.',
      en: 'Pressing on the edge of the shoulder blade or off the bone; every point lies on the blade itself.',
    },
    {
      id: 'Membaca jam dari depan ibu sehingga kiri dan kanan tertukar.',
      en: 'Reading the clock from the mother\'s front, so left and right are swapped.',
    },
    NO_HOLD,
  ],
});

const scapulaCircles = (side: 'kiri' | 'kanan'): TeachingNote => ({
  say: {
    id: `Telapak tangan ${side} memutar di tulang belikat ${side}: tekan saat ke luar dan ke bawah, usap ringan saat kembali. Tangan yang lain bertumpu di bahu ibu.`,
    en: `The ${side === 'kiri' ? 'left' : 'right'} palm circles on the ${side === 'kiri' ? 'left' : 'right'} shoulder blade: press going out and down, stroke lightly coming back. The other hand rests on the mother's shoulder.`,
  },
  mistakes: [PRESS_ON_RETURN, { id: 'Memutar terlalu lebar sampai keluar dari tulang belikat.', en: 'Circling so wide that the hand leaves the shoulder blade.' }, TOO_FAST],
});

/** Notes by movement id (every movement of the technique has one; a unit test holds it so). */
export const TEACHING_NOTES: Readonly<Record<string, TeachingNote>> = {
  'neck-stroke': {
    say: {
      id: 'Satu tangan menopang dahi ibu. Ibu jari dan jari-jari tangan yang lain di kiri dan kanan tulang leher, pijat ke bawah sampai pangkal leher.',
      en: 'One hand supports the mother\'s forehead. The other hand\'s thumb and fingers go either side of the neck bones and massage down to the base of the neck.',
    },
    mistakes: [
      { id: 'Kepala ibu tidak ditopang sehingga ikut terdorong.', en: 'Not supporting the head, so it is pushed forward.' },
      PRESS_ON_RETURN,
      ON_THE_SPINE,
    ],
  },
  'mastoid-press': {
    say: {
      id: 'Kedua ibu jari menekan titik pada tulang di belakang telinga, kanan dan kiri bersamaan.',
      en: 'Both thumbs press the point on the bone behind the ear, right and left together.',
    },
    mistakes: [{ id: 'Menekan di leher di bawah tulang, bukan pada tulangnya.', en: 'Pressing on the neck below the bone instead of on the bone.' }, NO_HOLD, TOO_HARD],
  },
  'shoulder-stroke': {
    say: {
      id: 'Kedua telapak tangan di ujung bahu, pijat ke arah leher dengan tekanan, lalu usap kembali ke ujung bahu.',
      en: 'Both palms on the tips of the shoulders: massage toward the neck with pressure, then stroke back to the shoulder tips.',
    },
    mistakes: [PRESS_ON_RETURN, { id: 'Memijat ke arah yang salah (dari leher ke bahu dengan tekanan).', en: 'Massaging the wrong way (pressing from the neck out to the shoulder).' }, TOO_FAST],
  },
  'supraclavicular-press': {
    say: {
      id: 'Dari belakang, ujung jari meraih cekungan di atas tulang selangka (klavikula), kanan dan kiri bersamaan. Tekan perlahan.',
      en: 'From behind, the fingertips reach the hollow above the collarbone, right and left together. Press gently.',
    },
    mistakes: [TOO_HARD, { id: 'Menekan tulang selangka, bukan cekungan di atasnya.', en: 'Pressing the collarbone itself instead of the hollow above it.' }, NO_HOLD],
  },
  'c-grip': {
    say: {
      id: 'Tangan membentuk huruf C di puncak bahu: ibu jari di belakang, jari-jari di depan. Tekan depan dan belakang bersamaan.',
      en: 'The hand makes a C on the top of the shoulder: thumb behind, fingers in front. Squeeze front and back together.',
    },
    mistakes: [{ id: 'Mencubit kulit dengan ujung jari, bukan menggenggam otot bahu.', en: 'Pinching the skin with the fingertips instead of gripping the shoulder muscle.' }, TOO_HARD, NO_HOLD],
  },
  'scapula-l-circles': scapulaCircles('kiri'),
  'scapula-l-3': scapulaPoint('kiri', '3, 6, 8'),
  'scapula-l-6': scapulaPoint('kiri', '3, 6, 8'),
  'scapula-l-8': scapulaPoint('kiri', '3, 6, 8'),
  'scapula-r-circles': scapulaCircles('kanan'),
  'scapula-r-9': scapulaPoint('kanan', '9, 6, 4'),
  'scapula-r-6': scapulaPoint('kanan', '9, 6, 4'),
  'scapula-r-4': scapulaPoint('kanan', '9, 6, 4'),
  'back-circles': {
    say: {
      id: 'Kepalkan kedua tangan, ibu jari ke depan, di kiri dan kanan tulang belakang setinggi pangkal leher. Pijat memutar kecil sambil turun sampai setinggi tulang rusuk ke-5 dan ke-6.',
      en: 'Both fists, thumbs pointing forward, either side of the spine at the base of the neck. Small circles on the way down to the level of the 5th and 6th ribs.',
    },
    mistakes: [ON_THE_SPINE, { id: 'Turun terlalu jauh, di bawah tulang belikat.', en: 'Going too far down, below the shoulder blades.' }, PRESS_ON_RETURN],
  },
  'back-heart': {
    say: {
      id: 'Punggung kedua tangan berdampingan di tengah punggung atas, ke luar dan ke atas, lalu turun dan bertemu di bawah: bentuk hati.',
      en: 'The backs of both hands side by side in the middle of the upper back: out and up, then down to meet below, a heart.',
    },
    mistakes: [{ id: 'Memakai telapak tangan, bukan punggung tangan.', en: 'Using the palms instead of the backs of the hands.' }, TOO_FAST],
  },
  'back-love': {
    say: {
      id: 'Dengan punggung jari, gambar hati kecil di kanan dengan tangan kanan, lalu di kiri dengan tangan kiri, bergantian, usapan ringan.',
      en: 'With the backs of the fingers, draw a small heart on the right with the right hand, then on the left with the left hand, in turn, lightly.',
    },
    mistakes: [{ id: 'Menekan; pola ini hanya usapan ringan.', en: 'Pressing; this pattern is a light stroke only.' }, TOO_FAST],
  },
};
