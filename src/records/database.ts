/**
 * The one records database on the device (IndexedDB through idb), as a RecordsStore.
 *
 * - Opened at the app's version (the length of MIGRATIONS), running the missing migrations.
 * - A database from a newer version of the app (VersionError) is opened as it is, read-only:
 *   what this version can read is listed, nothing is written.
 * - When another tab opens a newer version, this connection closes at once so that tab's upgrade
 *   is not blocked; the next call here opens again (and finds itself read-only).
 * - Records this version can't read (damaged, or newer) are never listed, overwritten or deleted.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { makeBackup, parseBackup } from './backup';
import { RecordsError, hasErrorName, toRecordsError } from './errors';
import { MIGRATIONS, runMigrations, type Migration } from './migrations';
import {
  STORE_NAMES,
  type AttemptRecord,
  type DiaryRecord,
  type ImportResult,
  type Listed,
  type RecordProblem,
  type RecordsStore,
  type ReviewCard,
  type StoreName,
} from './types';
import { isAttemptRecord, isReviewCard, judgeRecord } from './validate';
import { isWorkshopRecord } from './validate';
import type { WorkshopRecord } from './types';
import { isDiaryRecord } from './validate';

export const RECORDS_DATABASE = 'pijat-oksitosin-records';

export interface OpenRecordsOptions {
  /** The schema steps; tests pass a longer list to try an upgrade. */
  readonly migrations?: readonly Migration[];
}

interface Connection {
  readonly db: IDBPDatabase;
  readonly readOnly: boolean;
}

type WriteTransaction = IDBPTransaction<unknown, string[], 'readwrite'>;

/** Closes with the page's other tabs in mind, and tells the store when the connection is gone. */
function watch(db: IDBPDatabase, onLost: () => void): IDBPDatabase {
  db.addEventListener('versionchange', () => {
    db.close();
    onLost();
  });
  // The browser closed it (storage cleared, a disk error).
  db.addEventListener('close', onLost);
  return db;
}

/** Opens at the version of `migrations`, upgrading an older database with the missing steps. */
function openCurrent(name: string, migrations: readonly Migration[], onLost: () => void): Promise<IDBPDatabase> {
  return new Promise((resolve, reject) => {
    let blocked = false;
    let failedStep: unknown;
    openDB(name, migrations.length, {
      upgrade(_db, oldVersion, _newVersion, tx) {
        const abort = (error: unknown) => {
          failedStep = error;
          tx.done.catch(() => undefined); // the open request reports the failure
          try {
            tx.abort();
          } catch {
            // already ending
          }
        };
        try {
          runMigrations(migrations.slice(oldVersion), tx).catch(abort);
        } catch (error) {
          abort(error);
        }
      },
      // An older connection elsewhere that won't close: the caller says so (close other tabs).
      // The open stays queued; should it go through later, it is closed right away.
      blocked() {
        blocked = true;
        reject(new RecordsError('blocked'));
      },
    }).then(
      (db) => {
        if (blocked) db.close();
        else resolve(watch(db, onLost));
      },
      (error: unknown) => {
        // A failed step is what went wrong, not the AbortError it caused. Other errors go on as
        // they are (the caller looks for VersionError).
        if (failedStep !== undefined) reject(new RecordsError('unavailable', { cause: failedStep }));
        else reject(error instanceof Error ? error : toRecordsError(error));
      },
    );
  });
}

async function openConnection(name: string, migrations: readonly Migration[], onLost: () => void): Promise<Connection> {
  if (typeof indexedDB === 'undefined') throw new RecordsError('unavailable');
  try {
    return { db: await openCurrent(name, migrations, onLost), readOnly: false };
  } catch (error) {
    if (!hasErrorName(error, 'VersionError')) throw toRecordsError(error);
  }
  // Newer than this version: open it as it is (no version asked, so no upgrade), to read only.
  try {
    return { db: watch(await openDB(name), onLost), readOnly: true };
  } catch (error) {
    throw toRecordsError(error);
  }
}

const keyText = (key: IDBValidKey | undefined): string => (typeof key === 'string' ? key : String(JSON.stringify(key)));

function abortQuietly(tx: WriteTransaction): void {
  try {
    tx.abort();
  } catch {
    // already aborted by the failed request
  }
}

class DeviceRecords implements RecordsStore {
  private readonly name: string;
  private readonly migrations: readonly Migration[];
  private connection: Promise<Connection> | null = null;
  private isReadOnly = false;
  private closed = false;

  constructor(name: string, migrations: readonly Migration[]) {
    this.name = name;
    this.migrations = migrations;
  }

  get readOnly(): boolean {
    return this.isReadOnly;
  }

  /** The open connection, opening it (again) when there is none. */
  connect(): Promise<Connection> {
    if (this.closed) return Promise.reject(new RecordsError('unavailable'));
    if (this.connection === null) {
      const opening: Promise<Connection> = openConnection(this.name, this.migrations, () => {
        if (this.connection === opening) this.connection = null;
      }).then(
        (connection) => {
          this.isReadOnly = connection.readOnly;
          return connection;
        },
        (error: unknown) => {
          if (this.connection === opening) this.connection = null; // try again next time
          throw error;
        },
      );
      this.connection = opening;
    }
    return this.connection;
  }

  private async run<T>(work: (connection: Connection) => Promise<T>): Promise<T> {
    const connection = await this.connect();
    try {
      return await work(connection);
    } catch (error) {
      throw toRecordsError(error);
    }
  }

  /** One read-write transaction over `stores`: all of `work` is written, or none of it. */
  private write<T>(stores: readonly StoreName[], work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
    return this.run(async ({ db, readOnly }) => {
      if (readOnly) throw new RecordsError('readOnly');
      const tx = db.transaction([...stores], 'readwrite');
      const [result] = await Promise.all([
        work(tx).catch((error: unknown) => {
          abortQuietly(tx);
          throw error;
        }),
        tx.done,
      ]);
      return result;
    });
  }

  private list<T>(store: StoreName, isRecord: (value: unknown) => value is T): Promise<Listed<T>> {
    return this.run(async ({ db }) => {
      // A newer version may have dropped or renamed a store.
      if (!db.objectStoreNames.contains(store)) return { records: [], problems: [] };
      const tx = db.transaction(store, 'readonly');
      // Keys and values of one read transaction come in the same (key) order. The whole store is
      // read, not the startedAt index, so that a damaged record without a date is reported too.
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll(), tx.done]);
      const records: T[] = [];
      const problems: RecordProblem[] = [];
      values.forEach((value: unknown, index) => {
        const verdict = judgeRecord(store, value);
        if (verdict === 'ok' && isRecord(value)) records.push(value);
        else problems.push({ store, key: keyText(keys[index]), reason: verdict === 'newer' ? 'newer' : 'damaged' });
      });
      return { records, problems };
    });
  }

  async listAttempts(): Promise<Listed<AttemptRecord>> {
    const { records, problems } = await this.list('attempts', isAttemptRecord);
    const newestFirst = [...records].sort(
      (a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || (a.id < b.id ? -1 : 1),
    );
    return { records: newestFirst, problems };
  }

  async putAttempt(attempt: AttemptRecord): Promise<void> {
    if (judgeRecord('attempts', attempt) !== 'ok') throw new RecordsError('invalid');
    await this.write(['attempts'], async (tx) => {
      const store = tx.objectStore('attempts');
      const existing: unknown = await store.get(attempt.id);
      if (existing !== undefined && judgeRecord('attempts', existing) !== 'ok') throw new RecordsError('recordKept');
      await store.put(attempt);
    });
  }

  async deleteAttempt(id: string): Promise<void> {
    await this.write(['attempts'], async (tx) => {
      const store = tx.objectStore('attempts');
      const existing: unknown = await store.get(id);
      if (existing === undefined) return;
      if (judgeRecord('attempts', existing) !== 'ok') throw new RecordsError('recordKept');
      await store.delete(id);
    });
  }

  listReviews(): Promise<Listed<ReviewCard>> {
    return this.list('reviews', isReviewCard);
  }

  async putReviews(cards: readonly ReviewCard[]): Promise<void> {
    if (cards.some((card) => judgeRecord('reviews', card) !== 'ok')) throw new RecordsError('invalid');
    await this.write(['reviews'], async (tx) => {
      const store = tx.objectStore('reviews');
      const existing: unknown[] = await Promise.all(cards.map((card) => store.get(card.id)));
      // A card the device holds but can't read is left as it is; the rest of the answers still
      // count (refusing the batch would stall the Practise queue on one bad card).
      const writable = cards.filter((_, index) => existing[index] === undefined || judgeRecord('reviews', existing[index]) === 'ok');
      await Promise.all(writable.map((card) => store.put(card)));
    });
  }

  async listDiary(): Promise<Listed<DiaryRecord>> {
    const { records, problems } = await this.list('diary', isDiaryRecord);
    const newestFirst = [...records].sort(
      (a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt) || (a.id < b.id ? -1 : 1),
    );
    return { records: newestFirst, problems };
  }

  async putDiary(entry: DiaryRecord): Promise<void> {
    if (judgeRecord('diary', entry) !== 'ok') throw new RecordsError('invalid');
    await this.write(['diary'], async (tx) => {
      const store = tx.objectStore('diary');
      const existing: unknown = await store.get(entry.id);
      if (existing !== undefined && judgeRecord('diary', existing) !== 'ok') throw new RecordsError('recordKept');
      await store.put(entry);
    });
  }

  async deleteDiary(id: string): Promise<void> {
    await this.write(['diary'], async (tx) => {
      const store = tx.objectStore('diary');
      const existing: unknown = await store.get(id);
      if (existing === undefined) return;
      if (judgeRecord('diary', existing) !== 'ok') throw new RecordsError('recordKept');
      await store.delete(id);
    });
  }

  async listWorkshops(): Promise<Listed<WorkshopRecord>> {
    const { records, problems } = await this.list('checklists', isWorkshopRecord);
    const newestFirst = [...records].sort(
      (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? -1 : 1),
    );
    return { records: newestFirst, problems };
  }

  async putWorkshop(workshop: WorkshopRecord): Promise<void> {
    if (judgeRecord('checklists', workshop) !== 'ok') throw new RecordsError('invalid');
    await this.write(['checklists'], async (tx) => {
      const store = tx.objectStore('checklists');
      const existing: unknown = await store.get(workshop.id);
      if (existing !== undefined && judgeRecord('checklists', existing) !== 'ok') throw new RecordsError('recordKept');
      await store.put(workshop);
    });
  }

  async deleteWorkshop(id: string): Promise<void> {
    await this.write(['checklists'], async (tx) => {
      const store = tx.objectStore('checklists');
      const existing: unknown = await store.get(id);
      if (existing === undefined) return;
      if (judgeRecord('checklists', existing) !== 'ok') throw new RecordsError('recordKept');
      await store.delete(id);
    });
  }

  exportBackup(): Promise<string> {
    return this.run(async ({ db }) => {
      const names = STORE_NAMES.filter((name) => db.objectStoreNames.contains(name));
      if (names.length === 0) return makeBackup({}, new Date());
      const tx = db.transaction(names, 'readonly');
      const [all] = await Promise.all([Promise.all(names.map((name) => tx.objectStore(name).getAll())), tx.done]);
      const stores = Object.fromEntries(names.map((name, index): [StoreName, unknown[]] => [name, all[index] ?? []]));
      return makeBackup(stores, new Date());
    });
  }

  async importBackup(text: string): Promise<ImportResult> {
    // The file is read and checked whole before anything is written (BackupError).
    const backup = parseBackup(text);
    return this.write(STORE_NAMES, async (tx) => {
      let alreadyThere = 0;
      const addFresh = async (name: StoreName, records: readonly { readonly id: string }[]): Promise<number> => {
        const store = tx.objectStore(name);
        const present = await Promise.all(records.map((record) => store.getKey(record.id)));
        const fresh = records.filter((_, index) => present[index] === undefined);
        await Promise.all(fresh.map((record) => store.add(record)));
        alreadyThere += records.length - fresh.length;
        return fresh.length;
      };
      let added = 0;
      let keptAsTheyWere = 0;
      for (const name of STORE_NAMES) {
        added += await addFresh(name, backup.stores[name]);
        // Unchecked, as they were on the source device: listed there as problems, and here too.
        keptAsTheyWere += await addFresh(name, backup.kept[name]);
      }
      return { added, keptAsTheyWere, alreadyThere };
    });
  }

  close(): void {
    this.closed = true;
    void this.connection?.then(
      ({ db }) => db.close(),
      () => undefined,
    );
    this.connection = null;
  }
}

/**
 * Opens the records database (the app's own by default; tests pass their own name). Throws
 * RecordsError: 'unavailable' (no IndexedDB, refused, or an upgrade failed: the records are left
 * as they were) or 'blocked' (an older tab of the app holds the database open).
 */
export async function openRecords(name: string = RECORDS_DATABASE, options: OpenRecordsOptions = {}): Promise<RecordsStore> {
  const store = new DeviceRecords(name, options.migrations ?? MIGRATIONS);
  await store.connect();
  return store;
}
