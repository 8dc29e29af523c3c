import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  MIGRATIONS,
  RecordsError,
  openRecords,
  type AttemptRecord,
  type Listed,
  type Migration,
  type RecordProblem,
  type RecordsErrorCode,
  type RecordsStore,
  type StoreName,
} from '../../../src/records';
import { attempt, card, freshName, readRaw, writeRaw } from './fixtures';

const opened: RecordsStore[] = [];
async function open(name: string, migrations?: readonly Migration[]): Promise<RecordsStore> {
  const store = await openRecords(name, migrations === undefined ? {} : { migrations });
  opened.push(store);
  return store;
}

const problem = (store: StoreName, key: string, reason: RecordProblem['reason']): RecordProblem => ({ store, key, reason });

afterEach(() => {
  for (const store of opened.splice(0)) store.close();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Resolves to the code of the RecordsError `promise` rejects with. */
async function codeOf(promise: Promise<unknown>): Promise<RecordsErrorCode> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof RecordsError)) throw new Error(`expected a RecordsError, got ${String(error)}`);
  return error.code;
}

describe('opening the records database', () => {
  test('a fresh database has the four stores, keyed by id, attempts indexed by startedAt', async () => {
    const name = freshName();
    await open(name);
    const db = await openDB(name);
    expect(db.version).toBe(MIGRATIONS.length);
    expect([...db.objectStoreNames].sort()).toEqual(['attempts', 'checklists', 'diary', 'reviews']);
    const tx = db.transaction(['attempts', 'reviews', 'checklists', 'diary']);
    for (const store of ['attempts', 'reviews', 'checklists', 'diary']) expect(tx.objectStore(store).keyPath).toBe('id');
    expect([...tx.objectStore('attempts').indexNames]).toEqual(['startedAt']);
    db.close();
  });

  test('records survive closing and opening again', async () => {
    const name = freshName();
    const first = await open(name);
    await first.putAttempt(attempt());
    await first.putReviews([card()]);
    first.close();
    const again = await open(name);
    expect(again.readOnly).toBe(false);
    expect(await again.listAttempts()).toEqual({ records: [attempt()], problems: [] });
    expect(await again.listReviews()).toEqual({ records: [card()], problems: [] });
  });

  test('attempts are listed newest first; an attempt in progress is kept and replaced when it goes on', async () => {
    const store = await open(freshName());
    const older = attempt({ id: 'a', startedAt: '2026-12-01T08:00:00.000Z' });
    const running = attempt({ id: 'b', startedAt: '2026-12-03T08:00:00.000Z', finishedAt: null, score: null, answers: [] });
    await store.putAttempt(older);
    await store.putAttempt(running);
    expect((await store.listAttempts()).records.map((record) => record.id)).toEqual(['b', 'a']);
    const finished = { ...running, finishedAt: '2026-12-03T08:10:00.000Z', score: 80 };
    await store.putAttempt(finished);
    expect((await store.listAttempts()).records).toEqual([finished, older]);
    await store.deleteAttempt('a');
    await store.deleteAttempt('not-there');
    expect((await store.listAttempts()).records).toEqual([finished]);
  });

  test('an upgrade through a later (test-only) migration keeps the v1 records', async () => {
    const name = freshName();
    const v1 = await open(name);
    await v1.putAttempt(attempt());
    await v1.putReviews([card()]);
    v1.close();

    // v2: a new index, and every attempt read and written back through the upgrade transaction.
    const v2: Migration = async (tx) => {
      tx.objectStore('attempts').createIndex('testKind', 'testKind');
      const store = tx.objectStore('attempts');
      for (const record of (await store.getAll()) as unknown[]) await store.put(record);
    };
    const upgraded = await open(name, [...MIGRATIONS, v2]);
    expect(upgraded.readOnly).toBe(false);
    expect((await upgraded.listAttempts()).records).toEqual([attempt()]);
    expect((await upgraded.listReviews()).records).toEqual([card()]);
    upgraded.close();
    const db = await openDB(name);
    expect(db.version).toBe(2);
    expect([...db.transaction('attempts').store.indexNames].sort()).toEqual(['startedAt', 'testKind']);
    db.close();
  });

  test('a migration that fails leaves the database at its version with its records', async () => {
    const name = freshName();
    const v1 = await open(name);
    await v1.putAttempt(attempt());
    v1.close();
    const broken: Migration = (tx) => {
      tx.db.deleteObjectStore('attempts');
      throw new Error('bug in a migration');
    };
    expect(await codeOf(openRecords(name, { migrations: [...MIGRATIONS, broken] }))).toBe('unavailable');
    const again = await open(name);
    expect((await again.listAttempts()).records).toEqual([attempt()]);
  });

  test('a database from a newer version is opened as it is, read-only: listed, never written', async () => {
    const name = freshName();
    const newer = await open(name, [...MIGRATIONS, () => undefined, () => undefined]);
    await newer.putAttempt(attempt());
    newer.close();
    const newerRecord = { ...attempt({ id: 'from-v2' }), v: 2, extra: 'a field v2 added' };
    await writeRaw(name, 'attempts', [newerRecord]);

    const store = await open(name);
    expect(store.readOnly).toBe(true);
    expect(await store.listAttempts()).toEqual<Listed<AttemptRecord>>({
      records: [attempt()],
      problems: [problem('attempts', 'from-v2', 'newer')],
    });
    expect(await codeOf(store.putAttempt(attempt({ id: 'new' })))).toBe('readOnly');
    expect(await codeOf(store.putReviews([card()]))).toBe('readOnly');
    expect(await codeOf(store.deleteAttempt(attempt().id))).toBe('readOnly');
    expect(await codeOf(store.importBackup(await store.exportBackup()))).toBe('readOnly');
    store.close();
    const db = await openDB(name);
    expect(db.version).toBe(3);
    db.close();
    expect(await readRaw(name, 'attempts')).toEqual([attempt(), newerRecord]);
  });

  test('a newer database without a store this version knows lists it as empty', async () => {
    const name = freshName();
    const dropReviews: Migration = (tx) => tx.db.deleteObjectStore('reviews');
    (await open(name, [...MIGRATIONS, dropReviews])).close();
    const store = await open(name);
    expect(store.readOnly).toBe(true);
    expect(await store.listReviews()).toEqual({ records: [], problems: [] });
    expect(JSON.parse(await store.exportBackup())).toMatchObject({ stores: { reviews: [] } });
  });

  test('when another tab opens a newer version, this one lets go and then reads only', async () => {
    const name = freshName();
    const older = await open(name);
    await older.putAttempt(attempt());
    const newer = await open(name, [...MIGRATIONS, () => undefined]);
    expect(newer.readOnly).toBe(false);
    expect((await older.listAttempts()).records).toEqual([attempt()]);
    expect(older.readOnly).toBe(true);
    expect(await codeOf(older.putAttempt(attempt({ id: 'b' })))).toBe('readOnly');
  });

  test("an older connection that won't close blocks the upgrade: 'blocked'", async () => {
    const name = freshName();
    (await open(name)).close();
    const stubborn = await openDB(name); // no versionchange handler, as an old tab might be
    expect(await codeOf(openRecords(name, { migrations: [...MIGRATIONS, () => undefined] }))).toBe('blocked');
    stubborn.close();
  });

  test("no IndexedDB at all, or one that refuses to open: 'unavailable'", async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await codeOf(openRecords(freshName()))).toBe('unavailable');
    vi.unstubAllGlobals();
    // Private modes used to throw, or fail the request, on open.
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('refused', 'SecurityError');
    });
    expect(await codeOf(openRecords(freshName()))).toBe('unavailable');
  });

  test("a full disk is 'quota', and nothing is written", async () => {
    const store = await open(freshName());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await codeOf(store.putAttempt(attempt()))).toBe('quota');
    expect(await codeOf(store.putReviews([card()]))).toBe('quota');
    vi.restoreAllMocks();
    expect((await store.listAttempts()).records).toEqual([]);
    expect((await store.listReviews()).records).toEqual([]);
  });

  test("a closed store refuses: 'unavailable'", async () => {
    const store = await open(freshName());
    store.close();
    expect(await codeOf(store.listAttempts())).toBe('unavailable');
  });
});

describe('records this version cannot read', () => {
  const damaged = { id: 'broken', type: 'attempt', v: 1, testKind: 'pre', score: 'lots' };
  const newer = { ...attempt({ id: 'later' }), v: 2 };

  async function withBadRecords() {
    const name = freshName();
    const store = await open(name);
    await store.putAttempt(attempt());
    await writeRaw(name, 'attempts', [damaged, newer]);
    await writeRaw(name, 'reviews', [card(), { id: 'bad-card', type: 'review', v: 1, box: 9 }]);
    return { name, store };
  }

  test('are kept, left out of the list and reported', async () => {
    const { store } = await withBadRecords();
    expect(await store.listAttempts()).toEqual({
      records: [attempt()],
      problems: [problem('attempts', 'broken', 'damaged'), problem('attempts', 'later', 'newer')],
    });
    expect(await store.listReviews()).toEqual({
      records: [card()],
      problems: [problem('reviews', 'bad-card', 'damaged')],
    });
  });

  test("are never overwritten or deleted: 'recordKept'", async () => {
    const { name, store } = await withBadRecords();
    expect(await codeOf(store.putAttempt(attempt({ id: 'broken' })))).toBe('recordKept');
    expect(await codeOf(store.putAttempt(attempt({ id: 'later' })))).toBe('recordKept');
    expect(await codeOf(store.deleteAttempt('broken'))).toBe('recordKept');
    expect(await codeOf(store.deleteAttempt('later'))).toBe('recordKept');
    // A batch of cards writes the readable ones and leaves the damaged one as it is.
    await store.putReviews([card({ box: 2 }), card({ id: 'bad-card', box: 3 })]);
    expect(await readRaw(name, 'attempts')).toEqual([attempt(), damaged, newer]);
    expect(await readRaw(name, 'reviews')).toEqual([{ id: 'bad-card', type: 'review', v: 1, box: 9 }, card({ box: 2 })]);
  });

  test("a record that fails its own check is not written: 'invalid'", async () => {
    const name = freshName();
    const store = await open(name);
    expect(await codeOf(store.putAttempt(attempt({ score: 101 })))).toBe('invalid');
    expect(await codeOf(store.putReviews([card(), card({ id: 'x', box: 0 })]))).toBe('invalid');
    expect(await readRaw(name, 'attempts')).toEqual([]);
    expect(await readRaw(name, 'reviews')).toEqual([]);
  });
});
