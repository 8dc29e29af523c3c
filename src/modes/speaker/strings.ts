import type { Text } from '../../technique';

/** The speaker view's words, in both languages; they load with the mode's code. */
export const S = {
  title: { id: 'Layar pemateri', en: 'Speaker view' },
  now: { id: 'Sekarang', en: 'Now' },
  say: { id: 'Yang disampaikan', en: 'What to say' },
  mistakes: { id: 'Kesalahan yang sering terjadi', en: 'What trainees often get wrong' },
  notesGuidance: {
    id: 'Catatan untuk pelatih: saran aplikasi, bukan hasil penelitian sumber.',
    en: 'Notes for the trainer: the app\'s guidance, not findings of the sources.',
  },
  next: { id: 'Berikutnya', en: 'Next' },
  nextPart: { id: 'Bagian berikutnya: {part}', en: 'Next part: {part}' },
  lastPart: { id: 'Ini bagian terakhir.', en: 'This is the last part.' },
  time: { id: 'Waktu', en: 'Time' },
  partTime: { id: 'Bagian ini: {used} dari {planned} menit', en: 'This part: {used} of {planned} min' },
  allTime: { id: 'Seluruh pelatihan: {used} dari {planned} menit', en: 'The whole workshop: {used} of {planned} min' },
  over: { id: 'lewat waktu', en: 'over time' },
  resetClock: { id: 'Mulai hitung dari nol', en: 'Start the clock again' },
  controls: { id: 'Kendali presentasi', en: 'Presentation controls' },
  previous: { id: 'Sebelumnya', en: 'Previous' },
  play: { id: 'Putar', en: 'Play' },
  pause: { id: 'Jeda', en: 'Pause' },
  blank: { id: 'Layar hitam', en: 'Blank screen' },
  blanked: { id: 'Layar proyektor sedang hitam', en: 'The projector screen is blank' },
  keys: { id: 'Tombol', en: 'Keys' },
  leaflet: { id: 'Leaflet untuk dicetak (tab baru)', en: 'Leaflet to print (new tab)' },
  wall: { id: 'Yang tampil di layar: {text}', en: 'On the wall: {text}' },
  alone: {
    id: 'Layar pemateri mengikuti jendela presentasi (?mode=present) yang terbuka di peramban yang sama.',
    en: 'The speaker view follows the presenter window (?mode=present) open in the same browser.',
  },
} as const satisfies Record<string, Text>;

export function fill(text: Text, values: Readonly<Record<string, string | number>>): Text {
  const put = (s: string) => s.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  return { id: put(text.id), en: put(text.en) };
}
