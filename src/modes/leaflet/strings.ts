import type { Text } from '../../technique';

/** The leaflet's own words, in both languages; they load with its code. */
export const S = {
  subtitle: {
    id: 'Pijat punggung oleh suami atau keluarga untuk membantu ASI keluar',
    en: 'A back massage by the husband or family to help the breast milk flow',
  },
  print: { id: 'Cetak atau simpan PDF', en: 'Print or save as PDF' },
  back: { id: 'Kembali ke aplikasi', en: 'Back to the app' },
  preparing: { id: 'Menyiapkan gambar langkah {n} dari {total}…', en: 'Preparing the picture of step {n} of {total}…' },
  ready: { id: 'Leaflet siap dicetak: A4, dua halaman.', en: 'The leaflet is ready to print: A4, two pages.' },
  setting: { id: 'Persiapan', en: 'Getting ready' },
  steps: { id: 'Langkah-langkah', en: 'The steps' },
  step: { id: 'Langkah {n}', en: 'Step {n}' },
  picture: { id: 'Gambar langkah {n}: {title}, dengan jalur, arah, dan titik tekan', en: 'Picture of step {n}: {title}, with its paths, directions and pressure points' },
  legendTitle: { id: 'Cara membaca gambar', en: 'How to read the pictures' },
  legendPress: { id: 'Garis tebal, utuh: gerakan dengan tekanan', en: 'Thick, solid line: moving with pressure' },
  legendGlide: { id: 'Garis tipis, putus-putus: kembali tanpa tekanan', en: 'Thin, dashed line: back without pressure' },
  legendArrow: { id: 'Panah: arah gerakan. Lingkaran: titik tekan.', en: 'Arrows: the direction. Rings: pressure points.' },
  sources: { id: 'Sumber', en: 'Sources' },
  guidance: {
    id: 'Yang tidak disebut sumber (arah pijat tulang belikat, bagian tangan, waktu, besar tekanan) adalah panduan aplikasi ini.',
    en: 'What the sources leave open (the shoulder blade direction, hand parts, timings, pressure) is this app\'s guidance.',
  },
  made: { id: 'Dibuat dengan Pijat Oksitosin 3D (aplikasi terbuka, berjalan tanpa internet).', en: 'Made with Pijat Oksitosin 3D (open-source, works offline).' },
} as const satisfies Record<string, Text>;

export function fill(text: Text, values: Readonly<Record<string, string | number>>): Text {
  const put = (s: string) => s.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  return { id: put(text.id), en: put(text.en) };
}
