/** Records and databases for the records tests (fake-indexeddb stands in for the browser's). */
import { openDB } from 'idb';
import type { AnswerRecord, AttemptRecord, ReviewCard } from '../../../src/records';
import type { WorkshopRecord } from '../../../src/records';
import type { DiaryRecord } from '../../../src/records';

let databases = 0;
/** A database name no other test uses. */
export const freshName = (): string => `records-test-${++databases}-${Math.random().toString(36).slice(2)}`;

export function answer(overrides: Partial<AnswerRecord> = {}): AnswerRecord {
  return {
    questionId: 'statement-neck-1',
    questionKind: 'statement',
    stepId: 'neck',
    correct: true,
    given: 'true',
    answeredAt: '2026-12-02T09:01:00.000Z',
    ...overrides,
  };
}

export function attempt(overrides: Partial<AttemptRecord> = {}): AttemptRecord {
  return {
    id: 'attempt-1',
    type: 'attempt',
    v: 1,
    testKind: 'pre',
    lang: 'id',
    startedAt: '2026-12-02T09:00:00.000Z',
    finishedAt: '2026-12-02T09:10:00.000Z',
    questionIds: ['statement-neck-1', 'tap-scapula-8'],
    answers: [
      answer(),
      answer({ questionId: 'tap-scapula-8', questionKind: 'tapPoint', stepId: 'scapulae', correct: false, given: '41 mm', distanceMm: 41 }),
    ],
    score: 50,
    ...overrides,
  };
}

export function card(overrides: Partial<ReviewCard> = {}): ReviewCard {
  return {
    id: 'statement-neck-1',
    type: 'review',
    v: 1,
    box: 1,
    lastSeen: '2026-12-02T09:01:00.000Z',
    due: '2026-12-02T09:01:00.000Z',
    ...overrides,
  };
}

export function diarySession(overrides: Partial<DiaryRecord> = {}): DiaryRecord {
  return {
    id: 'diary-1',
    type: 'diary',
    v: 1,
    day: '2026-12-02',
    startedAt: '2026-12-02T06:30:00.000Z',
    plannedSeconds: 900,
    actualSeconds: 905,
    stepsCompleted: ['neck', 'shoulders', 'scapulae', 'back'],
    note: 'pijat 15 menit',
    ...overrides,
  };
}

/** Writes `records` straight into a store, past the app's checks (as a damaged disk or a newer app would). */
export async function writeRaw(name: string, store: string, records: readonly unknown[]): Promise<void> {
  const db = await openDB(name);
  const tx = db.transaction(store, 'readwrite');
  await Promise.all([...records.map((record) => tx.store.put(record)), tx.done]);
  db.close();
}

/** Everything in a store, as it is on the device. */
export async function readRaw(name: string, store: string): Promise<unknown[]> {
  const db = await openDB(name);
  try {
    const values: unknown[] = await db.getAll(store);
    return values;
  } finally {
    db.close();
  }
}

/** A workshop of the observation checklist: one trainee, one observation, a pre-test taken by QR. */
export function workshop(overrides: Partial<WorkshopRecord> = {}): WorkshopRecord {
  return {
    id: 'ws-1',
    type: 'workshop',
    v: 1,
    date: '2026-12-02',
    place: 'Puskesmas Sukamaju',
    trainer: 'Bidan Sari',
    ownItems: [{ id: 'own-1', text: 'Menjaga privasi ibu' }],
    trainees: [
      {
        id: 't-1',
        name: 'Kader Ani',
        observations: [
          { id: 'o-1', kind: 'training', observedAt: '2026-12-02T09:00:00.000Z', marks: [{ itemId: 'prep-oil', score: 2, note: '' }, { itemId: 'own-1', score: 1, note: 'tirai' }] },
        ],
        scores: [{ id: 'K3J9XQ2A', kind: 'pre', score: 60, via: 'qr', answers: '1101011001', takenAt: '2026-12-02T08:00:00.000Z' }],
      },
    ],
    createdAt: '2026-12-02T07:00:00.000Z',
    updatedAt: '2026-12-02T09:00:00.000Z',
    ...overrides,
  };
}
