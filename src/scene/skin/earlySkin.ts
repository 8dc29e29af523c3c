import type { KeptRecords } from './skinCacheNames';
import type { SkinWorkerReply } from './skinWorkerMessages';

/**
 * What the page's HTML starts before any of its modules has come (the app's code, about 1.4 MB to
 * parse, would start it only once all of it had run): the look into the cache for the kept
 * records, and, unless an earlier visit said it kept this build's mesh, the skin worker making it
 * (most of a first visit's wait). `vite.config.ts` inlines `startEarlySkin` into the built
 * index.html with its arguments; `skinStart.ts` takes both over.
 */
export interface EarlySkin {
  /** The kept records, as `findKept` finds them (null: there is no Cache Storage to ask). */
  kept: Promise<KeptRecords> | null;
  worker: Worker | null;
  /** What the worker answered before the app took it over, in order. */
  readonly replies: SkinWorkerReply[];
  /** The worker failed (an error event) before the app took it over. */
  failed: boolean;
}

/** Where the inline script leaves what it started (a property of the page's global object). */
export const EARLY_SKIN_GLOBAL = '__oxyEarlySkin';
/**
 * localStorage item saying this key's mesh was kept on the device: then the worker is not started
 * early (it would only be stopped once the cache answers, its code parsed for nothing). A wrong
 * hint costs time, never the body: the app starts the worker when the cache has nothing.
 */
export const SKIN_KEPT_FLAG = 'oxy-skin-kept';

/**
 * The inline script, run as the HTML is parsed. Inlined as its own text, so it must stand alone:
 * no imports, nothing from outside but its arguments, syntax every supported browser parses.
 */
export function startEarlySkin(
  url: string,
  workerName: string,
  key: string,
  cacheName: string,
  entries: readonly [string, string],
  globalName: string,
  keptFlag: string,
): void {
  const early: EarlySkin = { kept: null, worker: null, replies: [], failed: false };
  try {
    const cache = caches.open(cacheName);
    early.kept = cache
      .then((c) => Promise.all([c.match(entries[0]), c.match(entries[1])]))
      .then(([mesh, laid]) => ({ mesh: mesh ?? null, laid: laid ?? null }))
      .catch(() => ({ mesh: null, laid: null }));
  } catch {
    // No Cache Storage here: the app finds nothing kept.
  }
  try {
    if (localStorage.getItem(keptFlag) !== key) {
      const worker = new Worker(url, { type: 'module', name: workerName });
      worker.onmessage = (event) => early.replies.push(event.data);
      worker.onerror = () => {
        early.failed = true;
      };
      early.worker = worker;
    }
  } catch {
    // No workers, or storage blocked: the app starts the worker itself.
  }
  (globalThis as unknown as Record<string, unknown>)[globalName] = early;
}

/** What the HTML started, once (later calls get null), or null where the page has no such script (the dev server). */
export function takeEarlySkin(): EarlySkin | null {
  const holder = globalThis as unknown as Record<string, EarlySkin | undefined>;
  const early = holder[EARLY_SKIN_GLOBAL] ?? null;
  delete holder[EARLY_SKIN_GLOBAL];
  return early;
}

/** Whether an earlier visit said it kept `key`'s mesh (a hint: see SKIN_KEPT_FLAG). */
export function keptBefore(key: string): boolean {
  try {
    return localStorage.getItem(SKIN_KEPT_FLAG) === key;
  } catch {
    return false;
  }
}

/** Notes that `key`'s mesh is now kept on the device. */
export function rememberKept(key: string): void {
  try {
    localStorage.setItem(SKIN_KEPT_FLAG, key);
  } catch {
    // Storage blocked or full: the next visit starts the worker early, as on a first.
  }
}
