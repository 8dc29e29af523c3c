import { create } from 'zustand';
import {
  RecordsError,
  newCard,
  newRecordId,
  nextBox,
  openRecords,
  requestPersistence,
  type AnswerRecord,
  type AttemptRecord,
  type RecordProblem,
  type RecordsErrorCode,
  type RecordsStore,
  type ReviewCard,
  type TestKind,
} from '../../records';
import { useAppStore } from '../../state/store';
import { QUESTION_BANK, questionById } from './bank/generate';
import type { Question } from './bank/questions';
import { scoreOutOf100 } from './grading';
import { questionsFor } from './session';

/** What the learner's answer earned, shown at once. */
export interface Feedback {
  readonly answer: AnswerRecord;
  /** Place questions: right, close or wrong. */
  readonly grade?: 'right' | 'close' | 'wrong';
  /** Drawn strokes: the right way, how far off the path (mm). */
  readonly stroke?: { readonly rightWay: boolean; readonly offPathMm: number };
  /** Order questions: how many stood in their place. */
  readonly inPlace?: number;
}

/** What the records said when they were opened or written; the UI says it in both languages. */
export type RecordsTrouble = RecordsErrorCode | null;

interface CheckState {
  screen: 'home' | 'question' | 'result';
  attempt: AttemptRecord | null;
  questions: readonly Question[];
  /** The question on screen; equal to the answers given until it is answered. */
  index: number;
  feedback: Feedback | null;
  records: RecordsStore | null;
  /** Opening or writing the records failed: the attempt lives in memory and can be downloaded. */
  trouble: RecordsTrouble;
  /** Attempts on the device, newest first (and any kept only in memory). */
  attempts: readonly AttemptRecord[];
  /** Records kept on the device that this version can't read: reported, never touched. */
  problems: readonly RecordProblem[];
  cards: readonly ReviewCard[];
  loadRecords(): Promise<void>;
  start(kind: TestKind): void;
  resume(attempt: AttemptRecord): void;
  answer(answer: Omit<AnswerRecord, 'answeredAt' | 'questionKind' | 'stepId' | 'questionId'>, details?: Omit<Feedback, 'answer'>): void;
  next(): void;
  home(): void;
  /** After an import: read the records again. */
  refresh(): Promise<void>;
}

const troubleOf = (error: unknown): RecordsErrorCode => (error instanceof RecordsError ? error.code : 'unavailable');

function upsert(attempts: readonly AttemptRecord[], attempt: AttemptRecord): AttemptRecord[] {
  return [attempt, ...attempts.filter((a) => a.id !== attempt.id)].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

function withCard(cards: readonly ReviewCard[], card: ReviewCard): ReviewCard[] {
  return [...cards.filter((c) => c.id !== card.id), card];
}

export const useCheckStore = create<CheckState>((set, get) => {
  /**
   * Writes the attempt; when it can't, keeps it in memory and says so (nothing is lost). Settles
   * once the write is done or has failed (never rejects).
   */
  const save = (attempt: AttemptRecord): Promise<void> => {
    set((s) => ({ attempts: upsert(s.attempts, attempt) }));
    const { records } = get();
    if (!records) return Promise.resolve();
    return records.putAttempt(attempt).then(
      // Asked once something is kept, when the request makes sense to the learner (Firefox asks them).
      () => void requestPersistence(),
      (error: unknown) => set({ trouble: troubleOf(error) }),
    );
  };
  const saveCard = (card: ReviewCard) => {
    set((s) => ({ cards: withCard(s.cards, card) }));
    get().records?.putReviews([card]).catch((error: unknown) => set({ trouble: troubleOf(error) }));
  };
  return {
    screen: 'home',
    attempt: null,
    questions: [],
    index: 0,
    feedback: null,
    records: null,
    trouble: null,
    attempts: [],
    problems: [],
    cards: [],

    async loadRecords() {
      if (get().records) return get().refresh();
      try {
        const records = await openRecords();
        set({ records, trouble: records.readOnly ? 'readOnly' : null });
        await get().refresh();
      } catch (error) {
        set({ trouble: troubleOf(error) });
      }
    },

    async refresh() {
      const { records } = get();
      if (!records) return;
      try {
        const [attempts, reviews] = await Promise.all([records.listAttempts(), records.listReviews()]);
        // Attempts that could not be written stay listed from memory.
        const unsaved = get().attempts.filter((a) => !attempts.records.some((r) => r.id === a.id));
        set({
          attempts: unsaved.reduce(upsert, [...attempts.records]),
          cards: reviews.records,
          problems: [...attempts.problems, ...reviews.problems],
        });
      } catch (error) {
        set({ trouble: troubleOf(error) });
      }
    },

    start(kind) {
      const now = new Date();
      const questions = questionsFor(kind, QUESTION_BANK, get().cards, now, Math.random);
      const attempt: AttemptRecord = {
        id: newRecordId(),
        type: 'attempt',
        v: 1,
        testKind: kind,
        lang: useAppStore.getState().language,
        startedAt: now.toISOString(),
        finishedAt: null,
        questionIds: questions.map((q) => q.id),
        answers: [],
        score: null,
      };
      set({ screen: 'question', attempt, questions, index: 0, feedback: null });
      void save(attempt);
    },

    resume(attempt) {
      // A question the bank no longer has (an older version's) is skipped.
      const questions = attempt.questionIds.map(questionById).filter((q): q is Question => q !== undefined);
      const answered = new Set(attempt.answers.map((a) => a.questionId));
      const index = questions.findIndex((q) => !answered.has(q.id));
      set({ screen: index < 0 ? 'result' : 'question', attempt, questions, index: Math.max(0, index), feedback: null });
    },

    answer(given, details = {}) {
      const { attempt, questions, index, feedback } = get();
      const question = questions[index];
      if (!attempt || !question || feedback) return;
      const answer: AnswerRecord = {
        questionId: question.id,
        questionKind: question.kind,
        stepId: question.stepId,
        answeredAt: new Date().toISOString(),
        ...given,
      };
      const updated: AttemptRecord = { ...attempt, answers: [...attempt.answers, answer] };
      set({ attempt: updated, feedback: { answer, ...details } });
      void save(updated);
      const card = get().cards.find((c) => c.id === question.id) ?? newCard(question.id, new Date());
      saveCard(nextBox(card, answer.correct, new Date()));
    },

    next() {
      const { attempt, questions, index } = get();
      if (!attempt || attempt.finishedAt !== null) return;
      if (index + 1 < questions.length) {
        set({ index: index + 1, feedback: null });
        return;
      }
      const correct = attempt.answers.filter((a) => a.correct).length;
      const finished: AttemptRecord = { ...attempt, finishedAt: new Date().toISOString(), score: scoreOutOf100(correct, questions.length) };
      set({ attempt: finished });
      // The score shows once it is kept (or could not be): a page closed or reloaded at the score
      // never finds the attempt unfinished.
      void save(finished).then(() => {
        if (get().attempt?.id === finished.id) set({ screen: 'result', feedback: null });
      });
    },

    home() {
      set({ screen: 'home', attempt: null, questions: [], index: 0, feedback: null });
      void get().refresh();
    },
  };
});
