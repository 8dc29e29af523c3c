import type { SkinMesh } from '../../anatomy/skin/generateSkin';
import { checkLaid } from '../../motion/laid/checkLaid';
import type { LaidTechnique } from '../../motion/laid/layTechnique';
import type { Technique } from '../../technique/types';
import { decodeLaidRecord, encodeLaidRecord } from './laidRecord';
import { decodeSkinRecord, encodeSkinRecord } from './skinRecord';

/**
 * Keeps the generated skin mesh on the device between visits, in Cache Storage: one binary
 * record (`skinRecord.ts`) under one cache per key, and beside it the technique laid on the skin
 * (`laidRecord.ts`, its own entry in the same cache, so either can be missing without the other). Cache Storage rather than IndexedDB because it
 * takes the whole thing in four promise calls (open, match, put, delete) with no schema, upgrade
 * or transaction events, and it stores bytes as they are; the service worker's precache lives
 * beside it under its own names (workbox only ever deletes its own).
 *
 * Nothing here throws or logs: storage may be missing (insecure origin, old browser), blocked
 * (privacy settings, SecurityError), full (QuotaExceededError) or hold a damaged record; in every
 * such case reading gives null and writing gives false, and the caller generates as before.
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

/** The mesh kept for `key`, or null (none, unreadable, damaged, another key). */
export async function readCachedSkin(storage: SkinCacheStorage, key: string): Promise<SkinMesh | null> {
  try {
    const cache = await storage.open(skinCacheName(key));
    const response = await cache.match(SKIN_ENTRY);
    if (!response) return null;
    return decodeSkinRecord(await response.arrayBuffer(), key);
  } catch {
    return null;
  }
}

/**
 * Keeps `mesh` for `key`, after deleting the caches of every other key (older builds), so the
 * space never grows and a full store has room. True when it was written.
 */
export async function storeSkin(storage: SkinCacheStorage, key: string, mesh: SkinMesh): Promise<boolean> {
  try {
    const own = skinCacheName(key);
    const names = await storage.keys();
    await Promise.all(names.filter((name) => name.startsWith(SKIN_CACHE_PREFIX) && name !== own).map((name) => storage.delete(name)));
    const cache = await storage.open(own);
    await cache.put(SKIN_ENTRY, new Response(encodeSkinRecord(mesh, key), { headers: { 'content-type': 'application/octet-stream' } }));
    return true;
  } catch {
    return false;
  }
}

/**
 * The laid technique kept for `key`, checked against `technique` (`checkLaid`); null when there
 * is none, or it is unreadable, damaged, of another key or not what the technique needs.
 */
export async function readCachedLaid(storage: SkinCacheStorage, key: string, technique: Technique): Promise<LaidTechnique | null> {
  try {
    const cache = await storage.open(skinCacheName(key));
    const response = await cache.match(LAID_ENTRY);
    if (!response) return null;
    const laid = decodeLaidRecord(await response.arrayBuffer(), key);
    return checkLaid(laid, technique) ? laid : null;
  } catch {
    return null;
  }
}

/** Keeps `laid` for `key`, beside the mesh (`storeSkin` clears other keys). True when it was written. */
export async function storeLaid(storage: SkinCacheStorage, key: string, laid: LaidTechnique): Promise<boolean> {
  try {
    const cache = await storage.open(skinCacheName(key));
    await cache.put(LAID_ENTRY, new Response(encodeLaidRecord(laid, key), { headers: { 'content-type': 'application/octet-stream' } }));
    return true;
  } catch {
    return false;
  }
}
