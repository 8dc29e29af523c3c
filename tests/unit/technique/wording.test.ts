/**
 * Words true to the source (issue 12, "Words and anatomy"): each step's quote is seed 003's text as
 * printed, with "…" where words are left out, and so is every phrase a note puts in quotation
 * marks; the source's own terms are glossed once; seed 001's lying down and massaging without oil
 * are shown as its trainee's own account ("menurut subyek"), not as the procedure; the pressure
 * is given in percent, as the gauge shows it; the hands are put "di titik awal".
 */
import { describe, expect, test } from 'vitest';
import { SETTLE_TEXT } from '../../../src/motion/schedule';
import { SEED_CITATIONS, TECHNIQUE, type Source } from '../../../src/technique';

/**
 * The texts quoted, exactly as `shared/seeds/003_418117107a95bfda.txt` prints them (section
 * "b. Teknik Pijat Oksitosin", one line per paragraph, and the abstract's definition) and
 * `shared/seeds/001_4e9b0feaa53a8a79.txt` ("Hasil dan Pembahasan"). Italics markers are dropped.
 */
const SEED_TEXT = [
  'Lakukan massage dengan tangan kanan dileher dan tangan kiri menopang kepala, gerakan dari atas kebawah ada tekanan dan dari bawah keatas tidak ada tekanan hanya usapan saja, lakukan sebanyak 5-6x lalu titik pressure di tulang belakang telinga.',
  'Lakukan pemijatan kedua bahu dengan kedua tangan dari luar kedalamada tekanan dan dari dalam keluar mengusap, lakukan gerakan 5-6x, setelah itu tekan titik pressure diatas tulang clavikula yang cekungan, lalu bentuk huruf C tekan bersamaan depan dan belakang.',
  'Lakukan pemijatan pada tulang scapula kiri 5-6 setelah itu tekan titikpressure di jam 3,6,8 dan scapula kanan caranya sama dititik pressure 9,6,4.',
  'Pijat dari atas kebawah di sisi kanan dan kiri tulang belakang dengan gerakan memutar & Usap/telusuri',
  'Pijat punggung membentuk hati dengan kedua punggung tangan, gerakan memutar sebanyak 5-6x',
  'Pijat punggung ibu membentuk pola "Love" menggunakan bagian punggung jari bergantian antara kanan dan kiri.',
  'Pijat Oksitosin adalah pemijatan tulang belakang pada costa (tulang rusuk) ke 5-6 sampai ke scapula (tulang belikat)',
  'Melakukan pijat oksitosin menurut subyek adalah memijat dari tulang leher pertama sampai tulang belikat, bisa memakai minyak atau tidak, dengan posisi sambil duduk atau sambil tiduran.',
];

/** Case, spacing and a paragraph's closing full stop do not count. */
const normal = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const SOURCE_TEXT = normal(SEED_TEXT.join(' | '));

/** Every part between the ellipses is in the source, in order. */
function quotedFaithfully(quote: string): boolean {
  let from = 0;
  for (const part of quote.split('…').map((p) => normal(p).replace(/\.$/, ''))) {
    if (!part) continue;
    const at = SOURCE_TEXT.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

const notes = (sources: readonly Source[]): string[] => sources.flatMap((s) => (s.kind === 'interpretation' ? [s.note.id] : []));
const allSources: readonly Source[] = [
  ...TECHNIQUE.setting.items.flatMap((i) => i.sources),
  ...TECHNIQUE.steps.flatMap((s) => [...s.sources, ...s.actions.flatMap((a) => a.sources)]),
];

/** Every Indonesian string of the technique. */
function idTexts(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => idTexts(v, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.id === 'string' && typeof record.en === 'string') out.push(record.id);
    else Object.values(record).forEach((v) => idTexts(v, out));
  }
  return out;
}
const ID_TEXTS = idTexts(TECHNIQUE);

describe('quotes from the source', () => {
  test.each(TECHNIQUE.steps.map((s) => [s.id, s.quote.id] as const))('%s: the step quote is the source as printed, paragraph by paragraph', (_, quote) => {
    // Paragraphs of the source are joined with a full stop where the source has none.
    for (const sentence of quote.split(/(?<=\.) (?=[A-Z])/)) expect(quotedFaithfully(sentence), sentence).toBe(true);
  });

  test('a phrase in quotation marks in a note is the source as printed, with … where words are left out', () => {
    const quoted = notes(allSources).flatMap((n) => [...n.matchAll(/"([^"]{12,})"/g)].map((m) => m[1]!));
    expect(quoted.length).toBeGreaterThan(1);
    for (const q of quoted) expect(quotedFaithfully(q), q).toBe(true);
  });

  test('the scapula note leaves nothing out silently: "kiri" is quoted, the right side after an ellipsis', () => {
    const scapulaNotes = notes(TECHNIQUE.steps.find((s) => s.id === 'scapulae')!.actions.flatMap((a) => a.sources));
    expect(scapulaNotes.some((n) => n.includes('"lakukan pemijatan pada tulang scapula kiri 5-6 … scapula kanan caranya sama"'))).toBe(true);
  });
});

describe("the source's own terms, glossed once", () => {
  test.each(['titik tekan (titik pressure)', 'tulang selangka (klavikula)'])('"%s" appears once', (gloss) => {
    expect(ID_TEXTS.filter((t) => t.includes(gloss)).length).toBe(1);
  });
});

describe("seed 001's trainee's own account", () => {
  test.each(['position', 'oil'])('%s: lying down and no oil are said as the trainee\'s words, and flagged', (id) => {
    const item = TECHNIQUE.setting.items.find((i) => i.id === id)!;
    expect(item.text.id).toMatch(/Menurut subyek/);
    expect(item.text.id).not.toMatch(/Ibu juga boleh berbaring|Boleh juga tanpa minyak/);
    expect(notes(item.sources).some((n) => n.includes('"menurut subyek"'))).toBe(true);
  });

  test('the citation of seed 001 says whose words they are', () => {
    expect(SEED_CITATIONS['001'].contributes.id).toMatch(/^Menurut subyek/);
  });
});

describe('pressure in percent, start point, circular movement', () => {
  test('the guidance note gives the pressure scale in percent, as the gauge does', () => {
    expect(TECHNIQUE.guidanceNote.id).toContain('0-100%');
    expect(TECHNIQUE.guidanceNote.id).not.toContain('0 sampai 1');
    expect(TECHNIQUE.guidanceNote.en).toContain('0-100%');
  });

  test('the hands are put "di titik awal" before each movement', () => {
    expect(SETTLE_TEXT.id).toContain('di titik awal');
  });

  test('circling is said as the source says it: "dengan gerakan memutar"', () => {
    expect(ID_TEXTS.filter((t) => t.includes('dengan gerakan memutar')).length).toBeGreaterThanOrEqual(3);
    expect(ID_TEXTS.filter((t) => /\bmelingkar\b/.test(t))).toEqual([]);
  });
});
