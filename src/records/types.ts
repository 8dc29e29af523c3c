/**
 * The records the app keeps on the device beyond preferences, as this version writes them. Each
 * record carries its kind (`type`) and its own version (`v`), so a record written by a newer
 * version is recognised as such and kept, not misread or overwritten.
 */

/** The object stores of the one records database. */
export const STORE_NAMES = ['attempts', 'reviews', 'checklists', 'diary'] as const;
export type StoreName = (typeof STORE_NAMES)[number];

export type TestKind = 'pre' | 'post' | 'practice';
export const TEST_KINDS = ['pre', 'post', 'practice'] as const satisfies readonly TestKind[];

export type QuestionKind = 'statement' | 'tapPoint' | 'drawStroke' | 'pressOrGlide' | 'handPart' | 'order';
export const QUESTION_KINDS = [
  'statement',
  'tapPoint',
  'drawStroke',
  'pressOrGlide',
  'handPart',
  'order',
] as const satisfies readonly QuestionKind[];

export interface AnswerRecord {
  /** Stable id of the question in the bank. */
  readonly questionId: string;
  readonly questionKind: QuestionKind;
  /** The step it tests ('neck' | 'shoulders' | 'scapulae' | 'back'), or null. */
  readonly stepId: string | null;
  readonly correct: boolean;
  /** The learner's answer as short text ('true', '23 mm', 'neck,back,...'). */
  readonly given: string;
  /** Place questions: the distance along the skin to the true place. */
  readonly distanceMm?: number;
  /** ISO date. */
  readonly answeredAt: string;
}

export interface AttemptRecord {
  /** `newRecordId()`. */
  readonly id: string;
  readonly type: 'attempt';
  readonly v: 1;
  readonly testKind: TestKind;
  readonly lang: string;
  /** ISO date. */
  readonly startedAt: string;
  /** ISO date; null while the attempt is in progress (to be resumed). */
  readonly finishedAt: string | null;
  /** The order the learner got the questions in. */
  readonly questionIds: readonly string[];
  readonly answers: readonly AnswerRecord[];
  /** 0..100 once finished, null before (the validator holds the two together). */
  readonly score: number | null;
}

/** A Leitner box for the Practise queue (`leitner.ts`), one per question. */
export interface ReviewCard {
  /** The questionId. */
  readonly id: string;
  readonly type: 'review';
  readonly v: 1;
  /** 1..5 */
  readonly box: number;
  /** ISO date. */
  readonly lastSeen: string;
  /** ISO date. */
  readonly due: string;
}

/**
 * One practice session of the coach (`?mode=coach`), kept for the 14-day diary. Lengths are in
 * whole seconds; `day` is the giver's own calendar day (YYYY-MM-DD, local time), so a session
 * after midnight UTC still counts on the day it was done.
 */
export interface DiaryRecord {
  /** `newRecordId()`. */
  readonly id: string;
  readonly type: 'diary';
  readonly v: 1;
  /** The local calendar day the session started, 'YYYY-MM-DD'. */
  readonly day: string;
  /** ISO date: when "Start" was pressed. */
  readonly startedAt: string;
  /** The length chosen, seconds (5 to 20 minutes). */
  readonly plannedSeconds: number;
  /** How long the massage ran, pauses left out, seconds. */
  readonly actualSeconds: number;
  /** The steps done to their end, in the order done ('neck', 'shoulders', ...). */
  readonly stepsCompleted: readonly string[];
  /** The giver's note; '' when none (at most `MAX_DIARY_NOTE` characters). */
  readonly note: string;
}

/** The longest diary note kept. */
export const MAX_DIARY_NOTE = 500;

/** A record kept on the device that this version does not list: it is left exactly as it is. */
export interface RecordProblem {
  readonly store: StoreName;
  readonly key: string;
  /** 'damaged': fails its check; 'newer': written by a newer version of the app. */
  readonly reason: 'damaged' | 'newer';
}

export interface Listed<T> {
  readonly records: readonly T[];
  readonly problems: readonly RecordProblem[];
}

export interface ImportResult {
  /** Readable (or newer) records added to the device. */
  readonly added: number;
  /**
   * Records the exporting app could not read (the file's `kept`), added as they were: not in
   * `added`; the device reports them among the problems, as the source device did.
   */
  readonly keptAsTheyWere: number;
  /** Records (readable or kept) whose id was already on the device: left as they were. */
  readonly alreadyThere: number;
}

export interface RecordsStore {
  /** True when the device holds records written by a newer version of the app: nothing is written then. */
  readonly readOnly: boolean;
  /** Newest first (by `startedAt`). */
  listAttempts(): Promise<Listed<AttemptRecord>>;
  /** Adds or replaces an attempt; throws RecordsError('quota' | 'readOnly' | 'recordKept' | 'invalid' | 'unavailable'). */
  putAttempt(attempt: AttemptRecord): Promise<void>;
  /** Deletes an attempt; one this version can't read is kept (RecordsError('recordKept')). */
  deleteAttempt(id: string): Promise<void>;
  listReviews(): Promise<Listed<ReviewCard>>;
  /** Writes the cards in one transaction; a card the device holds but can't read is left as it is. */
  putReviews(cards: readonly ReviewCard[]): Promise<void>;
  /** Newest first (by `startedAt`). */
  listDiary(): Promise<Listed<DiaryRecord>>;
  /** Adds or replaces a diary session (a note added later); throws as `putAttempt`. */
  putDiary(entry: DiaryRecord): Promise<void>;
  /** Deletes a diary session; one this version can't read is kept (RecordsError('recordKept')). */
  deleteDiary(id: string): Promise<void>;
  /** Workshops of the observation checklist, newest first (by `date`, then `createdAt`). */
  listWorkshops(): Promise<Listed<WorkshopRecord>>;
  /** Adds or replaces a workshop, all of it in one write; throws RecordsError as putAttempt does. */
  putWorkshop(workshop: WorkshopRecord): Promise<void>;
  /** Deletes a workshop; one this version can't read is kept (RecordsError('recordKept')). */
  deleteWorkshop(id: string): Promise<void>;
  /** JSON text of every store (`backup.ts`): newer records as they are, damaged ones in `kept`. */
  exportBackup(): Promise<string>;
  /**
   * Adds the file's records whose id is not on the device, kept ones as they were, in one
   * transaction; never overwrites; throws BackupError.
   */
  importBackup(text: string): Promise<ImportResult>;
  close(): void;
}

/**
 * The trainer's observation checklists (issue 15): one record per workshop, holding its trainees,
 * their observations and their test scores, so that every change is one atomic write. Eight
 * trainees observed four times over some 50 items stay well under 100 kB.
 */
export type ItemScore = 0 | 1 | 2;

/** One item of a checklist as the trainer scored it: 2 done right, 1 needs correction, 0 not done. */
export interface ItemMark {
  /** The item's id: generated from the technique (`prep-oil`, `neck-stroke-hands`) or `own-<n>`. */
  readonly itemId: string;
  readonly score: ItemScore;
  /** The trainer's note, '' when none. */
  readonly note: string;
}

export type ObservationKind = 'training' | 'followUp';
export const OBSERVATION_KINDS = ['training', 'followUp'] as const satisfies readonly ObservationKind[];

export interface Observation {
  readonly id: string;
  /** The training day, or a follow-up (home) visit. */
  readonly kind: ObservationKind;
  /** ISO date. */
  readonly observedAt: string;
  /** The items scored so far; an item not listed is not scored yet. */
  readonly marks: readonly ItemMark[];
}

export type ScoreKind = 'pre' | 'post';

/** A pre-test or post-test score, read from the trainee's QR code or typed by the trainer. */
export interface TraineeScore {
  /** The result's short id from its QR code (so a code taken twice counts once), or a new id when typed. */
  readonly id: string;
  readonly kind: ScoreKind;
  /** 0..100 */
  readonly score: number;
  readonly via: 'qr' | 'typed';
  /** QR codes only: each answer right ('1') or wrong ('0'), in the order given. */
  readonly answers: string;
  /** ISO date it was taken in. */
  readonly takenAt: string;
}

export interface Trainee {
  readonly id: string;
  /** A name or a code, only what the trainer types; kept on this device only. */
  readonly name: string;
  readonly observations: readonly Observation[];
  readonly scores: readonly TraineeScore[];
}

/** An item of the trainer's own, added to this workshop's checklist. */
export interface OwnItem {
  readonly id: string;
  readonly text: string;
}

export interface WorkshopRecord {
  readonly id: string;
  readonly type: 'workshop';
  readonly v: 1;
  /** The workshop's day, 'YYYY-MM-DD'. */
  readonly date: string;
  readonly place: string;
  readonly trainer: string;
  readonly ownItems: readonly OwnItem[];
  readonly trainees: readonly Trainee[];
  /** ISO date. */
  readonly createdAt: string;
  /** ISO date. */
  readonly updatedAt: string;
}
