import type { Text } from '../../technique/types';

/** The workshop keys' words (presenter and speaker view), in both languages. */
export const K = {
  close: { id: 'Tutup', en: 'Close' },
  helpTitle: { id: 'Tombol presentasi', en: 'Presentation keys' },
  helpIntro: {
    id: 'Clicker presentasi mengirim tombol yang sama. Klik atau ketuk tubuh untuk menunjuk tempat: lingkaran berdenyut beberapa detik.',
    en: 'A presentation clicker sends the same keys. Click or tap the body to point at a place: a ring pulses there for a few seconds.',
  },
  keys: {
    next: { id: 'Gerakan berikutnya (setelah yang terakhir: bagian rencana berikutnya)', en: 'Next movement (after the last: the plan\'s next part)' },
    previous: { id: 'Gerakan sebelumnya (sebelum yang pertama: bagian rencana sebelumnya)', en: 'Previous movement (before the first: the plan\'s previous part)' },
    play: { id: 'Putar / jeda gerakan', en: 'Play / pause the movement' },
    blank: { id: 'Layar hitam, dan kembali', en: 'Blank the screen, and back' },
    step: { id: 'Buka langkah 1-4', en: 'Go to step 1-4' },
    parts: { id: 'Bagian rencana berikutnya / sebelumnya', en: 'The plan\'s next / previous part' },
    plan: { id: 'Tampilkan / sembunyikan rencana pelatihan', en: 'Show / hide the workshop plan' },
    speaker: { id: 'Buka layar pemateri di jendela sendiri (di jendela presentasi)', en: 'Open the speaker view in its own window (from the presenter window)' },
    fullscreen: { id: 'Layar penuh, dan kembali', en: 'Full screen, and back' },
    help: { id: 'Daftar tombol ini', en: 'This list of keys' },
    ignored: { id: 'Diabaikan: tidak memuat ulang dan tidak keluar dari presentasi', en: 'Ignored: neither reloads nor leaves the presentation' },
  },
} as const satisfies Record<string, Text | Record<string, Text>>;
