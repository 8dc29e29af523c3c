import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { EARLY_SKIN_GLOBAL, SKIN_KEPT_FLAG, startEarlySkin, type EarlySkin } from '../../../src/scene/skin/earlySkin';
import { LAID_ENTRY, SKIN_ENTRY, skinCacheName } from '../../../src/scene/skin/skinCacheNames';
import {
  LAY_REQUEST,
  requestFromName,
  skinWorkerName,
  type SkinWorkerReply,
  type SkinWorkerRequest,
} from '../../../src/scene/skin/skinWorkerMessages';
import { FakeStorage } from './fakeCacheStorage';

const KEY = 'fedcba9876543210';

/** A stand-in for the skin worker: what it was asked (by its name), what the page sent it, whether it was stopped, and a way to answer. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onmessage: ((event: MessageEvent<SkinWorkerReply>) => void) | null = null;
  onerror: (() => void) | null = null;
  readonly asked: SkinWorkerRequest | null;
  readonly sent: unknown[] = [];
  stopped = false;
  constructor(_url: URL | string, options?: WorkerOptions) {
    this.asked = requestFromName(options?.name ?? '');
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.stopped = true;
  }
  answer(reply: SkinWorkerReply) {
    this.onmessage?.({ data: reply } as MessageEvent<SkinWorkerReply>);
  }
}

/** localStorage in memory. */
class FakeLocalStorage {
  readonly items = new Map<string, string>();
  getItem(name: string): string | null {
    return this.items.get(name) ?? null;
  }
  setItem(name: string, value: string): void {
    this.items.set(name, value);
  }
}

let storage: FakeStorage;
let local: FakeLocalStorage;

/** A fresh copy of the module (it starts once a page), in a built page with this storage. */
async function freshStart() {
  vi.resetModules();
  vi.stubEnv('DEV', false);
  vi.stubGlobal('__SKIN_CACHE_KEY__', KEY);
  vi.stubGlobal('caches', storage);
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('localStorage', local);
  return (await import('../../../src/scene/skin/skinStart')).startSkin();
}

beforeEach(() => {
  storage = new FakeStorage();
  local = new FakeLocalStorage();
  FakeWorker.made = [];
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  delete (globalThis as Record<string, unknown>)[EARLY_SKIN_GLOBAL];
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
    answers.laid();
    expect(FakeWorker.made[1]!.sent).toEqual([LAY_REQUEST]);
  });

  test("the worker's answers come as they are posted, the mesh first; a failure answers the rest with null", async () => {
    const start = await freshStart();
    const answers = start.worker(true);
    const mesh = { positions: new Float32Array(3) } as unknown as Extract<SkinWorkerReply, { kind: 'mesh' }>['mesh'];
    FakeWorker.made[0]!.answer({ kind: 'mesh', mesh });
    await expect(answers.mesh).resolves.toBe(mesh);
    FakeWorker.made[0]!.onerror?.();
    await expect(answers.laid()).resolves.toBeNull();
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
    await expect(answers.laid()).resolves.toBeNull();
  });
});

describe('the laying waits for the page', () => {
  test('a worker making the mesh is sent the go-ahead to lay the technique only when the page first asks for it', async () => {
    const start = await freshStart();
    const answers = start.worker(true);
    expect(FakeWorker.made[0]!.sent).toEqual([]);
    const laid = answers.laid();
    expect(answers.laid()).toBe(laid);
    expect(FakeWorker.made[0]!.sent).toEqual([LAY_REQUEST]);
  });
});

describe('a visit after one that kept the mesh (the hint in localStorage)', () => {
  test('no worker is started until the cache has answered; when it has the mesh, none at all', async () => {
    local.setItem(SKIN_KEPT_FLAG, KEY);
    storage.plant(KEY, new Uint8Array([9]).buffer);
    const start = await freshStart();
    expect(FakeWorker.made).toHaveLength(0);
    expect((await start.kept).mesh).not.toBeNull();
    expect(FakeWorker.made).toHaveLength(0);
  });

  test('a wrong hint (the cache was emptied) costs a worker started later, never the body', async () => {
    local.setItem(SKIN_KEPT_FLAG, KEY);
    const start = await freshStart();
    expect((await start.kept).mesh).toBeNull();
    start.worker(true);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.asked).toEqual({ skin: true, key: KEY });
  });

  test('a hint for another build is no hint: the worker starts at once', async () => {
    local.setItem(SKIN_KEPT_FLAG, '0000000000000000');
    await freshStart();
    expect(FakeWorker.made).toHaveLength(1);
  });

  test('the hint is left once the worker says it kept the mesh, not before', async () => {
    const start = await freshStart();
    start.worker(true);
    expect(local.getItem(SKIN_KEPT_FLAG)).toBeNull();
    FakeWorker.made[0]!.answer({ kind: 'kept' });
    expect(local.getItem(SKIN_KEPT_FLAG)).toBe(KEY);
  });
});

describe('what the HTML started before the modules (earlySkin)', () => {
  /** Runs the inline script as the built page does: its own text, called with the build's arguments. */
  function runInlineScript(): void {
    const args = [
      '/assets/skin.worker-x.js',
      skinWorkerName({ skin: true, key: KEY }),
      KEY,
      skinCacheName(KEY),
      [SKIN_ENTRY, LAID_ENTRY],
      EARLY_SKIN_GLOBAL,
      SKIN_KEPT_FLAG,
    ];
    // Its text alone, outside this module: anything it took from its module would be missing here.
    const standalone = new Function(`return (${startEarlySkin.toString()})`)() as (...a: unknown[]) => void;
    standalone(...args);
  }

  function stubPage() {
    vi.stubGlobal('caches', storage);
    vi.stubGlobal('Worker', FakeWorker);
    vi.stubGlobal('localStorage', local);
  }

  test('on a first visit it starts the worker, named with its request, and looks into the cache', async () => {
    stubPage();
    runInlineScript();
    const early = (globalThis as Record<string, unknown>)[EARLY_SKIN_GLOBAL] as EarlySkin;
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.asked).toEqual({ skin: true, key: KEY });
    expect(early.worker).toBe(FakeWorker.made[0]);
    await expect(early.kept).resolves.toEqual({ mesh: null, laid: null });
  });

  test('where a visit kept the mesh it only looks into the cache', async () => {
    stubPage();
    local.setItem(SKIN_KEPT_FLAG, KEY);
    runInlineScript();
    const early = (globalThis as Record<string, unknown>)[EARLY_SKIN_GLOBAL] as EarlySkin;
    expect(FakeWorker.made).toHaveLength(0);
    expect(early.worker).toBeNull();
  });

  test('without Cache Storage or workers it leaves what it could, and throws nothing', () => {
    vi.stubGlobal('caches', undefined);
    vi.stubGlobal('Worker', undefined);
    vi.stubGlobal('localStorage', local);
    expect(runInlineScript).not.toThrow();
    expect((globalThis as Record<string, unknown>)[EARLY_SKIN_GLOBAL]).toEqual({ kept: null, worker: null, replies: [], failed: false });
  });

  test('the app takes the early worker over, with what it answered before: no second worker', async () => {
    stubPage();
    runInlineScript();
    const worker = FakeWorker.made[0]!;
    const mesh = { positions: new Float32Array(3) } as unknown as Extract<SkinWorkerReply, { kind: 'mesh' }>['mesh'];
    worker.answer({ kind: 'mesh', mesh }); // before the app listens: buffered by the inline script
    worker.answer({ kind: 'kept' });
    const start = await freshStart();
    expect(FakeWorker.made).toHaveLength(1);
    await expect(start.worker(true).mesh).resolves.toBe(mesh);
    expect(local.getItem(SKIN_KEPT_FLAG)).toBe(KEY);
    expect(worker.stopped).toBe(false);
    expect((globalThis as Record<string, unknown>)[EARLY_SKIN_GLOBAL]).toBeUndefined();
  });

  test("the app uses the early look's records, not a look of its own", async () => {
    stubPage();
    local.setItem(SKIN_KEPT_FLAG, KEY);
    storage.plant(KEY, new Uint8Array([7]).buffer);
    runInlineScript();
    storage.caches.delete(skinCacheName(KEY)); // a look made now would find nothing
    const start = await freshStart();
    const kept = await start.kept;
    expect(new Uint8Array(await kept.mesh!.arrayBuffer())).toEqual(new Uint8Array([7]));
    expect(FakeWorker.made).toHaveLength(0);
  });

  test('an early worker that failed before the app listened answers null, and the page makes the mesh itself', async () => {
    stubPage();
    runInlineScript();
    FakeWorker.made[0]!.onerror?.();
    const start = await freshStart();
    await expect(start.worker(true).mesh).resolves.toBeNull();
  });
});

describe("the worker's request, carried by its name", () => {
  test('round trip, and any other name carries none', () => {
    for (const request of [{ skin: true, key: KEY }, { skin: false, key: null }]) expect(requestFromName(skinWorkerName(request))).toEqual(request);
    for (const name of ['', 'skin', 'oxy-skin {', 'oxy-skin {"skin":"yes","key":null}', 'oxy-skin {"skin":true,"key":3}']) expect(requestFromName(name)).toBeNull();
  });
});
