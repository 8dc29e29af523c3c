/**
 * Where the skin and the laid technique are kept on the device (`skinCache.ts`), and finding them
 * there, on their own: the page's first code looks before the rest has come (`skinStart.ts`).
 */

/** The part of `Cache` used here. */
export interface SkinCache {
  match(request: string): Promise<Response | undefined>;
  put(request: string, response: Response): Promise<void>;
}

/** The part of `CacheStorage` used here: `window.caches`, or a fake in tests. */
export interface SkinCacheStorage {
  open(name: string): Promise<SkinCache>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<boolean>;
}

/** Caches of this app's generated skin start with this; any other key's cache is deleted. */
export const SKIN_CACHE_PREFIX = 'oxy-skin-';
/** The record's request URL in its cache (path-absolute: the same on every page of the app). */
export const SKIN_ENTRY = '/generated/skin-mesh.bin';
/** The laid technique's record (`laidRecord.ts`), beside the mesh in the same cache. */
export const LAID_ENTRY = '/generated/laid-technique.bin';

export const skinCacheName = (key: string): string => `${SKIN_CACHE_PREFIX}${key}`;

/** `window.caches` where there is one and it may be touched; null otherwise. */
export function browserCacheStorage(): SkinCacheStorage | null {
  try {
    return typeof caches === 'undefined' ? null : caches;
  } catch {
    return null; // reading `caches` itself throws in some sandboxed frames
  }
}

/** What an earlier visit kept, found but not yet read: each null where nothing was. */
export interface KeptRecords {
  readonly mesh: Response | null;
  readonly laid: Response | null;
}

export const NOTHING_KEPT: KeptRecords = { mesh: null, laid: null };

/** The records kept for `key` (nothing where the storage is blocked or broken: made as on a first visit). */
export async function findKept(storage: SkinCacheStorage, key: string): Promise<KeptRecords> {
  try {
    const cache = await storage.open(skinCacheName(key));
    const [mesh, laid] = await Promise.all([cache.match(SKIN_ENTRY), cache.match(LAID_ENTRY)]);
    return { mesh: mesh ?? null, laid: laid ?? null };
  } catch {
    return NOTHING_KEPT;
  }
}
