import { describe, expect, test } from 'vitest';
import type { Observation, Trainee, WorkshopRecord } from '../../../../src/records';
import { CHECKLIST, buildChecklist, itemsOf } from '../../../../src/modes/checklist/items';
import { latestScore, observationTotal, withMark } from '../../../../src/modes/checklist/scoring';
import { REPORT_CSV_HEADER, reportToCsv, workshopReport } from '../../../../src/modes/checklist/report/report';
import { TECHNIQUE } from '../../../../src/technique';

const ids = CHECKLIST.map((item) => item.id);

describe('the checklist made from the technique', () => {
  test('ids are unique; the preparation first, the order last', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(CHECKLIST[0]!.section).toBe('setting');
    expect(CHECKLIST.at(-1)!.id).toBe('order-steps');
    expect(ids).toEqual(expect.arrayContaining(['prep-position', 'prep-pillow', 'prep-oil', 'prep-hands', 'prep-consent', 'prep-comfort']));
  });

  test('every stroke has its hands, start, direction and count; a return when it presses then glides', () => {
    for (const step of TECHNIQUE.steps) {
      for (const action of step.actions) {
        if (action.kind !== 'stroke') continue;
        for (const suffix of ['hands', 'start', 'direction', 'count']) expect(ids).toContain(`${action.id}-${suffix}`);
        const kinds = new Set(action.phases.map((p) => p.kind));
        expect(ids.includes(`${action.id}-return`)).toBe(kinds.has('pressure') && kinds.has('glide'));
        expect(CHECKLIST.find((i) => i.id === `${action.id}-count`)!.text.id).toContain(`${action.repetitions.min}-${action.repetitions.max} kali`);
      }
    }
  });

  test('hands are named once per item, without a second colon; the shoulder-blade points by the hand on each side', () => {
    const hands = CHECKLIST.filter((i) => i.id.endsWith('-hands') && i.section !== 'setting');
    expect(hands.length).toBeGreaterThan(5);
    for (const item of hands) {
      expect(item.text.id.split(':')).toHaveLength(2);
      expect(item.text.en.split(':')).toHaveLength(2);
    }
    const neck = CHECKLIST.find((i) => i.id === 'neck-stroke-hands')!;
    expect(neck.text.id).toMatch(/^Pijat leher: tangan kanan dengan ibu jari .*; tangan kiri menopang$/);
    const points = CHECKLIST.find((i) => i.id === 'scapulae-points-hands')!;
    expect(points.text.id).toBe('Titik-titik tulang belikat: ibu jari tangan kiri pada tulang belikat kiri, ibu jari tangan kanan pada tulang belikat kanan');
    expect(points.text.en).toBe('The shoulder-blade points: the thumb of the left hand on the left shoulder blade, of the right hand on the right');
  });

  test('every pressure point has its place item, and Show plays its movement', () => {
    const points = TECHNIQUE.steps.flatMap((s) => s.actions.filter((a) => a.kind === 'press'));
    expect(points.length).toBeGreaterThan(6);
    for (const point of points) {
      const item = CHECKLIST.find((i) => i.id === `${point.id}-place`);
      expect(item?.show).toEqual({ kind: 'action', actionId: point.id });
      expect(item?.text.id).toContain(point.label.id);
    }
    // The six shoulder-blade points share one hands item.
    expect(ids.filter((id) => id.endsWith('-hands') && id.startsWith('scapula-'))).toEqual(['scapula-l-circles-hands', 'scapula-r-circles-hands']);
    expect(ids).toContain('scapulae-points-hands');
  });

  test('a step moved in the data moves in the order item', () => {
    const swapped = { ...TECHNIQUE, steps: [TECHNIQUE.steps[1]!, TECHNIQUE.steps[0]!, ...TECHNIQUE.steps.slice(2)] };
    expect(buildChecklist(swapped).at(-1)!.text.en).toMatch(/^The steps done in order: shoulders, neck/);
  });

  test("the trainer's own items come last", () => {
    const items = itemsOf([{ id: 'own-1', text: 'Menjaga privasi ibu' }]);
    expect(items.at(-1)).toEqual({ id: 'own-1', section: 'own', text: { id: 'Menjaga privasi ibu', en: 'Menjaga privasi ibu' }, show: null });
  });
});

const observation = (marks: Observation['marks'] = []): Observation => ({ id: 'o', kind: 'training', observedAt: '2026-12-02T09:00:00.000Z', marks });

describe('scoring an observation', () => {
  const items = itemsOf([]);
  test('total: points over what the scored items could earn, unscored counted apart', () => {
    const o = observation([{ itemId: 'prep-oil', score: 2, note: '' }, { itemId: 'prep-pillow', score: 1, note: '' }, { itemId: 'order-steps', score: 0, note: '' }]);
    expect(observationTotal(o, items)).toEqual({ points: 3, possible: 6, scored: 3, unscored: items.length - 3, percent: 50 });
    expect(observationTotal(observation(), items).percent).toBeNull();
  });

  test('a mark for an item no longer there (a removed own item) does not count', () => {
    expect(observationTotal(observation([{ itemId: 'own-gone', score: 0, note: '' }, { itemId: 'prep-oil', score: 2, note: '' }]), items).percent).toBe(100);
  });

  test('marking again replaces, null clears, the note stays', () => {
    let o = withMark(observation(), 'prep-oil', 1, 'terlalu banyak');
    o = withMark(o, 'prep-oil', 2);
    expect(o.marks).toEqual([{ itemId: 'prep-oil', score: 2, note: 'terlalu banyak' }]);
    expect(withMark(o, 'prep-oil', null).marks).toEqual([]);
  });
});

function trainee(name: string, pre: number | null, post: number | null, marks: Observation['marks'] = []): Trainee {
  const score = (kind: 'pre' | 'post', value: number, at: string) => ({ id: `${name}-${kind}-${at}`, kind, score: value, via: 'typed' as const, answers: '', takenAt: at });
  return {
    id: name,
    name,
    observations: marks.length ? [observation(marks)] : [],
    scores: [...(pre === null ? [] : [score('pre', pre, '2026-12-02T08:00:00.000Z')]), ...(post === null ? [] : [score('post', post, '2026-12-02T15:00:00.000Z')])],
  };
}

const workshop = (trainees: Trainee[]): WorkshopRecord => ({
  id: 'w', type: 'workshop', v: 1, date: '2026-12-02', place: 'Posyandu Melati, RW 03', trainer: 'Bidan Sari', ownItems: [], trainees,
  createdAt: '2026-12-02T07:00:00.000Z', updatedAt: '2026-12-02T07:00:00.000Z',
});

describe('the workshop report', () => {
  test('eight trainees: means over the pairs, gain, improved, Wilcoxon with its p; the latest retake counts', () => {
    const eight = [
      trainee('A', 40, 80), trainee('B', 50, 70), trainee('C', 60, 90), trainee('D', 30, 60),
      trainee('E', 50, 50), trainee('F', 70, 60), trainee('G', 40, 90), trainee('H', 20, null),
    ];
    const retook = { ...eight[0]!, scores: [...eight[0]!.scores, { id: 'A-post-2', kind: 'post' as const, score: 100, via: 'qr' as const, answers: '1111111111', takenAt: '2026-12-02T16:00:00.000Z' }] };
    expect(latestScore(retook, 'post')?.score).toBe(100);
    const report = workshopReport(workshop([retook, ...eight.slice(1)]), itemsOf([]));
    // Pairs: (40,100) (50,70) (60,90) (30,60) (50,50) (70,60) (40,90); H has no post-test.
    expect(report).toMatchObject({ paired: 7, improved: 5, same: 1, worse: 1 });
    expect(report.meanPre).toBe(48.6); // 340 / 7
    expect(report.meanPost).toBe(74.3); // 520 / 7
    expect(report.meanGain).toBe(25.7);
    // Differences 60, 20, 30, 30, -10, 50 (the zero dropped): n = 6, W- = 1 (the -10 ranks 1st).
    expect(report.wilcoxon).toMatchObject({ n: 6, statistic: 1, method: 'exact' });
    expect(report.wilcoxon.p).toBeCloseTo(0.0625, 10);
  });

  test('items most often missed, from each latest observation', () => {
    const report = workshopReport(
      workshop([
        trainee('A', null, null, [{ itemId: 'prep-oil', score: 0, note: '' }, { itemId: 'neck-stroke-count', score: 1, note: '' }]),
        trainee('B', null, null, [{ itemId: 'prep-oil', score: 1, note: '' }, { itemId: 'neck-stroke-count', score: 2, note: '' }]),
        trainee('C', null, null),
      ]),
      itemsOf([]),
    );
    expect(report.observed).toBe(2);
    expect(report.missed.map((m) => [m.item.id, m.notDone, m.corrected])).toEqual([['prep-oil', 1, 1], ['neck-stroke-count', 0, 1]]);
    expect(report.wilcoxon.p).toBeNull();
  });

  test('the CSV: its columns, a row per item scored, a trainee without observations kept, text never a formula', () => {
    const csv = reportToCsv(
      workshop([trainee('=Ani', 40, 80, [{ itemId: 'prep-oil', score: 2, note: 'pakai "VCO", sedikit' }]), trainee('Budi', 50, null)]),
      itemsOf([]),
      'id',
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(REPORT_CSV_HEADER.join(','));
    expect(lines[0]).toBe('workshop_date,place,trainer,trainee,pre_test,post_test,gain,observation,observation_kind,observed_at,observation_percent,item_id,item,score,note');
    expect(lines[1]).toBe(`2026-12-02,"Posyandu Melati, RW 03",Bidan Sari,'=Ani,40,80,40,1,training,2026-12-02T09:00:00.000Z,100,prep-oil,Punggung ibu terbuka; minyak dioleskan di tangan bila dipakai,2,"pakai ""VCO"", sedikit"`);
    expect(lines[2]).toBe('2026-12-02,"Posyandu Melati, RW 03",Bidan Sari,Budi,50,,,,,,,,,,');
    expect(lines.at(-1)).toBe('');
  });
});
