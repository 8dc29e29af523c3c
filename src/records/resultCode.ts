/**
 * A test result as the short text of a QR code, so it can go from the trainee's phone to the
 * trainer's without a network (issue 15). Upper-case letters, digits and ':' only, so the code
 * uses QR's compact alphanumeric mode and stays small enough to read off a phone's screen:
 *
 *   POKS:1:PRE:70:1011101101:K3J9XQ2A:7ZQ1
 *   marker:format:kind:score:answers (1 right, 0 wrong, in the order given):short id:check
 *
 * The check is a hash of everything before it, so a code altered or cut short is refused as
 * damaged (the QR's own error correction covers a smudged screen, not a hand-made code). The
 * short id comes from the attempt's id: the same result read twice has the same id.
 */
import type { ScoreKind } from './types';

const RESULT_CODE_MARKER = 'POKS';
const FORMAT = 1;
const KINDS: Readonly<Record<ScoreKind, string>> = { pre: 'PRE', post: 'POST' };
const MAX_ANSWERS = 100;

export interface ResultCode {
  readonly kind: ScoreKind;
  /** 0..100, as the result screen showed it. */
  readonly score: number;
  /** '1' right, '0' wrong, per answer. */
  readonly answers: string;
  /** 8 characters, 0-9 A-Z. */
  readonly id: string;
}

/** Why a code was refused: not this app's, from a newer version of it, or damaged. */
export type ResultCodeError = 'otherApp' | 'newerVersion' | 'damaged';

/** FNV-1a, 32 bits. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

const base36 = (n: number, length: number) => n.toString(36).toUpperCase().padStart(length, '0').slice(-length);

/** 8 characters naming an attempt: two hashes of its id, so ids of any form map evenly. */
export function shortResultId(attemptId: string): string {
  return base36(fnv1a(attemptId) % 36 ** 4, 4) + base36(fnv1a(`${attemptId}:2`) % 36 ** 4, 4);
}

const check = (body: string) => base36(fnv1a(body) % 36 ** 4, 4);

const scoreOf = (answers: string) => Math.round((100 * [...answers].filter((a) => a === '1').length) / answers.length);

/** The QR text of a finished pre-test or post-test. */
export function resultCode(attempt: { readonly id: string; readonly testKind: ScoreKind; readonly answers: readonly { readonly correct: boolean }[] }): string {
  const answers = attempt.answers.map((a) => (a.correct ? '1' : '0')).join('');
  if (answers.length === 0 || answers.length > MAX_ANSWERS) throw new RangeError('resultCode: 1 to 100 answers');
  const body = [RESULT_CODE_MARKER, FORMAT, KINDS[attempt.testKind], scoreOf(answers), answers, shortResultId(attempt.id)].join(':');
  return `${body}:${check(body)}`;
}

/** Reads a code's text, or says why it can't. */
export function parseResultCode(text: string): { ok: true; result: ResultCode } | { ok: false; error: ResultCodeError } {
  const fields = text.trim().split(':');
  if (fields[0] !== RESULT_CODE_MARKER) return { ok: false, error: 'otherApp' };
  const format = Number(fields[1]);
  if (!Number.isInteger(format) || format < 1) return { ok: false, error: 'damaged' };
  if (format > FORMAT) return { ok: false, error: 'newerVersion' };
  if (fields.length !== 7) return { ok: false, error: 'damaged' };
  const [, , kindText, scoreText, answers, id, sum] = fields as [string, string, string, string, string, string, string];
  if (check(fields.slice(0, 6).join(':')) !== sum) return { ok: false, error: 'damaged' };
  const kind = (Object.keys(KINDS) as ScoreKind[]).find((k) => KINDS[k] === kindText);
  const valid =
    kind !== undefined &&
    /^[01]{1,100}$/.test(answers) &&
    /^(0|[1-9]\d?|100)$/.test(scoreText) &&
    Number(scoreText) === scoreOf(answers) &&
    /^[0-9A-Z]{8}$/.test(id);
  if (!valid) return { ok: false, error: 'damaged' };
  return { ok: true, result: { kind, score: Number(scoreText), answers, id } };
}
