/**
 * Hand-written checks for records read back from the device or from a backup file: small enough
 * to ship with the mode, no schema library. A record is 'ok' (listed), 'newer' (written by a newer
 * version of the app: kept, not read) or 'damaged' (kept, not read, reported).
 */
import { QUESTION_KINDS, TEST_KINDS, type AnswerRecord, type AttemptRecord, type ReviewCard, type StoreName } from './types';
import { OBSERVATION_KINDS, type ItemMark, type Observation, type OwnItem, type Trainee, type TraineeScore, type WorkshopRecord } from './types';
import { MAX_DIARY_NOTE, type DiaryRecord } from './types';

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

/** A real calendar day, 'YYYY-MM-DD'. */
/** A calendar day, 'YYYY-MM-DD', that exists (month 13 or 31 February is damaged, not an error). */
const isDay = (value: unknown): value is string => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().startsWith(value);
};

/** Whole seconds, 0 to a day (no session runs longer). */
const isSeconds = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 86_400;

export function isDiaryRecord(value: unknown): value is DiaryRecord {
  return (
    isObject(value) &&
    isId(value.id) &&
    value.type === 'diary' &&
    value.v === 1 &&
    isDay(value.day) &&
    isIsoDate(value.startedAt) &&
    isSeconds(value.plannedSeconds) &&
    value.plannedSeconds > 0 &&
    isSeconds(value.actualSeconds) &&
    isArrayOf(value.stepsCompleted, isId) &&
    isText(value.note) &&
    value.note.length <= MAX_DIARY_NOTE
  );
}

const isObservationKind = oneOf(OBSERVATION_KINDS);
const isScoreKind = oneOf(['pre', 'post'] as const);

/** A calendar day 'YYYY-MM-DD' that exists (a workshop's day). */
function isWorkshopDay(value: unknown): value is string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Typed text kept short, so one workshop stays one small record. */
const MAX_TEXT = 2000;
const isShortText = (value: unknown): value is string => isText(value) && value.length <= MAX_TEXT;
const isName = (value: unknown): value is string => isShortText(value) && value.trim().length > 0;

const hasUniqueIds = (items: readonly { readonly id: string }[]): boolean => new Set(items.map((item) => item.id)).size === items.length;

export function isItemMark(value: unknown): value is ItemMark {
  return (
    isObject(value) &&
    isId(value.itemId) &&
    (value.score === 0 || value.score === 1 || value.score === 2) &&
    isShortText(value.note)
  );
}

export function isObservation(value: unknown): value is Observation {
  return (
    isObject(value) &&
    isId(value.id) &&
    isObservationKind(value.kind) &&
    isIsoDate(value.observedAt) &&
    isArrayOf(value.marks, isItemMark) &&
    new Set(value.marks.map((mark) => mark.itemId)).size === value.marks.length
  );
}

export function isTraineeScore(value: unknown): value is TraineeScore {
  return (
    isObject(value) &&
    isId(value.id) &&
    isScoreKind(value.kind) &&
    isFiniteNumber(value.score) &&
    value.score >= 0 &&
    value.score <= 100 &&
    (value.via === 'qr' || value.via === 'typed') &&
    isText(value.answers) &&
    /^[01]{0,100}$/.test(value.answers) &&
    isIsoDate(value.takenAt)
  );
}

export function isTrainee(value: unknown): value is Trainee {
  return (
    isObject(value) &&
    isId(value.id) &&
    isName(value.name) &&
    isArrayOf(value.observations, isObservation) &&
    hasUniqueIds(value.observations) &&
    isArrayOf(value.scores, isTraineeScore) &&
    hasUniqueIds(value.scores)
  );
}

const isOwnItem = (value: unknown): value is OwnItem => isObject(value) && isId(value.id) && isName(value.text);

export function isWorkshopRecord(value: unknown): value is WorkshopRecord {
  return (
    isObject(value) &&
    isId(value.id) &&
    value.type === 'workshop' &&
    value.v === 1 &&
    isWorkshopDay(value.date) &&
    isShortText(value.place) &&
    isShortText(value.trainer) &&
    isArrayOf(value.ownItems, isOwnItem) &&
    hasUniqueIds(value.ownItems) &&
    isArrayOf(value.trainees, isTrainee) &&
    hasUniqueIds(value.trainees) &&
    isIsoDate(value.createdAt) &&
    isIsoDate(value.updatedAt)
  );
}

/** What every record in every store has. */
export interface RecordEnvelope {
  readonly id: string;
  readonly type: string;
  readonly v: number;
}

/**
 * The diary entries (issue 16) have no validator yet: for now any record with this envelope is
 * accepted as it is. Its issue replaces this with real checks.
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
  checklists: { type: 'workshop', v: 1, check: isWorkshopRecord },
  diary: { type: 'diary', v: 1, check: isDiaryRecord },
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
