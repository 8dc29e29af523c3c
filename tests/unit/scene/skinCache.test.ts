import { afterEach, describe, expect, test, vi } from 'vitest';
import { generateSkin, hashSkin, type SkinMesh } from '../../../src/anatomy/skin/generateSkin';
import { decodeKeptSkin, storeSkin } from '../../../src/scene/skin/skinCache';
import { SKIN_CACHE_PREFIX, findKept, skinCacheName, type SkinCacheStorage } from '../../../src/scene/skin/skinCacheNames';
import { decodeSkinRecord, encodeSkinRecord } from '../../../src/scene/skin/skinRecord';
import { FakeStorage } from './fakeCacheStorage';

const KEY = '0123456789abcdef';

/** The mesh kept for `key`, read as the app reads it: found (`findKept`), then decoded. */
const readKeptSkin = (storage: SkinCacheStorage, key: string) => decodeKeptSkin(findKept(storage, key).then((kept) => kept.mesh), key);

/** A small mesh with every field filled (two triangles of skin, one of sarong). */
function tinyMesh(wide = false): SkinMesh {
  const vertices = 5;
  const positions = Float32Array.from({ length: 3 * vertices }, (_, i) => Math.sin(i) * 0.3);
  const normals = Float32Array.from({ length: 3 * vertices }, (_, i) => Math.cos(i));
  const list = [0, 1, 2, 0, 2, 3, 2, 3, 4];
  return {
    positions,
    normals,
    indices: wide ? Uint32Array.from(list) : Uint16Array.from(list),
    regions: Uint8Array.from([0, 0, 1, 1, 2]),
    regionWeights: Uint8Array.from({ length: 3 * vertices }, (_, i) => (i * 37) % 256),
    skinVertexCount: 4,
    skinIndexCount: 6,
  };
}

function expectSameMesh(actual: SkinMesh | null, expected: SkinMesh): void {
  expect(actual).not.toBeNull();
  expect(Array.from(actual!.positions)).toEqual(Array.from(expected.positions));
  expect(Array.from(actual!.normals)).toEqual(Array.from(expected.normals));
  expect(actual!.indices.constructor).toBe(expected.indices.constructor);
  expect(Array.from(actual!.indices)).toEqual(Array.from(expected.indices));
  expect(Array.from(actual!.regions)).toEqual(Array.from(expected.regions));
  expect(Array.from(actual!.regionWeights)).toEqual(Array.from(expected.regionWeights));
  expect(actual!.skinVertexCount).toBe(expected.skinVertexCount);
  expect(actual!.skinIndexCount).toBe(expected.skinIndexCount);
}

/** The record with one byte changed at `offset` (from the end when negative). */
function flipped(record: ArrayBuffer, offset: number): ArrayBuffer {
  const copy = record.slice(0);
  const bytes = new Uint8Array(copy);
  const at = (offset + bytes.length) % bytes.length;
  bytes[at] = bytes[at]! ^ 0x40;
  return copy;
}

describe('the skin record', () => {
  test('reads back exactly what was written, 16- and 32-bit indices', () => {
    for (const wide of [false, true]) {
      const mesh = tinyMesh(wide);
      expectSameMesh(decodeSkinRecord(encodeSkinRecord(mesh, KEY), KEY), mesh);
    }
  });

  test('a generated mesh reads back bit for bit (a coarse one, for speed)', () => {
    const mesh = generateSkin({ spacing: 0.012, clothSpacing: 0.03 });
    expect(mesh.indices.length).toBeGreaterThan(3000);
    const back = decodeSkinRecord(encodeSkinRecord(mesh, KEY), KEY);
    expect(back).not.toBeNull();
    expect(hashSkin(back!)).toBe(hashSkin(mesh));
    expect([back!.skinVertexCount, back!.skinIndexCount]).toEqual([mesh.skinVertexCount, mesh.skinIndexCount]);
  });

  test('a record of another key is refused', () => {
    expect(decodeSkinRecord(encodeSkinRecord(tinyMesh(), KEY), 'fedcba9876543210')).toBeNull();
  });

  test('a truncated, lengthened or empty record is refused', () => {
    const record = encodeSkinRecord(tinyMesh(), KEY);
    for (const length of [0, 3, 39, 40, record.byteLength - 4, record.byteLength - 1]) expect(decodeSkinRecord(record.slice(0, length), KEY), `${length} bytes`).toBeNull();
    const longer = new Uint8Array(record.byteLength + 4);
    longer.set(new Uint8Array(record));
    expect(decodeSkinRecord(longer.buffer, KEY)).toBeNull();
  });

  test('any changed byte (header, key, positions, indices, weights, checksum) is refused', () => {
    const record = encodeSkinRecord(tinyMesh(), KEY);
    for (let offset = 0; offset < record.byteLength; offset++) {
      // The padding after the indices and regions is not read, but the checksum covers it too.
      expect(decodeSkinRecord(flipped(record, offset), KEY), `byte ${offset}`).toBeNull();
    }
  });

  test('an index past the last vertex, or an empty mesh, is refused even with a good checksum', () => {
    const mesh = { ...tinyMesh(), indices: Uint16Array.from([0, 1, 2, 0, 2, 3, 2, 3, 5]) };
    expect(decodeSkinRecord(encodeSkinRecord(mesh, KEY), KEY)).toBeNull();
    const empty = { ...tinyMesh(), positions: new Float32Array(0), normals: new Float32Array(0), indices: new Uint16Array(0), regions: new Uint8Array(0), regionWeights: new Uint8Array(0), skinVertexCount: 0, skinIndexCount: 0 };
    expect(decodeSkinRecord(encodeSkinRecord(empty, KEY), KEY)).toBeNull();
  });
});

describe('the skin cache', () => {
  afterEach(() => vi.restoreAllMocks());

  test('a stored mesh is read back under its key, and nothing under another', async () => {
    const storage = new FakeStorage();
    expect(await readKeptSkin(storage, KEY)).toBeNull();
    expect(await storeSkin(storage, KEY, tinyMesh())).toBe(true);
    expectSameMesh(await readKeptSkin(storage, KEY), tinyMesh());
    expect(await readKeptSkin(storage, 'fedcba9876543210')).toBeNull();
  });

  test('the record is copied at the call: arrays handed on (detached) right after are stored as they were', async () => {
    const storage = new FakeStorage();
    const mesh = tinyMesh();
    const stored = storeSkin(storage, KEY, mesh);
    // As the worker does: send the mesh, its buffers transferred (here: detached the same way).
    for (const array of [mesh.positions, mesh.normals, mesh.indices, mesh.regions, mesh.regionWeights]) structuredClone(array.buffer, { transfer: [array.buffer] });
    expect(mesh.positions.length).toBe(0);
    expect(await stored).toBe(true);
    expectSameMesh(await readKeptSkin(storage, KEY), tinyMesh());
  });

  test('storing deletes the caches of other keys, and only those', async () => {
    const storage = new FakeStorage();
    await storeSkin(storage, 'old-key', tinyMesh());
    storage.caches.set('workbox-precache-v2-http://localhost/', new Map());
    await storeSkin(storage, KEY, tinyMesh());
    expect([...storage.caches.keys()].sort()).toEqual([skinCacheName(KEY), 'workbox-precache-v2-http://localhost/']);
    expect(skinCacheName(KEY).startsWith(SKIN_CACHE_PREFIX)).toBe(true);
  });

  test('a damaged, truncated or mismatched entry reads as nothing, and storing replaces it', async () => {
    const good = encodeSkinRecord(tinyMesh(), KEY);
    const bad = [flipped(good, 200), good.slice(0, good.byteLength / 2), encodeSkinRecord(tinyMesh(), 'other-key'), new TextEncoder().encode('<html>').buffer];
    for (const bytes of bad) {
      const storage = new FakeStorage();
      storage.plant(KEY, bytes);
      expect(await readKeptSkin(storage, KEY)).toBeNull();
      await storeSkin(storage, KEY, tinyMesh());
      expectSameMesh(await readKeptSkin(storage, KEY), tinyMesh());
    }
  });

  test('blocked or full storage: reading gives null, storing false, nothing thrown or logged', async () => {
    const error = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const blocked = new FakeStorage();
    blocked.failOpen = true;
    expect(await readKeptSkin(blocked, KEY)).toBeNull();
    expect(await storeSkin(blocked, KEY, tinyMesh())).toBe(false);
    const full = new FakeStorage();
    full.failPut = true;
    expect(await storeSkin(full, KEY, tinyMesh())).toBe(false);
    expect(await readKeptSkin(full, KEY)).toBeNull();
    const broken: SkinCacheStorage = {
      open: () => Promise.resolve({ match: () => Promise.reject(new Error('io')), put: () => Promise.reject(new Error('io')) }),
      keys: () => Promise.reject(new Error('io')),
      delete: () => Promise.reject(new Error('io')),
    };
    expect(await readKeptSkin(broken, KEY)).toBeNull();
    expect(await storeSkin(broken, KEY, tinyMesh())).toBe(false);
    expect(error).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });
});
