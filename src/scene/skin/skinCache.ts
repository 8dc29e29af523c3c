import type { SkinMesh } from '../../anatomy/skin/generateSkin';
import { checkLaid } from '../../motion/laid/checkLaid';
import type { LaidTechnique } from '../../motion/laid/layTechnique';
import type { Technique } from '../../technique/types';
import { decodeLaidRecord, encodeLaidRecord } from './laidRecord';
import { LAID_ENTRY, SKIN_CACHE_PREFIX, SKIN_ENTRY, skinCacheName, type SkinCacheStorage } from './skinCacheNames';
import { copySkinRecord, decodeSkinRecord, sealSkinRecord } from './skinRecord';

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

/** The mesh in a kept record's response (`findKept`), or null (none, unreadable, damaged, another key). */
export async function decodeKeptSkin(kept: Promise<Response | undefined | null>, key: string): Promise<SkinMesh | null> {
  try {
    const response = await kept;
    return response ? decodeSkinRecord(await response.arrayBuffer(), key) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps `mesh` for `key`, after deleting the caches of every other key (older builds), so the
 * space never grows and a full store has room. True when it was written. The record is copied
 * before the call returns, so the mesh's arrays may be handed on (transferred) right after; its
 * checksum is summed a turn later, once the caller has gone on (the worker sends the mesh first:
 * the body is drawn 10-20 ms sooner).
 */
export async function storeSkin(storage: SkinCacheStorage, key: string, mesh: SkinMesh): Promise<boolean> {
  try {
    const record = copySkinRecord(mesh, key);
    await Promise.resolve();
    sealSkinRecord(record);
    const own = skinCacheName(key);
    const names = await storage.keys();
    await Promise.all(names.filter((name) => name.startsWith(SKIN_CACHE_PREFIX) && name !== own).map((name) => storage.delete(name)));
    const cache = await storage.open(own);
    await cache.put(SKIN_ENTRY, new Response(record, { headers: { 'content-type': 'application/octet-stream' } }));
    return true;
  } catch {
    return false;
  }
}

/**
 * The laid technique in a kept record's response (`findKept`), checked against `technique`
 * (`checkLaid`); null when there is none, or it is unreadable, damaged, of another key or not what
 * the technique needs.
 */
export async function decodeKeptLaid(kept: Promise<Response | undefined | null>, key: string, technique: Technique): Promise<LaidTechnique | null> {
  try {
    const response = await kept;
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
