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
