/** The overview before the steps: who, where, with what, how long and how often. */
import type { Setting } from '../types';
import { FLOOR_READING } from './back';
import { fromSeed, interpretation } from './sources';

const EQUIPMENT = 'a. Perlengkapan Yang Dibutuhkan';

/** Seed 001 reports what its one trainee said ("menurut subyek"): shown as that, not as the procedure. */
const SUBJECT_ACCOUNT = interpretation(
  'Berbaring dan pijat tanpa minyak hanya disebut dalam laporan sumber 001, "menurut subyek", yaitu menurut peserta yang dilatih di sana. Itu bukan bagian dari prosedur sumber 003 yang diperagakan aplikasi ini (ibu duduk, dengan minyak bila ada).',
  'Lying down and massaging without oil appear only in the report of seed 001, "menurut subyek": in the words of the trainee there. They are not part of the seed 003 procedure this app shows (the mother sitting, with oil if there is some).',
);

export const SETTING: Setting = {
  title: { id: 'Persiapan', en: 'Getting ready' },
  summary: {
    id: 'Ibu duduk di kursi dengan tangan terlipat di atas meja beralas bantal, agar payudara menggantung. Siapkan minyak pijat bila ada. Pijat berlangsung sekitar 15 menit, 1-2 kali sehari.',
    en: 'The mother sits on a chair with her arms folded on a table over a pillow, so that her breasts hang freely. Have massage oil ready if you use it. The massage takes about 15 minutes, once or twice a day.',
  },
  items: [
    {
      id: 'position',
      title: { id: 'Posisi ibu', en: "The mother's position" },
      text: {
        id: 'Ibu duduk di kursi, kedua tangan dilipat di atas meja, sehingga payudara menggantung bebas. Menurut subyek dalam satu laporan pelatihan (sumber 001), pijat juga dapat dilakukan sambil berbaring.',
        en: 'The mother sits on a chair with both arms folded on a table, so that her breasts hang freely. In one training report (seed 001), the trainee says the massage can also be given lying down.',
      },
      sources: [fromSeed('003', `${EQUIPMENT}, 3) Kursi`), fromSeed('001', 'Hasil dan Pembahasan'), SUBJECT_ACCOUNT],
    },
    {
      id: 'pillow',
      title: { id: 'Bantal', en: 'Pillow' },
      text: {
        id: 'Letakkan bantal di atas meja untuk menyangga tangan ibu selama dipijat.',
        en: "Put a pillow on the table to support the mother's arms during the massage.",
      },
      sources: [fromSeed('003', `${EQUIPMENT}, 2) Bantal`)],
    },
    {
      id: 'oil',
      title: { id: 'Minyak pijat', en: 'Massage oil' },
      text: {
        id: 'Pakai minyak pijat dari tumbuhan, misalnya minyak kelapa murni (VCO), minyak zaitun, minyak almond, cocoa butter, atau minyak herbal aromatik. Menurut subyek dalam satu laporan pelatihan (sumber 001), pijat juga bisa tanpa minyak.',
        en: 'Use a plant-based massage oil, such as virgin coconut oil, olive oil, almond oil, cocoa butter or an aromatic herbal oil. In one training report (seed 001), the trainee says it can also be done without oil.',
      },
      sources: [fromSeed('003', `${EQUIPMENT}, 1) Minyak untuk mengurut`), fromSeed('001', 'Hasil dan Pembahasan'), SUBJECT_ACCOUNT],
    },
    {
      id: 'duration',
      title: { id: 'Lama pijat', en: 'How long' },
      text: { id: 'Sekitar 15 menit setiap kali pijat.', en: 'About 15 minutes each time.' },
      sources: [fromSeed('002', 'Abstract, Methods'), fromSeed('004', 'Abstract, Results')],
    },
    {
      id: 'frequency',
      title: { id: 'Berapa kali', en: 'How often' },
      text: {
        id: 'Satu sampai dua kali sehari, pagi dan sore, selama 14 hari.',
        en: 'Once or twice a day, morning and evening, for 14 days.',
      },
      sources: [fromSeed('002', 'Abstract, Methods'), fromSeed('004', 'Abstract, Results')],
    },
    {
      id: 'region',
      title: { id: 'Daerah yang dipijat', en: 'Where to massage' },
      text: {
        id: 'Leher, bahu, tulang belikat, dan kiri-kanan tulang belakang, dari tulang leher pertama sampai setinggi tulang rusuk ke-5 dan ke-6.',
        en: 'The neck, shoulders, shoulder blades, and both sides of the spine, from the first neck vertebra down to the level of the 5th and 6th ribs.',
      },
      sources: [fromSeed('003', 'Abstrak'), fromSeed('001', 'Hasil dan Pembahasan'), fromSeed('002', 'Abstract, Background'), FLOOR_READING],
    },
    {
      id: 'giver',
      title: { id: 'Siapa yang memijat', en: 'Who gives the massage' },
      text: {
        id: 'Pendamping ibu: suami, anggota keluarga, kader posyandu, atau bidan.',
        en: "The mother's companion: her husband, a family member, a posyandu health cadre or a midwife.",
      },
      sources: [fromSeed('000', 'Abstract'), fromSeed('001', 'Abstrak'), fromSeed('002', 'Abstract'), fromSeed('003', '3. Hasil Dan Pembahasan')],
    },
    {
      id: 'demonstration',
      title: { id: 'Demonstrasi di aplikasi ini', en: 'The demonstration in this app' },
      text: {
        id: 'Demonstrasi ini dipersingkat: sekitar 4 menit, setiap gerakan 5 kali. Pijat yang sebenarnya berlangsung sekitar 15 menit, satu sampai dua kali sehari. Sumber menyebut 5-6 kali; demonstrasi menampilkan 5 kali agar tetap singkat.',
        en: 'This demonstration is shortened: about 4 minutes, each movement 5 times. A real session takes about 15 minutes, once or twice a day. The source says 5-6 times; the demonstration shows 5 to keep it short.',
      },
      sources: [
        fromSeed('002', 'Abstract, Methods'),
        fromSeed('003', 'b. Teknik Pijat Oksitosin'),
        interpretation(
          'Sumber tidak menyebut pembagian 15 menit untuk tiap langkah. Panjang demonstrasi dan jumlah 5 kali adalah pilihan aplikasi.',
          'The sources do not say how to split the 15 minutes over the steps. The length of the demonstration and the count of 5 are choices of the app.',
        ),
      ],
    },
    {
      id: 'safety',
      title: { id: 'Keamanan (saran umum)', en: 'Safety (general advice)' },
      text: {
        id: 'Pijat ini untuk ibu setelah melahirkan, bukan untuk ibu hamil. Hentikan bila ibu merasa sakit. Tanyakan dulu kepada bidan bila ibu demam, atau ada luka, memar, atau ruam di punggung.',
        en: 'This massage is for mothers after birth, not during pregnancy. Stop if she feels pain. Ask a midwife first if she has a fever, or a wound, bruise or rash on her back.',
      },
      sources: [
        interpretation(
          'Saran umum ini bukan dari sumber yang dikutip. Sumber tidak menyebut kapan pijat tidak boleh dilakukan; saran ini mengikuti SOP pijat oksitosin rumah sakit dan sekolah keperawatan di Indonesia.',
          'This general advice is not from the cited sources, which list no reasons not to massage; it follows Indonesian hospital and nursing-school procedures for oxytocin massage.',
        ),
      ],
    },
  ],
  oils: [
    { id: 'virgin-coconut', name: { id: 'Minyak kelapa murni (VCO)', en: 'Virgin coconut oil' } },
    { id: 'olive', name: { id: 'Minyak zaitun', en: 'Olive oil' } },
    { id: 'almond', name: { id: 'Minyak almond', en: 'Almond oil' } },
    { id: 'cocoa-butter', name: { id: 'Cocoa butter (lemak kakao)', en: 'Cocoa butter' } },
    { id: 'herbal', name: { id: 'Minyak herbal aromatik', en: 'Aromatic herbal oil' } },
  ],
  schedule: {
    minutesPerSession: 15,
    sessionsPerDay: { min: 1, max: 2 },
    maxDays: 14,
    sources: [fromSeed('002', 'Abstract, Methods'), fromSeed('004', 'Abstract, Results')],
  },
};
