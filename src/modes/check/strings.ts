import type { Text } from '../../technique';

/**
 * The check mode's words, in both languages. They live with the mode (not in `src/i18n/`) so they
 * load with its code, not with the first page.
 */
export const S = {
  title: { id: 'Uji diri', en: 'Check yourself' },
  intro: {
    id: 'Uji pemahaman Anda sebelum dan sesudah belajar. Jawaban langsung dinilai, dan hasilnya disimpan di perangkat ini saja.',
    en: 'Test what you know before and after studying. Each answer is marked at once, and the results stay on this device only.',
  },
  pre: { id: 'Pre-test', en: 'Pre-test' },
  preHelp: { id: '10 pernyataan benar atau salah, sebelum belajar.', en: '10 true-or-false statements, before you study.' },
  post: { id: 'Post-test', en: 'Post-test' },
  postHelp: { id: '10 pernyataan yang sama dengan urutan baru, sesudah belajar.', en: 'The same 10 statements in a new order, after you study.' },
  practice: { id: 'Latihan', en: 'Practise' },
  practiceHelp: {
    id: 'Soal di tubuh 3D: ketuk titik, tarik arah pijatan, bedakan tekan dan usap. Soal yang salah diulang lebih sering.',
    en: 'Questions on the 3D body: tap the point, draw the stroke, tell a press from a glide. What you miss comes back sooner.',
  },
  qrTitle: { id: 'Kirim hasil ke pelatih', en: 'Send the result to the trainer' },
  qrHelp: {
    id: 'Tunjukkan kode QR ini kepada pelatih; pelatih memindainya dengan kamera ke daftar tiliknya. Tanpa internet.',
    en: "Show this QR code to the trainer, who scans it with the camera into their checklist. No network needed.",
  },
  qrShow: { id: 'Tampilkan kode QR', en: 'Show the QR code' },
  qrHide: { id: 'Sembunyikan kode QR', en: 'Hide the QR code' },
  qrLabel: { id: 'Kode QR hasil tes', en: 'QR code of the test result' },
  qrFailed: { id: 'Kode QR tidak bisa dibuat. Sebutkan nilai Anda kepada pelatih.', en: "The QR code couldn't be made. Tell the trainer your score." },
  resume: { id: 'Lanjutkan', en: 'Continue' },
  answeredOf: { id: '{n} dari {total} soal sudah dijawab', en: '{n} of {total} questions answered' },
  history: { id: 'Riwayat', en: 'History' },
  noHistory: { id: 'Belum ada hasil tersimpan.', en: 'No results kept yet.' },
  compare: { id: 'Pre-test dan post-test', en: 'Pre-test and post-test' },
  score: { id: 'Nilai', en: 'Score' },
  inProgress: { id: 'belum selesai', en: 'not finished' },
  missed: { id: 'Pernyataan yang salah dijawab', en: 'Statements answered wrongly' },
  noneMissed: { id: 'Semua pernyataan dijawab benar.', en: 'Every statement answered right.' },
  noneMissedAny: { id: 'Semua soal dijawab benar.', en: 'Every question answered right.' },
  openStep: { id: 'Buka langkahnya', en: 'Open its step' },
  setting: { id: 'Persiapan', en: 'Getting ready' },
  statementTrue: { id: 'Benar', en: 'True' },
  statementFalse: { id: 'Salah', en: 'False' },
  right: { id: 'Jawaban benar.', en: 'Right.' },
  wrong: { id: 'Jawaban kurang tepat.', en: 'Not right.' },
  close: { id: 'Hampir tepat.', en: 'Close.' },
  next: { id: 'Soal berikutnya', en: 'Next question' },
  finish: { id: 'Lihat hasil', en: 'See the result' },
  showMe: { id: 'Tunjukkan di tubuh', en: 'Show me on the body' },
  stop: { id: 'Berhenti (jawaban tersimpan)', en: 'Stop (answers are kept)' },
  home: { id: 'Kembali ke awal', en: 'Back to the start' },
  tapHelp: {
    id: 'Ketuk tubuh di tempat itu. Putar tampilan dengan menggeser. Dengan papan ketik: pakai kursor di bawah.',
    en: 'Tap the body at that place. Drag to turn the view. With a keyboard: use the cursor below.',
  },
  drawHelp: {
    id: 'Tarik satu garis di tubuh dengan jari atau mouse, dari awal sampai akhir tekanan.',
    en: 'Draw one line on the body with a finger or the mouse, from where the pressure starts to where it ends.',
  },
  notOnBody: { id: 'Itu di luar tubuh. Ketuk pada kulit ibu.', en: "That is off the body. Tap on the mother's skin." },
  tooShort: { id: 'Garisnya terlalu pendek atau di luar tubuh. Coba lagi.', en: 'The line is too short or off the body. Try again.' },
  notReady: { id: 'Tempat-tempat pijat belum tampil di tubuh. Tunggu sebentar, lalu coba lagi.', en: 'The massage places are not on the body yet. Wait a moment, then try again.' },
  cursorLabel: { id: 'Kursor papan ketik di tubuh', en: 'Keyboard cursor on the body' },
  cursorHelpTap: {
    id: 'Panah: gerakkan kursor (Shift: langkah kecil). Enter: jawab di tempat kursor.',
    en: 'Arrows: move the cursor (Shift: small steps). Enter: answer at the cursor.',
  },
  cursorHelpDraw: {
    id: 'Panah: gerakkan kursor. Enter: tandai awal garis, gerakkan, lalu Enter lagi untuk akhir garis.',
    en: 'Arrows: move the cursor. Enter: mark where the line starts, move, then Enter again where it ends.',
  },
  cursorStartMarked: { id: 'Awal garis ditandai. Gerakkan kursor ke akhir garis, lalu tekan Enter.', en: 'Start marked. Move the cursor to where the line ends, then press Enter.' },
  offBody: { id: 'Kursor di luar tubuh.', en: 'The cursor is off the body.' },
  cursorAt: { id: 'Kursor: {side}, {height}.', en: 'Cursor: {side}, {height}.' },
  onSpine: { id: 'di garis tulang belakang', en: 'on the line of the spine' },
  rightOfSpine: { id: '{d} di sisi kanan tulang belakang', en: '{d} to the right of the spine' },
  leftOfSpine: { id: '{d} di sisi kiri tulang belakang', en: '{d} to the left of the spine' },
  belowNeckBase: { id: '{d} di bawah pangkal leher', en: '{d} below the base of the neck' },
  aboveNeckBase: { id: '{d} di atas pangkal leher', en: '{d} above the base of the neck' },
  pressing: { id: 'Menekan', en: 'Pressing' },
  gliding: { id: 'Mengusap (tanpa tekanan)', en: 'Gliding (no pressure)' },
  playAgain: { id: 'Putar lagi', en: 'Play again' },
  watchNow: { id: 'Perhatikan tangan: saat yang ditandai sedang diputar.', en: 'Watch the hands: the marked moment is playing.' },
  orderHelp: {
    id: 'Seret untuk mengurutkan, atau pakai tombol naik/turun. Dengan papan ketik: Spasi untuk mengangkat, panah untuk memindah, Spasi untuk meletakkan.',
    en: 'Drag to reorder, or use the up/down buttons. With a keyboard: Space to pick up, arrows to move, Space to drop.',
  },
  dragPicked: { id: 'Diangkat: {item}, urutan ke-{n} dari {total}.', en: 'Picked up: {item}, position {n} of {total}.' },
  dragOver: { id: '{item} dipindah ke urutan ke-{n} dari {total}.', en: '{item} moved to position {n} of {total}.' },
  dragDropped: { id: '{item} diletakkan di urutan ke-{n} dari {total}.', en: '{item} dropped at position {n} of {total}.' },
  dragCancelled: { id: 'Batal: {item} kembali ke tempatnya.', en: 'Cancelled: {item} went back to its place.' },
  moveUp: { id: 'Naikkan', en: 'Move up' },
  moveDown: { id: 'Turunkan', en: 'Move down' },
  check: { id: 'Periksa jawaban', en: 'Check the answer' },
  rightOrder: { id: 'Urutan yang benar:', en: 'The right order:' },
  trueAnswer: { id: 'Jawaban yang benar: {answer}.', en: 'The right answer: {answer}.' },
  distance: { id: 'Jarak dari tempat yang benar: {d}.', en: 'Distance from the right place: {d}.' },
  inPlace: { id: '{n} dari {total} di tempat yang benar.', en: '{n} of {total} in the right place.' },
  ringShows: {
    id: 'Cincin kuning di tubuh menunjukkan tempat yang benar; tanda silang adalah ketukan Anda.',
    en: 'The yellow ring on the body shows the right place; the cross is your tap.',
  },
  lineShows: { id: 'Garis merah di tubuh menunjukkan jalur dan arah tekanan yang benar.', en: 'The red line on the body shows the right path and the way the pressure goes.' },
  wrongWay: { id: 'Arahnya terbalik: tekanan berjalan ke arah sebaliknya.', en: 'The wrong way round: the pressure goes the other way.' },
  offPath: { id: 'Garisnya terlalu jauh dari jalur pijatan.', en: 'The line strays too far from the massage path.' },
  tooLittle: { id: 'Garisnya terlalu pendek dibanding jalur pijatan.', en: 'The line covers too little of the massage path.' },
  backup: { id: 'Cadangan data', en: 'Backup' },
  backupHelp: {
    id: 'Simpan semua hasil ke sebuah berkas, atau pulihkan dari berkas cadangan. Data tidak pernah dikirim ke mana pun.',
    en: 'Save every result to a file, or bring them back from a backup file. Nothing is ever sent anywhere.',
  },
  exportBackup: { id: 'Simpan cadangan (JSON)', en: 'Save a backup (JSON)' },
  importBackup: { id: 'Pulihkan dari cadangan', en: 'Restore from a backup' },
  exportCsv: { id: 'Unduh hasil (CSV)', en: 'Download results (CSV)' },
  trouble: {
    unavailable: {
      id: 'Penyimpanan di perangkat ini tidak bisa dipakai (mungkin mode penyamaran). Hasil tetap ada selama halaman terbuka; simpan sebagai berkas agar tidak hilang.',
      en: "This device's storage can't be used (private browsing?). Results stay while the page is open; save them to a file so they are not lost.",
    },
    quota: {
      id: 'Penyimpanan perangkat penuh. Hasil ini belum tersimpan; simpan sebagai berkas agar tidak hilang.',
      en: "The device's storage is full. This result is not saved yet; save it to a file so it is not lost.",
    },
    readOnly: {
      id: 'Data di perangkat ini dibuat oleh versi aplikasi yang lebih baru. Data itu dibiarkan apa adanya dan tidak ditimpa; perbarui aplikasi. Hasil baru tetap ada selama halaman terbuka; simpan sebagai berkas.',
      en: 'The records on this device were written by a newer version of the app. They are left as they are, never overwritten; update the app. New results stay while the page is open; save them to a file.',
    },
    blocked: {
      id: 'Aplikasi ini terbuka di tab lain dengan versi lain. Tutup tab itu, lalu muat ulang halaman ini.',
      en: 'The app is open in another tab with another version. Close that tab, then reload this page.',
    },
    recordKept: {
      id: 'Ada catatan yang tidak bisa dibaca versi ini; catatan itu dibiarkan dan tidak ditimpa.',
      en: "A record this version can't read is kept as it is and not overwritten.",
    },
    invalid: {
      id: 'Hasil ini tidak lengkap sehingga tidak disimpan. Simpan sebagai berkas agar tidak hilang.',
      en: 'This result is incomplete, so it was not saved. Save it to a file so it is not lost.',
    },
  },
  problems: {
    id: 'Ada {n} catatan di perangkat yang tidak bisa dibaca versi ini (rusak atau dari versi lebih baru). Catatan itu dibiarkan apa adanya dan ikut tersimpan di cadangan.',
    en: "{n} records on this device can't be read by this version (damaged, or from a newer version). They are left as they are and go into the backup too.",
  },
  importedUnreadable: {
    id: '{n} catatan yang tidak bisa dibaca di perangkat asalnya juga dipulihkan apa adanya.',
    en: "{n} records that couldn't be read on the device they came from were restored as they were, too.",
  },
  imported: { id: 'Dipulihkan: {added} catatan baru; {kept} sudah ada dan dibiarkan.', en: 'Restored: {added} new records; {kept} were already here and left as they were.' },
  importRefused: {
    notJson: { id: 'Berkas ini bukan berkas cadangan (bukan JSON). Tidak ada data yang diubah.', en: 'This is not a backup file (not JSON). Nothing was changed.' },
    otherApp: { id: 'Berkas ini berasal dari aplikasi lain. Tidak ada data yang diubah.', en: 'This file comes from another app. Nothing was changed.' },
    newerVersion: {
      id: 'Berkas ini dibuat oleh versi aplikasi yang lebih baru. Perbarui aplikasi dulu. Tidak ada data yang diubah.',
      en: 'This file was made by a newer version of the app. Update the app first. Nothing was changed.',
    },
    damaged: { id: 'Berkas cadangan ini rusak ({detail}). Tidak ada data yang diubah.', en: 'This backup file is damaged ({detail}). Nothing was changed.' },
    tooLarge: { id: 'Berkas ini terlalu besar untuk sebuah cadangan. Tidak ada data yang diubah.', en: 'This file is too large to be a backup. Nothing was changed.' },
  },
  question: { id: 'Soal {n} dari {total}', en: 'Question {n} of {total}' },
  kinds: {
    statement: { id: 'Benar atau salah', en: 'True or false' },
    tapPoint: { id: 'Ketuk tempatnya', en: 'Tap the place' },
    drawStroke: { id: 'Tarik arah pijatan', en: 'Draw the stroke' },
    pressOrGlide: { id: 'Tekan atau usap', en: 'Press or glide' },
    handPart: { id: 'Bagian tangan', en: 'Part of the hand' },
    order: { id: 'Urutkan', en: 'Put in order' },
  },
  resultTitle: { id: 'Hasil', en: 'Result' },
  resultScore: { id: 'Nilai Anda: {score} dari 100', en: 'Your score: {score} out of 100' },
  resultRight: { id: '{right} dari {total} jawaban benar.', en: '{right} of {total} answers right.' },
  afterPre: { id: 'Sekarang pelajari langkah-langkahnya, lalu kerjakan post-test.', en: 'Now study the steps, then take the post-test.' },
  study: { id: 'Mulai belajar', en: 'Start studying' },
  gain: { id: 'Perubahan: {gain} poin', en: 'Change: {gain} points' },
} as const satisfies Record<string, Text | Record<string, Text>>;

/** Fills `{name}` in a text with values (a number, or words in both languages), in both languages. */
export function fill(text: Text, values: Readonly<Record<string, number | Text>>): Text {
  const put = (s: string, language: keyof Text) =>
    s.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? String(value) : value[language];
    });
  return { id: put(text.id, 'id'), en: put(text.en, 'en') };
}

/** Centimetres with one decimal, as each language writes them (1,5 cm / 1.5 cm). */
export function centimetres(mm: number): Text {
  const cm = (mm / 10).toFixed(1);
  return { id: `${cm.replace('.', ',')} cm`, en: `${cm} cm` };
}
