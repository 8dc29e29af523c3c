/**
 * Hand-written checks for records read back from the device or from a backup file: small enough
 * to ship with the mode, no schema library. A record is 'ok' (listed), 'newer' (written by a newer
 * version of the app: kept, not read) or 'damaged' (kept, not read, reported).
 */
import { QUESTION_KINDS, TEST_KINDS, type AnswerRecord, type AttemptRecord, type ReviewCard, type StoreName } from './types';

type Fields = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown): value is string => typeof value === 'string';

const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const oneOf =
  <const T extends readonly string[]>(values: T) =>
  (value: unknown): value is T[number] =>
    typeof value === 'string' && values.includes(value);

const isTestKind = oneOf(TEST_KINDS);
const isQuestionKind = oneOf(QUESTION_KINDS);

/** What `Date.prototype.toISOString()` writes (and ISO with an offset), and a real date. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
export const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && ISO_DATE.test(value) && Number.isFinite(Date.parse(value));

const isArrayOf = <T>(value: unknown, check: (item: unknown) => item is T): value is readonly T[] =>
  Array.isArray(value) && value.every((item) => check(item));

export function isAnswerRecord(value: unknown): value is AnswerRecord {
  return (
    isObject(value) &&
    isId(value.questionId) &&
    isQuestionKind(value.questionKind) &&
    (value.stepId === null || isId(value.stepId)) &&
    typeof value.correct === 'boolean' &&
    isText(value.given) &&
    (value.distanceMm === undefined || (isFiniteNumber(value.distanceMm) && value.distanceMm >= 0)) &&
    isIsoDate(value.answeredAt)
  );
}

export function isAttemptRecord(value: unknown): value is AttemptRecord {
  if (!isObject(value)) return false;
  const { score, finishedAt } = value;
  // A finished attempt has its score, one in progress has none: a half-saved record is damaged.
  const scored = finishedAt === null ? score === null : isFiniteNumber(score) && score >= 0 && score <= 100;
  return (
    isId(value.id) &&
    value.type === 'attempt' &&
    value.v === 1 &&
    isTestKind(value.testKind) &&
    isId(value.lang) &&
    isIsoDate(value.startedAt) &&
    (finishedAt === null || isIsoDate(finishedAt)) &&
    scored &&
    isArrayOf(value.questionIds, isId) &&
    isArrayOf(value.answers, isAnswerRecord)
  );
}

export const LEITNER_BOXES = 5;

export function isReviewCard(value: unknown): value is ReviewCard {
  return (
    isObject(value) &&
    isId(value.id) &&
    value.type === 'review' &&
    value.v === 1 &&
    typeof value.box === 'number' &&
    Number.isInteger(value.box) &&
    value.box >= 1 &&
    value.box <= LEITNER_BOXES &&
    isIsoDate(value.lastSeen) &&
    isIsoDate(value.due)
  );
}

/** What every record in every store has. */
export interface RecordEnvelope {
  readonly id: string;
  readonly type: string;
  readonly v: number;
}

/**
 * Checklists (issue 15) and diary entries (issue 16) have no validators yet: for now any record
 * with this envelope is accepted as it is. Their issues replace this with real checks.
 */
export function isEnvelope(value: unknown): value is RecordEnvelope {
  return isObject(value) && isId(value.id) && isId(value.type) && isFiniteNumber(value.v);
}

interface StoreRule {
  /** The record kind the store holds, or null while any envelope is accepted. */
  readonly type: string | null;
  /** The newest record version this app reads. */
  readonly v: number;
  readonly check: (value: unknown) => boolean;
}

const RULES: Readonly<Record<StoreName, StoreRule>> = {
  attempts: { type: 'attempt', v: 1, check: isAttemptRecord },
  reviews: { type: 'review', v: 1, check: isReviewCard },
  checklists: { type: null, v: Number.POSITIVE_INFINITY, check: isEnvelope },
  diary: { type: null, v: Number.POSITIVE_INFINITY, check: isEnvelope },
};

export type Verdict = 'ok' | 'newer' | 'damaged';

/**
 * How this version sees a record of `store`. 'newer' needs the envelope and the store's kind with
 * a version above the known one: what a newer version wrote is not checked against this one's
 * rules (it may well have fields this version never heard of).
 */
export function judgeRecord(store: StoreName, value: unknown): Verdict {
  const rule = RULES[store];
  if (isEnvelope(value) && (rule.type === null || value.type === rule.type) && value.v > rule.v) {
    return Number.isInteger(value.v) ? 'newer' : 'damaged';
  }
  return rule.check(value) ? 'ok' : 'damaged';
}
