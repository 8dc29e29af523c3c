/**
 * Asks the browser to keep this origin's storage when the device runs short of space
 * (`navigator.storage.persist()`): without it, the records are "best effort" and may be evicted.
 * Chrome decides by itself (an installed app, a bookmarked or often visited site); Firefox asks
 * the user, which is why the request is made once per page load and not before every write.
 */

export type Persistence = 'granted' | 'denied' | 'unsupported';

type PersistentStorage = Pick<StorageManager, 'persist'> & Partial<Pick<StorageManager, 'persisted'>>;

const asked = new WeakMap<PersistentStorage, Promise<Persistence>>();

async function ask(storage: PersistentStorage): Promise<Persistence> {
  try {
    // Already persistent: no need to ask again.
    if (storage.persisted !== undefined && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

/**
 * 'unsupported' where there is no StorageManager or no `persist` (older browsers, insecure
 * pages); the answer is remembered, so calling it again never asks the user twice.
 * @param storage the StorageManager to ask; `navigator.storage` by default (tests pass their own)
 */
export function requestPersistence(
  storage: Partial<PersistentStorage> | undefined = globalThis.navigator?.storage,
): Promise<Persistence> {
  if (storage?.persist === undefined) return Promise.resolve('unsupported');
  const manager = storage as PersistentStorage;
  let answer = asked.get(manager);
  if (answer === undefined) {
    answer = ask(manager);
    asked.set(manager, answer);
  }
  return answer;
}
