/**
 * The records database's schema as an ordered list of migrations: migration i takes the database
 * from version i to version i + 1, so the database's version is the length of the list. A device
 * at any older version runs the missing steps in order, in the one upgrade transaction (all or
 * nothing: a step that fails aborts the upgrade and leaves the records as they were).
 *
 * Never edit or reorder a shipped step: devices out there are at its version. Add a step.
 */
import type { IDBPTransaction } from 'idb';

/** The upgrade ('versionchange') transaction; `tx.db` creates and deletes stores and indexes. */
export type UpgradeTransaction = IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>;

/**
 * One step. It may touch only what the transaction gives it; an async step must wait on
 * IndexedDB requests only (awaiting anything else lets the transaction commit under it).
 */
export type Migration = (tx: UpgradeTransaction) => void | Promise<void>;

/** v1: the four stores, keyed by each record's `id`; attempts indexed by when they started. */
const createStores: Migration = (tx) => {
  const attempts = tx.db.createObjectStore('attempts', { keyPath: 'id' });
  attempts.createIndex('startedAt', 'startedAt');
  tx.db.createObjectStore('reviews', { keyPath: 'id' });
  tx.db.createObjectStore('checklists', { keyPath: 'id' });
  tx.db.createObjectStore('diary', { keyPath: 'id' });
};

export const MIGRATIONS: readonly Migration[] = [createStores];

/**
 * Runs `steps` in order on `tx`. Synchronous steps run at once, inside the upgrade event (where
 * the transaction is surely active); an async step's successors run when it settles.
 */
export function runMigrations(steps: readonly Migration[], tx: UpgradeTransaction): Promise<void> {
  for (const [index, step] of steps.entries()) {
    const pending = step(tx);
    if (pending instanceof Promise) return pending.then(() => runMigrations(steps.slice(index + 1), tx));
  }
  return Promise.resolve();
}
