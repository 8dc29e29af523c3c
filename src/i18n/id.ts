/** Indonesian strings: the app's first language. `en.ts` must have the same keys. */
export const id = {
  app: {
    title: 'Pijat Oksitosin 3D',
    subtitle: 'Latihan pijat oksitosin untuk pendamping ibu nifas',
  },
  language: {
    label: 'Bahasa',
    id: 'Indonesia',
    en: 'English',
  },
  layers: {
    title: 'Lapisan',
    skin: 'Kulit',
    skinOpaque: 'Utuh',
    skinTranslucent: 'Tembus pandang',
    skinHidden: 'Sembunyi',
    bones: 'Tampilkan tulang',
    boneLabels: 'Nama tulang',
  },
  views: {
    title: 'Sudut pandang',
    back: 'Punggung',
    leftShoulder: 'Bahu kiri',
    rightShoulder: 'Bahu kanan',
    neck: 'Leher',
    leftScapula: 'Belikat kiri',
    rightScapula: 'Belikat kanan',
    reset: 'Atur ulang tampilan',
  },
  viewport: {
    label: 'Model 3D punggung, leher dan bahu ibu',
    help: 'Seret untuk memutar, cubit atau gulir untuk memperbesar. Dengan keyboard: panah memutar, + dan − memperbesar, Shift + panah menggeser, R mengatur ulang.',
    loading: 'Menyiapkan model tubuh…',
  },
  steps: {
    title: 'Langkah-langkah',
    overview: 'Persiapan',
    overviewHint: 'Posisi, minyak, waktu',
    stepNumber: 'Langkah {{number}}',
    actions: 'Gerakan dan titik tekan',
    repetitions: '{{min}}–{{max}} kali',
    guidance: 'Panduan',
  },
  details: {
    hands: 'Tangan',
    phases: 'Fase gerakan',
    seconds: '{{seconds}} detik',
    sources: 'Sumber',
    close: 'Tutup rincian',
    pressHoldRelease: 'Tekan {{press}} dtk, tahan {{hold}} dtk, lepas {{release}} dtk',
    section: 'bagian',
  },
  legend: {
    title: 'Arti garis',
    pressure: 'Dengan tekanan: garis tebal, utuh, merah',
    glide: 'Tanpa tekanan: garis tipis, putus-putus, biru',
    point: 'Titik tekan: lingkaran bernomor',
    arrow: 'Panah: arah gerakan',
  },
  about: {
    open: 'Tentang & sumber',
    title: 'Tentang aplikasi dan sumbernya',
    intro:
      'Aplikasi ini mengajarkan pijat oksitosin sesuai sumber di bawah. Yang tidak disebut sumber (arah pijat belikat, lama tiap gerakan, besar tekanan) adalah panduan aplikasi, bukan fakta dari sumber, dan ditandai begitu.',
    seeds: 'Sumber utama',
    supplementary: 'Sumber tambahan',
    close: 'Tutup',
  },
  problems: {
    noWebglTitle: 'Tampilan 3D tidak dapat dibuka',
    noWebglBody:
      'Peramban atau perangkat ini tidak mendukung WebGL. Coba peramban lain (Chrome atau Firefox versi baru) atau aktifkan akselerasi grafis.',
    contextLostTitle: 'Tampilan 3D terhenti',
    contextLostBody: 'Perangkat menghentikan grafis 3D (mungkin karena memori penuh). Pengaturan Anda tetap tersimpan.',
    contextLostAction: 'Muat ulang tampilan 3D',
    corruptSettings: 'Pengaturan tersimpan rusak dan sudah dikembalikan ke bawaan.',
    unknownStep: 'Langkah "{{step}}" pada tautan tidak dikenal. Menampilkan ringkasan.',
    dismiss: 'Tutup',
  },
} as const;

/** The shape every language must have: same keys, any strings. */
type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Dictionary = Strings<typeof id>;
