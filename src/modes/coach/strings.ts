import type { Text } from '../../technique';

/**
 * The coach's words, in both languages, loaded with the mode. Spoken cues are short on purpose:
 * the giver hears them with his hands on the mother's back.
 */
export const S = {
  title: { id: 'Latihan dipandu', en: 'Practise along' },
  intro: {
    id: 'Letakkan ponsel di meja, ibu duduk di depan Anda. Aplikasi memandu seluruh pijatan dengan suara, nada dan tulisan besar: kapan menekan, kapan mengusap ringan, dan berapa kali.',
    en: 'Put the phone on the table with the mother sitting in front of you. The app paces the whole massage with voice, tones and large text: when to press, when to glide back lightly, and how many times.',
  },
  minutes: { id: 'Lama sesi', en: 'Session length' },
  minutesValue: { id: '{n} menit', en: '{n} minutes' },
  sourceNote: {
    id: 'Sumber menganjurkan sekitar 15 menit, 1-2 kali sehari (pagi dan sore), selama 14 hari.',
    en: 'The sources advise about 15 minutes, once or twice a day (morning and evening), for 14 days.',
  },
  splitTitle: { id: 'Pembagian waktu (panduan aplikasi)', en: 'How the time is split (the app’s guidance)' },
  splitNote: {
    id: 'Sumber hanya menyebut lama seluruhnya. Aplikasi membagi waktu per langkah sebanding dengan peragaan; setiap gerakan dilakukan {counts}, {rounds}.',
    en: 'The sources give only the total. The app splits it over the steps in proportion to the demonstration; each movement is done {counts}, {rounds}.',
  },
  countsPerRound: { id: '5 kali (titik tekan: 1 kali)', en: '5 times (pressure points: once)' },
  roundsOnce: { id: 'satu putaran', en: 'in one round' },
  roundsMany: { id: '{n} putaran', en: 'in {n} rounds' },
  start: { id: 'Mulai', en: 'Start' },
  settings: { id: 'Pengaturan suara', en: 'Sound settings' },
  volume: { id: 'Volume', en: 'Volume' },
  voice: { id: 'Suara', en: 'Voice' },
  voiceAuto: { id: 'Otomatis (bahasa {lang})', en: 'Automatic ({lang} language)' },
  noVoiceListed: { id: 'Tidak ada suara {lang} di perangkat ini', en: 'No {lang} voice on this device' },
  tonesOnly: { id: 'Nada saja (tanpa suara ucapan)', en: 'Tones only (no spoken words)' },
  showBody: { id: 'Tampilkan tubuh 3D (matikan untuk menghemat baterai)', en: 'Show the 3D body (turn off to save battery)' },
  langName: { id: 'Indonesia', en: 'English' },

  // The session screen.
  tapToPause: { id: 'Ketuk untuk jeda', en: 'Tap to pause' },
  tapToResume: { id: 'Ketuk untuk lanjut', en: 'Tap to resume' },
  pausedTitle: { id: 'Jeda', en: 'Paused' },
  pausedHidden: {
    id: 'Dijeda karena layar terkunci atau aplikasi ditinggalkan. Lanjut dari tempat yang sama.',
    en: 'Paused because the screen locked or the app went to the background. It goes on from where it was.',
  },
  press: { id: 'TEKAN', en: 'PRESS' },
  pressHint: { id: 'dengan tekanan', en: 'with pressure' },
  glide: { id: 'USAP RINGAN', en: 'GLIDE LIGHTLY' },
  glideHint: { id: 'tanpa tekanan, kembali', en: 'no pressure, going back' },
  hold: { id: 'TAHAN', en: 'HOLD' },
  holdHint: { id: 'tetap menekan', en: 'keep the pressure' },
  release: { id: 'LEPAS', en: 'RELEASE' },
  releaseHint: { id: 'lepaskan perlahan', en: 'let go slowly' },
  settle: { id: 'SIAP', en: 'GET READY' },
  settleHint: { id: 'letakkan tangan di titik awal', en: 'place the hands at the starting point' },
  count: { id: '{n} dari {total}', en: '{n} of {total}' },
  round: { id: 'putaran {n} dari {total}', en: 'round {n} of {total}' },
  stepLeft: { id: 'Sisa langkah ini', en: 'Left in this step' },
  sessionLeft: { id: 'Sisa sesi', en: 'Left in the session' },
  next: { id: 'Berikutnya: {title}', en: 'Next: {title}' },
  stepOf: { id: 'Langkah {n} dari {total}: {title}', en: 'Step {n} of {total}: {title}' },
  repeat: { id: 'Ulangi', en: 'Repeat' },
  repeatLabel: { id: 'Ulangi gerakan ini dari awal', en: 'Repeat this movement from its start' },
  skip: { id: 'Lewati', en: 'Skip' },
  skipLabel: { id: 'Lewati ke gerakan berikutnya', en: 'Skip to the next movement' },
  stop: { id: 'Berhenti', en: 'Stop' },
  wakeMissing: {
    id: 'Browser ini tidak bisa menjaga layar tetap menyala. Sentuh layar sesekali, atau perpanjang waktu kunci layar di pengaturan ponsel.',
    en: 'This browser cannot keep the screen on. Touch the screen now and then, or set a longer screen timeout in the phone’s settings.',
  },
  wakeRefused: {
    id: 'Browser menolak menjaga layar tetap menyala (mungkin mode hemat baterai). Jika layar terkunci, sesi dijeda dan lanjut saat dibuka lagi.',
    en: 'The browser refused to keep the screen on (battery saver?). If the screen locks, the session pauses and goes on when you open it again.',
  },
  noVoice: {
    id: 'Tidak ada suara berbahasa Indonesia di perangkat ini / No Indonesian voice on this device. Panduan memakai nada dan tulisan besar.',
    en: 'No English voice on this device / Tidak ada suara berbahasa Inggris di perangkat ini. The cues use tones and large text.',
  },
  noSpeech: {
    id: 'Perangkat ini tidak bisa mengucapkan teks / This device cannot speak text. Panduan memakai nada dan tulisan besar.',
    en: 'This device cannot speak text / Perangkat ini tidak bisa mengucapkan teks. The cues use tones and large text.',
  },

  // After the session.
  doneTitle: { id: 'Sesi selesai', en: 'Session finished' },
  stoppedTitle: { id: 'Sesi dihentikan', en: 'Session stopped' },
  doneSummary: { id: '{actual} dari {planned} menit. Langkah selesai: {steps}.', en: '{actual} of {planned} minutes. Steps done: {steps}.' },
  noSteps: { id: 'belum ada', en: 'none yet' },
  savingInDiary: { id: 'Menyimpan ke catatan harian…', en: 'Saving to the diary…' },
  savedInDiary: { id: 'Tersimpan di catatan harian.', en: 'Saved in the diary.' },
  tooShort: { id: 'Sesi kurang dari 30 detik, tidak disimpan.', en: 'The session was under 30 seconds and is not kept.' },
  note: { id: 'Catatan (tidak wajib)', en: 'Note (optional)' },
  notePlaceholder: { id: 'mis. ibu lebih rileks, ASI keluar lebih lancar', en: 'e.g. the mother felt relaxed, the milk flowed more easily' },
  saveNote: { id: 'Simpan catatan', en: 'Save the note' },
  noteSaved: { id: 'Catatan tersimpan.', en: 'Note saved.' },
  back: { id: 'Kembali', en: 'Back' },

  // The diary.
  diary: { id: 'Catatan harian 14 hari', en: '14-day diary' },
  diaryHelp: {
    id: 'Satu atau dua sesi sehari (pagi dan sore), selama 14 hari. Tersimpan di perangkat ini saja.',
    en: 'One or two sessions a day (morning and evening), for 14 days. Kept on this device only.',
  },
  today: { id: 'Hari ini', en: 'Today' },
  todayCount: { id: '{n} dari 2 sesi hari ini', en: '{n} of 2 sessions today' },
  noneToday: { id: 'Belum ada sesi hari ini.', en: 'No session yet today.' },
  sessionLine: { id: 'pukul {time}, {minutes} menit', en: 'at {time}, {minutes} min' },
  dayLabel: { id: '{date}: {n} sesi', en: '{date}: {n} sessions' },
  delete: { id: 'Hapus', en: 'Delete' },
  deleteSure: { id: 'Yakin hapus?', en: 'Delete it?' },
  exportBackup: { id: 'Simpan cadangan (JSON)', en: 'Save a backup (JSON)' },
  exportCsv: { id: 'Unduh catatan (CSV)', en: 'Download the diary (CSV)' },
  storageTrouble: {
    id: 'Penyimpanan di perangkat ini tidak bisa dipakai; sesi hanya ada selama halaman terbuka. Simpan cadangan sebagai berkas.',
    en: "This device's storage can't be used; sessions stay only while the page is open. Save a backup file.",
  },
  problems: {
    id: '{n} catatan dari versi lain aplikasi disimpan apa adanya dan tidak ditampilkan.',
    en: '{n} diary records from another version of the app are kept as they are and not shown.',
  },
} as const satisfies Record<string, Text>;

/** Spoken cues. */
export const SAY = {
  start: { id: 'Mulai. {step} {title}, {counts}.', en: 'Starting. {step} {title}, {counts}.' },
  step: { id: 'Langkah {n}, {title}.', en: 'Step {n}, {title}.' },
  times: { id: '{n} kali', en: '{n} times' },
  once: { id: 'satu kali', en: 'once' },
  again: { id: 'Sekali lagi, {word}', en: 'Once more, {word}' },
  next: { id: '{word} Berikutnya: {title}.', en: '{word} Next: {title}.' },
  // As the screen says it (S.glide), so what is heard and what is read are the same words.
  glide: { id: 'Usap ringan.', en: 'Glide lightly.' },
  press: { id: 'Tekan.', en: 'Press.' },
  hold: { id: 'Tahan.', en: 'Hold.' },
  release: { id: 'Lepas perlahan.', en: 'Let go slowly.' },
  end: { id: 'Selesai. Terima kasih.', en: 'Finished. Thank you.' },
  numbers: {
    id: ['satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh'],
    en: ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  },
} as const;

/** `{name}` placeholders filled in. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A bilingual template filled per language with bilingual values. */
export function fillText(template: Text, values: Readonly<Record<string, Text | string | number>>): Text {
  const per = (lang: keyof Text) =>
    fill(template[lang], Object.fromEntries(Object.entries(values).map(([k, v]) => [k, typeof v === 'object' ? v[lang] : v])));
  return { id: per('id'), en: per('en') };
}
