import path from 'node:path';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import type { SkinSurface } from '../../../src/anatomy/paths';
import { normalize, sub } from '../../../src/anatomy/vec';
import { checkLaid } from '../../../src/motion/laid/checkLaid';
import { layTechnique, type LaidTechnique } from '../../../src/motion/laid/layTechnique';
import { SCHEDULE } from '../../../src/motion/techniqueSchedule';
import { litCopies, phaseCopies } from '../../../src/scene/playback/activePhases';
import { decodeLaidRecord, encodeLaidRecord } from '../../../src/scene/skin/laidRecord';
import { decodeKeptLaid, storeLaid } from '../../../src/scene/skin/skinCache';
import { LAID_ENTRY, findKept, skinCacheName, type SkinCacheStorage } from '../../../src/scene/skin/skinCacheNames';
import type { Technique } from '../../../src/technique/types';
import { FakeStorage } from './fakeCacheStorage';
import { loadLaidTechnique } from '../../../src/scene/skin/loadSkin';
import { SKIN_KEY_ENTRIES, sourceClosure } from '../../../scripts/generatorKey';
import { TECHNIQUE } from '../../../src/technique';

const KEY = '0123456789abcdef';

/** The laid technique kept for `key`, read as the app reads it: found (`findKept`), then decoded and checked. */
const readKeptLaid = (storage: SkinCacheStorage, key: string, technique: Technique) => decodeKeptLaid(findKept(storage, key).then((kept) => kept.laid), key, technique);
const ROOT = path.resolve(__dirname, '../../..');

/** A round stand-in skin (a ball round the chest): quick to lay on, every point somewhere. */
const CENTRE = [0, 1.2, 0.02] as const;
const BALL: SkinSurface = {
  project: (p) => {
    const n = normalize(sub(p, CENTRE));
    return { point: [CENTRE[0] + 0.2 * n[0], CENTRE[1] + 0.2 * n[1], CENTRE[2] + 0.2 * n[2]], normal: n };
  },
};
const laid = layTechnique(TECHNIQUE, LANDMARKS, BALL);

describe('the laid technique record', () => {
  test('reads back exactly what was written, -0 and all', () => {
    const up = laid.head.up;
    const withNegativeZero: LaidTechnique = { ...laid, head: { ...laid.head, up: [-0, up[1], up[2]] } };
    for (const value of [laid, withNegativeZero]) expect(decodeLaidRecord(encodeLaidRecord(value, KEY), KEY)).toStrictEqual(value);
    expect(Object.is((decodeLaidRecord(encodeLaidRecord(withNegativeZero, KEY), KEY) as LaidTechnique).head.up[0], -0)).toBe(true);
  });

  test('another key, a truncated record or a changed byte is refused', () => {
    const record = encodeLaidRecord(laid, KEY);
    expect(decodeLaidRecord(record, 'fedcba9876543210')).toBeNull();
    for (const length of [0, 8, 24, record.byteLength - 8]) expect(decodeLaidRecord(record.slice(0, length), KEY), `${length} bytes`).toBeNull();
    for (const offset of [0, 4, 30, record.byteLength >> 1, record.byteLength - 1]) {
      const copy = record.slice(0);
      const bytes = new Uint8Array(copy);
      bytes[offset] = bytes[offset]! ^ 0x40;
      expect(decodeLaidRecord(copy, KEY), `byte ${offset}`).toBeNull();
    }
  });

  test('kept beside the mesh and read back; a damaged or foreign one reads as none', async () => {
    const storage = new FakeStorage();
    const { caches } = storage;
    expect(await readKeptLaid(storage, KEY, TECHNIQUE)).toBeNull();
    expect(await storeLaid(storage, KEY, laid)).toBe(true);
    expect(await readKeptLaid(storage, KEY, TECHNIQUE)).toStrictEqual(laid);
    // Written for another technique (a step fewer), it fails the check: laid again.
    expect(await readKeptLaid(storage, KEY, { ...TECHNIQUE, steps: TECHNIQUE.steps.slice(1) })).toBeNull();
    const entries = caches.get(skinCacheName(KEY))!;
    const bytes = new Uint8Array(entries.get(LAID_ENTRY)!);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 1;
    expect(await readKeptLaid(storage, KEY, TECHNIQUE)).toBeNull();
  });
});

describe('the lit line by index', () => {
  test("each stroke phase's copies by action and phase index: both rows of a mirrored stroke, one of a single", () => {
    const copies = phaseCopies(laid);
    expect(copies).toHaveLength(SCHEDULE.actions.length);
    laid.actions.forEach((action, ordinal) => {
      if (action.kind === 'press') {
        expect(copies[ordinal]).toEqual([]);
        return;
      }
      copies[ordinal]!.forEach((drawn, phaseIndex) => {
        expect(drawn.map((c) => c.index)).toEqual(action.copies.map((c) => c.phases[phaseIndex]));
        for (const c of drawn) expect(laid.phases[c.index]).toMatchObject({ action: ordinal, phaseIndex, mirrored: c.mirrored });
      });
    });
    const mirrored = laid.actions.findIndex((a) => a.copies.length === 2);
    const [written, mirror] = copies[mirrored]![0]!;
    expect(litCopies(copies[mirrored]![0], 'L')).toEqual([mirror!.index]);
    expect(litCopies(copies[mirrored]![0], 'R')).toEqual([written!.index]);
  });
});

describe('laid where the skin is made', () => {
  test('the cache key covers the laying code, the technique data and the record; every entry exists', () => {
    for (const entry of SKIN_KEY_ENTRIES) expect(existsSync(path.join(ROOT, entry)), entry).toBe(true);
    const files = sourceClosure(SKIN_KEY_ENTRIES, ROOT);
    for (const file of ['src/motion/laid/layTechnique.ts', 'src/motion/laid/handTracks.ts', 'src/technique/data/technique.ts', 'src/scene/skin/laidRecord.ts', 'src/anatomy/skin/skinSurface.ts'])
      expect(files).toContain(file);
    expect(files).not.toContain('src/scene/skin/loadSkin.ts');
  });

  test('without workers (node) it is laid on the main thread, once, and checks out', { timeout: 60_000 }, async () => {
    expect(typeof Worker).toBe('undefined');
    const first = await loadLaidTechnique();
    expect(checkLaid(first, TECHNIQUE)).toBe(true);
    expect(await loadLaidTechnique()).toBe(first);
  });
});
