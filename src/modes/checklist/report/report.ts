import { tableToCsv, type Observation, type Trainee, type WorkshopRecord } from '../../../records';
import type { ChecklistItem } from '../items';
import { latestScore, observationTotal } from '../scoring';
import { wilcoxonSignedRank, type WilcoxonResult } from './wilcoxon';

/** One trainee's line of the report. */
export interface TraineeLine {
  readonly trainee: Trainee;
  readonly pre: number | null;
  readonly post: number | null;
  /** post - pre, when both are there. */
  readonly gain: number | null;
  /** Observations oldest first, each with its total. */
  readonly observations: readonly { readonly observation: Observation; readonly percent: number | null; readonly unscored: number }[];
}

export interface MissedItem {
  readonly item: ChecklistItem;
  /** Trainees whose latest observation scored it 'needs correction' (1). */
  readonly corrected: number;
  /** ... or 'not done' (0). */
  readonly notDone: number;
}

export interface WorkshopReport {
  readonly lines: readonly TraineeLine[];
  /** Trainees with both a pre-test and a post-test. */
  readonly paired: number;
  /** Means over the paired trainees, rounded to one decimal; null with none. */
  readonly meanPre: number | null;
  readonly meanPost: number | null;
  readonly meanGain: number | null;
  readonly improved: number;
  readonly same: number;
  readonly worse: number;
  readonly wilcoxon: WilcoxonResult;
  /** Trainees with at least one observation (the base of `missed`). */
  readonly observed: number;
  /** Items missed in trainees' latest observations, most often first (missed at least once). */
  readonly missed: readonly MissedItem[];
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const mean = (values: readonly number[]) => (values.length === 0 ? null : oneDecimal(values.reduce((a, b) => a + b, 0) / values.length));

const oldestFirst = (observations: readonly Observation[]) => [...observations].sort((a, b) => a.observedAt.localeCompare(b.observedAt));

export function workshopReport(workshop: WorkshopRecord, items: readonly ChecklistItem[]): WorkshopReport {
  const lines = workshop.trainees.map((trainee): TraineeLine => {
    const pre = latestScore(trainee, 'pre')?.score ?? null;
    const post = latestScore(trainee, 'post')?.score ?? null;
    return {
      trainee,
      pre,
      post,
      gain: pre !== null && post !== null ? post - pre : null,
      observations: oldestFirst(trainee.observations).map((observation) => {
        const total = observationTotal(observation, items);
        return { observation, percent: total.percent, unscored: total.unscored };
      }),
    };
  });
  const pairs = lines.flatMap((l) => (l.pre !== null && l.post !== null ? [[l.pre, l.post] as const] : []));
  const latest = lines.flatMap((l) => (l.observations.length > 0 ? [l.observations[l.observations.length - 1]!.observation] : []));
  const missed = items
    .map((item): MissedItem => {
      const scores = latest.map((o) => o.marks.find((m) => m.itemId === item.id)?.score);
      return { item, corrected: scores.filter((s) => s === 1).length, notDone: scores.filter((s) => s === 0).length };
    })
    .filter((m) => m.corrected + m.notDone > 0)
    .sort((a, b) => b.notDone + b.corrected - (a.notDone + a.corrected) || b.notDone - a.notDone);
  return {
    lines,
    paired: pairs.length,
    meanPre: mean(pairs.map(([pre]) => pre)),
    meanPost: mean(pairs.map(([, post]) => post)),
    meanGain: mean(pairs.map(([pre, post]) => post - pre)),
    improved: pairs.filter(([pre, post]) => post > pre).length,
    same: pairs.filter(([pre, post]) => post === pre).length,
    worse: pairs.filter(([pre, post]) => post < pre).length,
    wilcoxon: wilcoxonSignedRank(pairs),
    observed: latest.length,
    missed,
  };
}

export const REPORT_CSV_HEADER = [
  'workshop_date',
  'place',
  'trainer',
  'trainee',
  'pre_test',
  'post_test',
  'gain',
  'observation',
  'observation_kind',
  'observed_at',
  'observation_percent',
  'item_id',
  'item',
  'score',
  'note',
] as const;

/**
 * The report as CSV: a row per trainee, observation and item scored (the item in the report's
 * language), and one row for a trainee with no observation yet, so pre/post scores are never lost.
 */
export function reportToCsv(workshop: WorkshopRecord, items: readonly ChecklistItem[], lang: 'id' | 'en'): string {
  const report = workshopReport(workshop, items);
  const byId = new Map(items.map((item) => [item.id, item]));
  const rows = report.lines.flatMap((line) => {
    const head = [workshop.date, workshop.place, workshop.trainer, line.trainee.name, line.pre, line.post, line.gain];
    if (line.observations.length === 0) return [[...head, null, null, null, null, null, null, null, null]];
    return line.observations.flatMap(({ observation, percent }, index) => {
      const obs = [index + 1, observation.kind, observation.observedAt, percent];
      const marks = items.flatMap((item) => {
        const mark = observation.marks.find((m) => m.itemId === item.id);
        return mark ? [[item.id, byId.get(item.id)!.text[lang], mark.score, mark.note]] : [];
      });
      return marks.length === 0 ? [[...head, ...obs, null, null, null, null]] : marks.map((mark) => [...head, ...obs, ...mark]);
    });
  });
  return tableToCsv(REPORT_CSV_HEADER, rows);
}
