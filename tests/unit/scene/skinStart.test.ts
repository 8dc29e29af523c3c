import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { SkinWorkerReply, SkinWorkerRequest } from '../../../src/scene/skin/skinWorkerMessages';
import { FakeStorage } from './fakeCacheStorage';

const KEY = 'fedcba9876543210';

/** A stand-in for the skin worker: what it was asked, whether it was stopped, and a way to answer. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<SkinWorkerReply>) => void) | null = null;
  onerror: (() => void) | null = null;
  asked: SkinWorkerRequest | null = null;
  stopped = false;
  constructor() {
    FakeWorker.made.push(this);
  }
  postMessage(request: SkinWorkerRequest) {
    this.asked = request;
  }
  terminate() {
    this.stopped = true;
  }
  answer(reply: SkinWorkerReply) {
    this.onmessage?.({ data: reply } as MessageEvent<SkinWorkerReply>);
  }
}

let storage: FakeStorage;

/** A fresh copy of the module (it starts once a page), in a built page with this storage. */
async function freshStart() {
  vi.resetModules();
  vi.stubEnv('DEV', false);
  vi.stubGlobal('__SKIN_CACHE_KEY__', KEY);
  vi.stubGlobal('caches', storage);
  vi.stubGlobal('Worker', FakeWorker);
  return (await import('../../../src/scene/skin/skinStart')).startSkin();
}

beforeEach(() => {
  storage = new FakeStorage();
  FakeWorker.made = [];
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('getting the skin as the app starts', () => {
  test('a first visit: the worker is set making the mesh at once, and is not stopped', async () => {
    const start = await freshStart();
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.asked).toEqual({ skin: true, key: KEY });
    await expect(start.kept).resolves.toEqual({ mesh: null, laid: null });
    expect(FakeWorker.made[0]!.stopped).toBe(false);
    // The page's later asks get the same worker's answers.
    expect(start.worker(true)).toBe(start.worker(false));
    expect(FakeWorker.made).toHaveLength(1);
  });

  test('once a page: a second start is the first', async () => {
    const start = await freshStart();
    const { startSkin } = await import('../../../src/scene/skin/skinStart');
    expect(startSkin()).toBe(start);
    expect(FakeWorker.made).toHaveLength(1);
  });

  test('a second visit: the kept mesh is found, the eager worker stopped; one asked later for the laid technique only is a new one', async () => {
    storage.plant(KEY, new Uint8Array([1, 2, 3, 4]).buffer);
    const start = await freshStart();
    const kept = await start.kept;
    expect(new Uint8Array(await kept.mesh!.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3, 4]));
    expect(kept.laid).toBeNull();
    expect(FakeWorker.made[0]!.stopped).toBe(true);
    const answers = start.worker(false);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[1]!.asked).toEqual({ skin: false, key: KEY });
    // Asked for the laid technique only, it has no mesh to give.
    await expect(answers.mesh).resolves.toBeNull();
  });

  test("the worker's answers come as they are posted, the mesh first; a failure answers the rest with null", async () => {
    const start = await freshStart();
    const answers = start.worker(true);
    const mesh = { positions: new Float32Array(3) } as unknown as Extract<SkinWorkerReply, { kind: 'mesh' }>['mesh'];
    FakeWorker.made[0]!.answer({ kind: 'mesh', mesh });
    await expect(answers.mesh).resolves.toBe(mesh);
    FakeWorker.made[0]!.onerror?.();
    await expect(answers.laid).resolves.toBeNull();
  });

  test('blocked storage is a first visit', async () => {
    storage.failOpen = true;
    const start = await freshStart();
    await expect(start.kept).resolves.toEqual({ mesh: null, laid: null });
    expect(FakeWorker.made[0]!.stopped).toBe(false);
  });

  test('no workers (an old browser): every answer is null at once, the page makes it all itself', async () => {
    vi.resetModules();
    vi.stubGlobal('caches', storage);
    vi.stubGlobal('Worker', undefined);
    const { startSkin } = await import('../../../src/scene/skin/skinStart');
    const answers = startSkin().worker(true);
    await expect(answers.mesh).resolves.toBeNull();
    await expect(answers.laid).resolves.toBeNull();
  });
});
