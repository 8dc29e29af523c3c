/**
 * "About and sources": who wrote the texts the technique comes from, for the UI to list.
 * Only what the stored texts in `shared/seeds/` say; a field they do not give is null, never guessed.
 */
import type { Text } from './types';

export const SEED_IDS = ['000', '001', '002', '003', '004'] as const;
export type SeedId = (typeof SEED_IDS)[number];

/** Texts outside the seeds that fill a gap, tagged as in `shared/anatomy-reference.md`. */
export const SUPPLEMENTARY_IDS = ['S26'] as const;
export type SupplementaryId = (typeof SUPPLEMENTARY_IDS)[number];

export interface Citation {
  /** Authors as printed; empty where the stored text names none. */
  readonly authors: readonly string[];
  readonly year: number | null;
  /** The title in its language of publication; null where the stored text has none. */
  readonly title: string | null;
  readonly journal: string | null;
  /** Volume, pages, identifiers and address, as printed. */
  readonly details: string | null;
  /** What the app takes from this text. */
  readonly contributes: Text;
  /** What a reader should know about the record itself (gaps, uncertain origin). */
  readonly note?: Text;
}

export interface SeedCitation extends Citation {
  readonly seed: SeedId;
  /** File name in `shared/seeds/`. */
  readonly file: string;
}

export interface SupplementaryCitation extends Citation {
  readonly ref: SupplementaryId;
}

export const SEED_CITATIONS: Readonly<Record<SeedId, SeedCitation>> = {
  '000': {
    seed: '000',
    file: '000_150eddbbae3f91f6.txt',
    authors: ['Sumiaty, S.', 'Muliani, M.', 'Lisnawati, L.'],
    year: 2020,
    title: 'Pelatihan Pijat Oksitosin bagi Pendamping Ibu Nifas',
    journal: 'Poltekita: Jurnal Pengabdian Masyarakat',
    details: '1(1), 29-35',
    contributes: {
      id: 'Siapa yang diajak belajar: pendamping ibu nifas (suami, keluarga, kader posyandu); pelatihan dengan leaflet, simulasi dan demonstrasi.',
      en: 'Who learns it: companions of postpartum mothers (husbands, family, posyandu cadres); training with leaflets, simulation and demonstration.',
    },
  },
  '001': {
    seed: '001',
    file: '001_4e9b0feaa53a8a79.txt',
    authors: [],
    year: null,
    title: null,
    journal: null,
    details: 'Prodi D-III Kebidanan Poso, Poltekkes Kemenkes Palu; Desa Malitu, Kecamatan Poso Pesisir Selatan, 29 Maret 2021',
    contributes: {
      id: 'Menurut subyek (peserta yang dilatih): pijat dari tulang leher pertama sampai tulang belikat, boleh memakai minyak atau tidak, sambil duduk atau berbaring.',
      en: "In the trainee's own words (\"menurut subyek\"): massage from the first neck vertebra to the shoulder blades, with or without oil, sitting or lying down.",
    },
    note: {
      id: 'Teks yang tersimpan tidak mencantumkan judul, penulis, maupun nama jurnal.',
      en: 'The stored text gives no title, authors or journal name.',
    },
  },
  '002': {
    seed: '002',
    file: '002_e76e72d0d61dcf21.txt',
    authors: ['Nabila Luthfiah Sungkar', 'Norman Wijaya Gati'],
    year: null,
    title: 'Application of Oxytocin Massage by Husband on Breastmilk Production in Public Mothers in Ngrukuh Village Klaten District',
    journal: null,
    details: "Program Studi DIII Keperawatan, Universitas 'Aisyiyah Surakarta; study carried out in June 2023",
    contributes: {
      id: 'Lama pijat sekitar 15 menit, 1-2 kali sehari, selama 14 hari; pijat dilakukan oleh suami.',
      en: 'About 15 minutes per massage, 1-2 times a day, for 14 days; the massage was given by the husband.',
    },
    note: {
      id: 'Teks yang tersimpan hanya abstrak; tahun terbit dan nama jurnal tidak tercantum.',
      en: 'The stored text is the abstract only; it gives no year of publication or journal name.',
    },
  },
  '003': {
    seed: '003',
    file: '003_418117107a95bfda.txt',
    authors: ['Risa Pitriani', 'Miratu Megasari'],
    year: 2024,
    title:
      'Pemberdayaan Kader Melalui Pelatihan Pijat Oksitosin Untuk Meningkatkan Produksi ASI Pada Ibu Nifas Di Posyandu Wilayah Kerja Puskesmas Rumbai Kota Pekanbaru',
    journal: 'Jurnal CEEJ',
    details: 'e-ISSN 2715-9752, p-ISSN 2715-9868; published 9 June 2024; https://journal.yrpiiku.com/index.php/ceej; CC BY-NC 4.0',
    contributes: {
      id: 'Persiapan (minyak, bantal, kursi) dan keempat langkah teknik pijat oksitosin: leher, bahu, tulang belikat dan punggung.',
      en: 'The preparation (oil, pillow, chair) and the four steps of the technique: neck, shoulders, shoulder blades and back.',
    },
  },
  '004': {
    seed: '004',
    file: '004_6a804da52d324a02.txt',
    authors: ['Ellyn Rochmiati', 'Hermawati', 'Fitria Purnamawati'],
    year: null,
    title: 'Application of Oxytocin Massage to Launch Breast Milk in Post Sectio Caessarea Patients in the PONEK Room of Dr. Soeratno Gemolong Hospital',
    journal: null,
    details: "University of 'Aisyiyah Surakarta",
    contributes: {
      id: 'Pijat oksitosin pagi dan sore, masing-masing 15 menit, pada ibu setelah operasi sesar.',
      en: 'Oxytocin massage morning and evening, 15 minutes each, for mothers after a caesarean section.',
    },
    note: {
      id: 'Teks yang tersimpan hanya abstrak; tahun terbit dan nama jurnal tidak tercantum.',
      en: 'The stored text is the abstract only; it gives no year of publication or journal name.',
    },
  },
};

export const SUPPLEMENTARY_CITATIONS: Readonly<Record<SupplementaryId, SupplementaryCitation>> = {
  S26: {
    ref: 'S26',
    authors: ['World Health Organization'],
    year: null,
    title: null,
    journal: null,
    details: 'Quoted at https://www.coursehero.com/file/p6tlt4u/',
    contributes: {
      id: 'Gerakan punggung: kedua tangan mengepal dengan ibu jari menghadap ke depan, di kiri dan kanan tulang belakang, menekan dengan gerakan memutar kecil dari leher ke bawah.',
      en: 'The back stroke: both hands in fists with the thumbs pointing forward, either side of the spine, pressing in small thumb circles from the neck downward.',
    },
    note: {
      id: 'Teks WHO yang dikutip pihak lain, kemungkinan dari bab model WHO tahun 2009 tentang pemberian makan bayi dan anak; aslinya belum diperiksa.',
      en: 'A WHO text quoted by a third party, probably from the 2009 WHO model chapter on infant and young child feeding; the original has not been checked.',
    },
  },
};
