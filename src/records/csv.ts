/**
 * Results as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
 * break in double quotes, quotes doubled), one row per answer, for a spreadsheet or a trainer.
 */
import type { AnswerRecord, AttemptRecord } from './types';

const HEADER = ['attempt_id', 'date', 'kind', 'score', 'question_id', 'step', 'correct', 'given', 'distance_mm'];

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, or a tab or CR first) gets a
 * leading apostrophe: the learner's answer is data, never a formula (OWASP "CSV injection").
 */
export function textCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const numberCell = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

function row(attempt: AttemptRecord, answer: AnswerRecord | null): string {
  return [
    textCell(attempt.id),
    textCell(attempt.startedAt),
    textCell(attempt.testKind),
    numberCell(attempt.score),
    textCell(answer?.questionId ?? ''),
    textCell(answer?.stepId ?? ''),
    answer === null ? '' : String(answer.correct),
    textCell(answer?.given ?? ''),
    numberCell(answer?.distanceMm),
  ].join(',');
}

/** A header row, then a row per answer; an attempt with no answers yet still gets one row. */
export function attemptsToCsv(attempts: readonly AttemptRecord[]): string {
  const rows = attempts.flatMap((attempt) =>
    attempt.answers.length === 0 ? [row(attempt, null)] : attempt.answers.map((answer) => row(attempt, answer)),
  );
  return [HEADER.join(','), ...rows].join('\r\n') + '\r\n';
}
