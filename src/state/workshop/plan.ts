import type { Text } from '../../technique/types';

/**
 * A workshop as the seeds run one (seed 003: counselling with a leaflet, a demonstration and
 * questions, then supervised practice; seed 000 likewise): the parts in order, each with a time the
 * trainer can change. The presenter mode steps through them with the clicker; the speaker view shows
 * the time used against them.
 */
export const PLAN_PART_IDS = ['opening', 'pretest', 'counselling', 'demonstration', 'practice', 'posttest', 'closing'] as const;
export type PlanPartId = (typeof PLAN_PART_IDS)[number];

/** Parts that show the body's movements (the clicker steps through movements there). */
export const BODY_PARTS: ReadonlySet<PlanPartId> = new Set(['counselling', 'demonstration']);

export interface PlanPart {
  readonly id: PlanPartId;
  readonly title: Text;
  /** What the room sees on the wall during a part without the body's movements. */
  readonly wall: Text;
  /** The trainer's own note for the part, on the speaker view. */
  readonly note: Text;
  /** Suggested minutes [guidance: the seeds give no times for the parts]. */
  readonly minutes: number;
}

export const PLAN: readonly PlanPart[] = [
  {
    id: 'opening',
    title: { id: 'Pembukaan', en: 'Opening' },
    wall: { id: 'Pijat oksitosin: pijat punggung untuk membantu ASI keluar', en: 'Oxytocin massage: a back massage to help the breast milk flow' },
    note: {
      id: 'Perkenalkan diri dan tujuan pertemuan. Jelaskan bahwa pijat dilakukan oleh suami atau keluarga, 15 menit, 1-2 kali sehari.',
      en: 'Introduce yourself and what the session is for. Say that the husband or a family member gives the massage, 15 minutes, once or twice a day.',
    },
    minutes: 5,
  },
  {
    id: 'pretest',
    title: { id: 'Pre-test', en: 'Pre-test' },
    wall: { id: 'Pre-test: buka ?mode=check di ponsel, pilih "Pre-test"', en: 'Pre-test: open ?mode=check on your phone and choose "Pre-test"' },
    note: {
      id: 'Peserta mengerjakan 10 pernyataan benar-salah di ponsel (Uji diri). Jangan jelaskan jawabannya dulu.',
      en: 'Trainees answer the 10 true-or-false statements on their phones (Check yourself). Do not explain the answers yet.',
    },
    minutes: 10,
  },
  {
    id: 'counselling',
    title: { id: 'Penyuluhan', en: 'Counselling' },
    wall: { id: 'Penyuluhan: persiapan dan langkah-langkah pijat', en: 'Counselling: getting ready and the steps of the massage' },
    note: {
      id: 'Jelaskan persiapan (posisi ibu, bantal, minyak) lalu tiap langkah. Tekan 1-4 untuk membuka langkah. Beri waktu untuk bertanya.',
      en: 'Explain the setting (the mother\'s position, the pillow, the oil), then each step. Press 1-4 to open a step. Leave time for questions.',
    },
    minutes: 20,
  },
  {
    id: 'demonstration',
    title: { id: 'Demonstrasi', en: 'Demonstration' },
    wall: { id: 'Demonstrasi: setiap langkah diperagakan', en: 'Demonstration: each step played' },
    note: {
      id: 'Putar tiap gerakan (Spasi) sambil memperagakannya pada peserta atau boneka. Tunjuk tempat di tubuh dengan klik.',
      en: 'Play each movement (Space) while you show it on a volunteer or a doll. Click the body to point at a place.',
    },
    minutes: 15,
  },
  {
    id: 'practice',
    title: { id: 'Praktik berpasangan', en: 'Practice in pairs' },
    wall: { id: 'Praktik berpasangan: satu memijat, satu memeriksa dengan daftar tilik', en: 'Practice in pairs: one gives the massage, one checks with the checklist' },
    note: {
      id: 'Peserta berpasangan dan bergantian. Keliling dan periksa posisi tangan, arah, dan tekanan dengan daftar tilik.',
      en: 'Trainees work in pairs and take turns. Walk round and check hand placement, direction and pressure with the checklist.',
    },
    minutes: 30,
  },
  {
    id: 'posttest',
    title: { id: 'Post-test', en: 'Post-test' },
    wall: { id: 'Post-test: buka ?mode=check di ponsel, pilih "Post-test"', en: 'Post-test: open ?mode=check on your phone and choose "Post-test"' },
    note: {
      id: 'Pernyataan yang sama dengan urutan baru. Setelah selesai, bahas pernyataan yang banyak salah.',
      en: 'The same statements in a new order. Afterwards, go over the statements most people missed.',
    },
    minutes: 10,
  },
  {
    id: 'closing',
    title: { id: 'Penutup', en: 'Closing' },
    wall: { id: 'Terima kasih. Bawa pulang leaflet dan lakukan pijat di rumah.', en: 'Thank you. Take the leaflet home and give the massage there.' },
    note: {
      id: 'Bagikan leaflet. Ingatkan: pijat 15 menit, 1-2 kali sehari; hentikan bila ibu merasa sakit.',
      en: 'Hand out the leaflet. Remind them: 15 minutes, once or twice a day; stop if the mother feels pain.',
    },
    minutes: 5,
  },
];

/** Minutes a trainer may give a part. */
export const MINUTES_RANGE = { min: 1, max: 120 } as const;

export const clampMinutes = (minutes: number): number =>
  Number.isFinite(minutes) ? Math.min(MINUTES_RANGE.max, Math.max(MINUTES_RANGE.min, Math.round(minutes))) : MINUTES_RANGE.min;
