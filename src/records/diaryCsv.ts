/**
 * The practice diary as CSV (the rules of `csv.ts`), one row per session, for a spreadsheet or
 * the midwife who follows the 14 days.
 */
import { textCell } from './csv';
import type { DiaryRecord } from './types';

const HEADER = ['session_id', 'day', 'started_at', 'planned_min', 'actual_min', 'steps_completed', 'note'];

/** Minutes with one decimal ('15', '7.5'). */
const minutes = (seconds: number): string => String(Math.round(seconds / 6) / 10);

/** A header row, then a row per session in the order given. */
export function diaryToCsv(entries: readonly DiaryRecord[]): string {
  const rows = entries.map((entry) =>
    [
      textCell(entry.id),
      textCell(entry.day),
      textCell(entry.startedAt),
      minutes(entry.plannedSeconds),
      minutes(entry.actualSeconds),
      textCell(entry.stepsCompleted.join(' ')),
      textCell(entry.note),
    ].join(','),
  );
  return [HEADER.join(','), ...rows].join('\r\n') + '\r\n';
}
