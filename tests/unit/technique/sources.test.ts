import { describe, expect, test } from 'vitest';
import { SEED_CITATIONS, SEED_IDS, SUPPLEMENTARY_CITATIONS, TECHNIQUE, strokesOf, type Source } from '../../../src/technique';

/** Every item that must say where it comes from, with a name for failure messages. */
const ITEMS: { name: string; sources: readonly Source[] }[] = [
  ...TECHNIQUE.steps.flatMap((step) => [
    { name: `step ${step.id}`, sources: step.sources },
    ...step.actions.map((action) => ({ name: `${step.id}/${action.id}`, sources: action.sources })),
  ]),
  ...TECHNIQUE.setting.items.map((item) => ({ name: `setting/${item.id}`, sources: item.sources })),
  { name: 'setting/schedule', sources: TECHNIQUE.setting.schedule.sources },
];

const kinds = (sources: readonly Source[]) => sources.map((source) => source.kind);

describe('sources', () => {
  test.each(ITEMS.map((item) => [item.name, item.sources] as const))('%s has a source or an interpretation flag', (_, sources) => {
    expect(sources.length).toBeGreaterThan(0);
  });

  test('every seed cited has a citation with its file', () => {
    const cited = ITEMS.flatMap((item) => item.sources).flatMap((source) => (source.kind === 'seed' ? [source] : []));
    for (const source of cited) {
      expect(SEED_CITATIONS[source.seed].file.startsWith(`${source.seed}_`)).toBe(true);
      expect(source.section.trim()).not.toBe('');
    }
    expect(new Set(cited.map((source) => source.seed))).toEqual(new Set(SEED_IDS));
  });

  test('the four steps come from seed 003, section b', () => {
    for (const step of TECHNIQUE.steps) {
      expect(step.sources).toContainEqual(expect.objectContaining({ kind: 'seed', seed: '003', section: expect.stringMatching(/^b\. Teknik Pijat Oksitosin, [1-4]\) /) }));
    }
  });

  test('every stroke and point flags what the app chose where the source is silent', () => {
    for (const step of TECHNIQUE.steps) {
      for (const action of step.actions) expect(kinds(action.sources), action.id).toContain('interpretation');
    }
  });

  test('the scapula massage is flagged: the source gives no direction or pressure phase', () => {
    const scapulae = TECHNIQUE.steps.find((step) => step.id === 'scapulae')!;
    for (const stroke of strokesOf(scapulae)) {
      const note = stroke.sources.find((source) => source.kind === 'interpretation');
      expect(note?.kind === 'interpretation' && note.note.en).toMatch(/no direction/);
    }
  });

  test('the fists and thumb circles on the back are supplementary (WHO), beyond seed 003', () => {
    const circles = TECHNIQUE.steps.flatMap((step) => step.actions).find((action) => action.id === 'back-circles')!;
    expect(circles.sources).toContainEqual(expect.objectContaining({ kind: 'supplementary', ref: 'S26' }));
    expect(SUPPLEMENTARY_CITATIONS.S26.authors).toEqual(['World Health Organization']);
  });

  test('the guidance note says times, sizes and pressures are not source facts', () => {
    expect(TECHNIQUE.guidanceNote.en).toMatch(/not figures from the sources/);
  });

  test('the main procedure citation is Pitriani & Megasari 2024', () => {
    expect(SEED_CITATIONS['003']).toMatchObject({ authors: ['Risa Pitriani', 'Miratu Megasari'], year: 2024, journal: 'Jurnal CEEJ' });
  });
});

describe('setting', () => {
  const { setting } = TECHNIQUE;

  test('covers position, pillow, oil, duration, frequency, region and who gives it', () => {
    expect(setting.items.map((item) => item.id)).toEqual(['position', 'pillow', 'oil', 'duration', 'frequency', 'region', 'giver', 'demonstration', 'safety']);
  });

  test('lists the five plant oils of seed 003', () => {
    expect(setting.oils.map((oil) => oil.id)).toEqual(['virgin-coconut', 'olive', 'almond', 'cocoa-butter', 'herbal']);
  });

  test('about 15 minutes, once or twice a day, up to 14 days (seeds 002, 004)', () => {
    expect(setting.schedule).toMatchObject({ minutesPerSession: 15, sessionsPerDay: { min: 1, max: 2 }, maxDays: 14 });
    expect(setting.schedule.sources.map((source) => (source.kind === 'seed' ? source.seed : source.kind))).toEqual(['002', '004']);
  });
});
