import type { Text } from '../../technique';

/** The presenter mode's words, in both languages; they load with the mode's code. */
export const S = {
  caption: { id: 'Yang sedang diperagakan', en: 'What is being shown' },
  count: { id: '{n} dari {total}', en: '{n} of {total}' },
  pressure: { id: 'Tekanan', en: 'Pressure' },
  noPressure: { id: 'tanpa tekanan', en: 'no pressure' },
  blanked: { id: 'Layar dihitamkan. Tekan B atau titik (.) untuk kembali.', en: 'Screen blanked. Press B or full stop (.) to bring it back.' },
  controls: { id: 'Kendali presentasi', en: 'Presentation controls' },
  previous: { id: 'Sebelumnya', en: 'Previous' },
  next: { id: 'Berikutnya', en: 'Next' },
  play: { id: 'Putar', en: 'Play' },
  pause: { id: 'Jeda', en: 'Pause' },
  blank: { id: 'Layar hitam', en: 'Blank screen' },
  plan: { id: 'Rencana', en: 'Plan' },
  speaker: { id: 'Buka layar pemateri', en: 'Open the speaker view' },
  speakerBlocked: {
    id: 'Jendela layar pemateri diblokir oleh peramban. Izinkan pop-up untuk halaman ini, atau buka ?mode=speaker di tab baru.',
    en: 'The browser blocked the speaker view\'s window. Allow pop-ups for this page, or open ?mode=speaker in a new tab.',
  },
  fullscreen: { id: 'Layar penuh', en: 'Full screen' },
  help: { id: 'Tombol', en: 'Keys' },
  leave: { id: 'Keluar dari presentasi', en: 'Leave the presentation' },
  close: { id: 'Tutup', en: 'Close' },
  part: { id: 'Bagian {n} dari {total}', en: 'Part {n} of {total}' },
} as const satisfies Record<string, Text | Record<string, Text>>;

/** Puts values into a text's `{name}` slots, in both languages. */
export function fill(text: Text, values: Readonly<Record<string, string | number>>): Text {
  const put = (s: string) => s.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  return { id: put(text.id), en: put(text.en) };
}
