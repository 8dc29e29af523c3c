import type { RecordsErrorCode, ResultCodeError } from '../../records';
import type { Text } from '../../technique';
import type { SectionId } from './items';

/**
 * The checklist mode's words, in both languages, loaded with the mode (not with the first page).
 * Indonesian as a midwife trainer writes a daftar tilik.
 */
export const S = {
  title: { id: 'Daftar tilik', en: 'Observation checklist' },
  intro: {
    id: 'Amati kader saat praktik pijat oksitosin, beri nilai tiap langkah, kumpulkan nilai pre-test dan post-test dari HP peserta, lalu cetak laporan pelatihan. Semua data tersimpan di perangkat ini saja.',
    en: "Observe each cadre practising the oxytocin massage, score every step, gather pre-test and post-test scores from the trainees' phones, and print the workshop report. Everything stays on this device only.",
  },
  workshops: { id: 'Pelatihan', en: 'Workshops' },
  noWorkshops: { id: 'Belum ada pelatihan.', en: 'No workshops yet.' },
  newWorkshop: { id: 'Pelatihan baru', en: 'New workshop' },
  date: { id: 'Tanggal', en: 'Date' },
  place: { id: 'Tempat', en: 'Place' },
  trainer: { id: 'Pelatih', en: 'Trainer' },
  create: { id: 'Buat pelatihan', en: 'Create the workshop' },
  traineesCount: { id: '{n} peserta', en: '{n} trainees' },
  back: { id: 'Kembali', en: 'Back' },
  allWorkshops: { id: 'Semua pelatihan', en: 'All workshops' },
  trainees: { id: 'Peserta', en: 'Trainees' },
  noTrainees: { id: 'Belum ada peserta. Tambahkan nama atau kode peserta di bawah.', en: "No trainees yet. Add each trainee's name or code below." },
  traineeName: { id: 'Nama atau kode peserta', en: "Trainee's name or code" },
  traineeNameHelp: { id: 'Hanya tersimpan di perangkat ini.', en: 'Kept on this device only.' },
  addTrainee: { id: 'Tambah peserta', en: 'Add the trainee' },
  pre: { id: 'Pre-test', en: 'Pre-test' },
  post: { id: 'Post-test', en: 'Post-test' },
  none: { id: '–', en: '–' },
  observations: { id: 'Observasi', en: 'Observations' },
  training: { id: 'Hari pelatihan', en: 'Training day' },
  followUp: { id: 'Kunjungan rumah', en: 'Home visit' },
  observeTraining: { id: 'Observasi saat pelatihan', en: 'Observe on the training day' },
  observeFollowUp: { id: 'Observasi kunjungan rumah', en: 'Observe on a home visit' },
  openObservation: { id: 'Buka', en: 'Open' },
  scores: { id: 'Nilai tes', en: 'Test scores' },
  takeScore: { id: 'Ambil nilai', en: 'Take a score' },
  latestCounts: { id: 'Jika tes diulang, nilai terakhir yang dihitung.', en: 'If a test is taken again, the latest score counts.' },
  report: { id: 'Laporan pelatihan', en: 'Workshop report' },
  delete: { id: 'Hapus', en: 'Delete' },
  deleteWorkshop: { id: 'Hapus pelatihan ini', en: 'Delete this workshop' },
  confirmDelete: { id: 'Hapus {name}? Bisa dibatalkan sesaat sesudahnya.', en: 'Delete {name}? You can undo it right after.' },
  yesDelete: { id: 'Ya, hapus', en: 'Yes, delete' },
  cancel: { id: 'Batal', en: 'Cancel' },
  deleted: { id: '{name} dihapus.', en: '{name} deleted.' },
  undo: { id: 'Batalkan', en: 'Undo' },
  ownItems: { id: 'Butir tambahan dari pelatih', en: "The trainer's own items" },
  ownItemsHelp: { id: 'Butir ini ikut dinilai di setiap observasi pelatihan ini.', en: "These items are scored in every observation of this workshop." },
  ownItem: { id: 'Butir baru', en: 'New item' },
  addItem: { id: 'Tambah butir', en: 'Add the item' },
  removeItem: { id: 'Hapus butir', en: 'Remove the item' },

  // Observing
  observing: { id: 'Observasi: {name}', en: 'Observing: {name}' },
  total: { id: 'Total {percent}%', en: 'Total {percent}%' },
  totalNone: { id: 'Total: belum ada butir dinilai', en: 'Total: no item scored yet' },
  scoredOf: { id: '{n} dari {total} butir dinilai', en: '{n} of {total} items scored' },
  score2: { id: 'Benar', en: 'Right' },
  score1: { id: 'Perlu perbaikan', en: 'Needs correction' },
  score0: { id: 'Tidak dilakukan', en: 'Not done' },
  scoreLegend: {
    id: 'Nilai: 2 = dilakukan dengan benar, 1 = perlu perbaikan, 0 = tidak dilakukan. Tekan nilai yang sama lagi untuk menghapusnya.',
    en: 'Scores: 2 = done right, 1 = needs correction, 0 = not done. Press the same score again to clear it.',
  },
  show: { id: 'Tampilkan', en: 'Show' },
  showing: { id: 'Diperagakan di tubuh: {what}', en: 'Shown on the body: {what}' },
  note: { id: 'Catatan', en: 'Note' },
  done: { id: 'Selesai', en: 'Done' },
  deleteObservation: { id: 'Hapus observasi ini', en: 'Delete this observation' },
  thisObservation: { id: 'observasi ini', en: 'this observation' },

  // Scores
  scanTitle: { id: 'Nilai untuk {name}', en: 'Score for {name}' },
  scanHelp: {
    id: 'Minta peserta membuka hasil tesnya (Uji diri) dan menampilkan kode QR, lalu pindai dengan kamera. Tanpa internet.',
    en: 'Ask the trainee to open their test result (Check yourself) and show its QR code, then scan it with the camera. No network needed.',
  },
  scanCamera: { id: 'Pindai kode QR dengan kamera', en: 'Scan the QR code with the camera' },
  scanPhoto: { id: 'Baca kode QR dari foto', en: 'Read the QR code from a photo' },
  stopCamera: { id: 'Tutup kamera', en: 'Close the camera' },
  looking: { id: 'Arahkan kamera ke kode QR…', en: 'Point the camera at the QR code…' },
  cameraLabel: { id: 'Gambar kamera', en: 'Camera picture' },
  typeTitle: { id: 'Atau ketik nilainya', en: 'Or type the score' },
  kind: { id: 'Tes', en: 'Test' },
  scoreOutOf: { id: 'Nilai (0-100)', en: 'Score (0-100)' },
  saveScore: { id: 'Simpan nilai', en: 'Save the score' },
  badScore: { id: 'Ketik angka bulat dari 0 sampai 100.', en: 'Type a whole number from 0 to 100.' },
  taken: { id: '{kind} {score} dicatat untuk {name}.', en: '{kind} {score} recorded for {name}.' },
  already: { id: 'Hasil ini sudah dicatat untuk {name}; dihitung satu kali saja.', en: 'This result is already recorded for {name}; it counts once.' },
  otherTrainee: {
    id: 'Hasil ini sudah dicatat untuk peserta lain ({name}). Tidak dicatat dua kali; periksa HP siapa yang dipindai.',
    en: 'This result is already recorded for another trainee ({name}). It is not recorded twice; check whose phone was scanned.',
  },
  codeRefused: {
    otherApp: {
      id: 'Kode QR ini bukan hasil tes dari aplikasi Pijat Oksitosin. Tidak dicatat.',
      en: 'This QR code is not a test result from the Pijat Oksitosin app. Not recorded.',
    },
    newerVersion: {
      id: 'Kode QR ini dibuat versi aplikasi yang lebih baru. Perbarui aplikasi ini, atau ketik nilainya.',
      en: 'This QR code was made by a newer version of the app. Update this app, or type the score.',
    },
    damaged: {
      id: 'Kode QR ini rusak atau tidak lengkap. Tidak dicatat; pindai lagi, atau ketik nilainya.',
      en: 'This QR code is damaged or incomplete. Not recorded; scan it again, or type the score.',
    },
  } satisfies Record<ResultCodeError, Text>,
  noCodeInPhoto: { id: 'Tidak ada kode QR yang terbaca di foto ini. Coba foto yang lebih jelas, atau ketik nilainya.', en: 'No QR code could be read in this photo. Try a sharper photo, or type the score.' },
  camera: {
    refused: {
      id: 'Izin kamera ditolak. Izinkan kamera di pengaturan peramban, atau baca dari foto, atau ketik nilainya di bawah.',
      en: 'Camera permission was refused. Allow the camera in the browser settings, read from a photo, or type the score below.',
    },
    none: { id: 'Tidak ada kamera di perangkat ini. Baca dari foto, atau ketik nilainya di bawah.', en: 'This device has no camera. Read from a photo, or type the score below.' },
    unavailable: {
      id: 'Kamera tidak bisa dipakai di sini (halaman harus dibuka lewat https atau localhost). Baca dari foto, atau ketik nilainya di bawah.',
      en: "The camera can't be used here (the page must be opened over https or localhost). Read from a photo, or type the score below.",
    },
  },
  via: { qr: { id: 'QR', en: 'QR' }, typed: { id: 'diketik', en: 'typed' } },
  deleteScore: { id: 'Hapus nilai', en: 'Delete the score' },

  // Report
  reportOf: { id: 'Laporan pelatihan {date}, {place}', en: 'Workshop report {date}, {place}' },
  print: { id: 'Cetak laporan', en: 'Print the report' },
  exportCsv: { id: 'Unduh laporan (CSV)', en: 'Download the report (CSV)' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  paired: { id: 'Peserta dengan pre-test dan post-test', en: 'Trainees with a pre-test and a post-test' },
  meanPre: { id: 'Rata-rata pre-test', en: 'Mean pre-test' },
  meanPost: { id: 'Rata-rata post-test', en: 'Mean post-test' },
  meanGain: { id: 'Rata-rata kenaikan', en: 'Mean gain' },
  improved: { id: 'Nilai naik', en: 'Improved' },
  sameOrWorse: { id: 'Tetap / turun', en: 'Same / lower' },
  wilcoxon: { id: 'Uji Wilcoxon (peringkat bertanda)', en: 'Wilcoxon signed-rank test' },
  wilcoxonLine: { id: 'n = {n} pasangan yang berubah, W = {w}', en: 'n = {n} pairs that changed, W = {w}' },
  wilcoxonP: { id: 'p = {p} (dua sisi, {method})', en: 'p = {p} (two-sided, {method})' },
  exact: { id: 'eksak', en: 'exact' },
  normal: { id: 'pendekatan normal', en: 'normal approximation' },
  tooFew: {
    id: 'Nilai p tidak dihitung: kurang dari 6 pasangan yang berubah (dengan n sekecil ini, hasil apa pun tidak bisa bermakna).',
    en: 'No p-value: fewer than 6 pairs that changed (with n this small, no result could be significant).',
  },
  missedTitle: { id: 'Butir yang paling sering belum tepat', en: 'Items most often missed' },
  missedHelp: {
    id: 'Dari observasi terakhir tiap peserta ({n} peserta diobservasi).',
    en: "From each trainee's latest observation ({n} trainees observed).",
  },
  noneMissed: { id: 'Belum ada butir yang terlewat.', en: 'No item missed yet.' },
  perTrainee: { id: 'Per peserta', en: 'Per trainee' },
  item: { id: 'Butir', en: 'Item' },
  gain: { id: 'Kenaikan', en: 'Gain' },
  latestObservation: { id: 'Observasi terakhir', en: 'Latest observation' },
  unscored: { id: '{n} butir belum dinilai', en: '{n} items not scored' },
  notObserved: { id: 'Belum diobservasi.', en: 'Not observed yet.' },

  sections: {
    setting: { id: 'Persiapan', en: 'Getting ready' },
    neck: { id: 'Langkah 1: Leher', en: 'Step 1: Neck' },
    shoulders: { id: 'Langkah 2: Bahu', en: 'Step 2: Shoulders' },
    scapulae: { id: 'Langkah 3: Tulang belikat', en: 'Step 3: Shoulder blades' },
    back: { id: 'Langkah 4: Punggung', en: 'Step 4: Back' },
    order: { id: 'Urutan', en: 'Order' },
    own: { id: 'Butir tambahan', en: 'Own items' },
  } satisfies Record<SectionId, Text>,

  trouble: {
    unavailable: {
      id: 'Penyimpanan di perangkat ini tidak bisa dipakai (mungkin mode penyamaran). Data tetap ada selama halaman terbuka; cetak atau unduh laporan agar tidak hilang.',
      en: "This device's storage can't be used (private browsing?). The data stays while the page is open; print or download the report so it is not lost.",
    },
    quota: {
      id: 'Penyimpanan perangkat penuh. Perubahan terakhir belum tersimpan; unduh laporan agar tidak hilang.',
      en: "The device's storage is full. The last change is not saved yet; download the report so it is not lost.",
    },
    readOnly: {
      id: 'Data di perangkat ini dibuat oleh versi aplikasi yang lebih baru dan tidak ditimpa; perbarui aplikasi. Perubahan baru hanya ada selama halaman terbuka.',
      en: 'The records on this device were written by a newer version of the app and are not overwritten; update the app. New changes last only while the page is open.',
    },
    blocked: {
      id: 'Aplikasi ini terbuka di tab lain dengan versi lain. Tutup tab itu, lalu muat ulang halaman ini.',
      en: 'The app is open in another tab with another version. Close that tab, then reload this page.',
    },
    recordKept: {
      id: 'Ada data pelatihan yang tidak bisa dibaca versi ini; data itu dibiarkan dan tidak ditimpa.',
      en: "A workshop this version can't read is kept as it is and not overwritten.",
    },
    invalid: {
      id: 'Perubahan ini tidak bisa disimpan karena kesalahan aplikasi. Data lain aman.',
      en: "This change could not be saved because of a fault in the app. Other data is safe.",
    },
  } satisfies Record<RecordsErrorCode, Text>,
  problems: {
    id: '{n} data pelatihan tidak bisa dibaca versi ini; dibiarkan apa adanya.',
    en: "{n} workshop records can't be read by this version; they are left as they are.",
  },
} as const;

/** Puts numbers and texts into `{name}` slots, each language its own. */
export function fill(text: Text, values: Readonly<Record<string, number | string | Text>>): Text {
  const put = (s: string, language: keyof Text) =>
    s.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) return whole;
      return typeof value === 'object' ? value[language] : String(value);
    });
  return { id: put(text.id, 'id'), en: put(text.en, 'en') };
}

/** A decimal as each language writes it (12,5 / 12.5). */
export function decimal(value: number, digits = 1): Text {
  const text = value.toFixed(digits);
  return { id: text.replace('.', ','), en: text };
}
