/** The whole technique as authored, before validation. `index.ts` validates it once. */
import type { Technique } from '../types';
import { BACK } from './back';
import { NECK } from './neck';
import { SCAPULAE } from './scapulae';
import { SETTING } from './setting';
import { SHOULDERS } from './shoulders';

export const RAW_TECHNIQUE: Technique = {
  title: { id: 'Pijat Oksitosin', en: 'Oxytocin massage' },
  guidanceNote: {
    id: 'Lama tiap gerakan, ukuran gerakan, dan besar tekanan (0-100%, seperti pada penunjuk tekanan) di aplikasi ini adalah panduan pilihan aplikasi, bukan angka dari sumber. Sumber tidak menyebut besar tekanan dalam angka.',
    en: 'The timing of each movement, the sizes of the movements and the pressure levels (0-100%, as the pressure gauge shows them) in this app are guidance chosen by the app, not figures from the sources. The sources give no figure for the pressure.',
  },
  setting: SETTING,
  steps: [NECK, SHOULDERS, SCAPULAE, BACK],
};
