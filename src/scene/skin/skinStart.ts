import type { SkinMesh } from '../../anatomy/skin/generateSkin';
import type { LaidTechnique } from '../../motion/laid/layTechnique';
import { NOTHING_KEPT, browserCacheStorage, findKept, type KeptRecords } from './skinCacheNames';
import type { SkinWorkerReply, SkinWorkerRequest } from './skinWorkerMessages';

/** The dev server never reads or keeps the mesh: its key is fixed at start, the sources are not. */
const CACHE_KEY: string | null = import.meta.env.DEV ? null : __SKIN_CACHE_KEY__;
/** A cache that has not answered by then (a slow disk) is not waited for any longer, ms. */
const CACHE_LOOK_TIMEOUT_MS = 3000;

/** What the skin worker answers: each null where it could not (no workers, the worker failed, laying failed). */
export interface SkinWorkerAnswers {
  readonly mesh: Promise<SkinMesh | null>;
  readonly laid: Promise<LaidTechnique | null>;
}

export interface SkinStart {
  /** The build's skin key (null: nothing is read or kept). */
  readonly key: string | null;
  readonly kept: Promise<KeptRecords>;
  /**
   * The skin worker's answers, the worker started on the first call, to make the mesh and lay the
   * technique (`skin`), or only to lay it (the mesh was kept); later calls get the same answers.
   */
  worker(skin: boolean): SkinWorkerAnswers;
}

let started: SkinStart | null = null;

/**
 * Starts getting the skin, once a page, first thing (main, before the scene's code has come):
 * it looks for what an earlier visit kept, and meanwhile starts the worker making the
 * mesh (most of a first visit's wait), which it stops if the mesh was kept. `loadSkin.ts` reads
 * what was kept and asks the worker for the rest. This module stays small (no three.js, no
 * decoding) for being in the first code that runs.
 */
export function startSkin(): SkinStart {
  if (started) return started;
  const kept = lookForKept(CACHE_KEY);
  const eager = startWorker(true, CACHE_KEY);
  let answers: SkinWorkerAnswers | null = eager.answers;
  void kept.then((k) => {
    if (!k.mesh) return;
    eager.stop(); // kept: the page reads it; the worker, if asked again, starts afresh for what is missing
    answers = null;
  });
  const worker = (skin: boolean) => (answers ??= startWorker(skin, CACHE_KEY).answers);
  started = { key: CACHE_KEY, kept, worker };
  return started;
}

function lookForKept(key: string | null): Promise<KeptRecords> {
  const storage = key === null ? null : browserCacheStorage();
  if (!storage || key === null) return Promise.resolve(NOTHING_KEPT);
  const late = new Promise<KeptRecords>((resolve) => setTimeout(() => resolve(NOTHING_KEPT), CACHE_LOOK_TIMEOUT_MS));
  return Promise.race([findKept(storage, key), late]);
}

/** A started worker: its answers, and how to stop it (its answers then never come). */
interface StartedWorker {
  readonly answers: SkinWorkerAnswers;
  stop(): void;
}

function startWorker(skin: boolean, key: string | null): StartedWorker {
  let answerMesh: (made: SkinMesh | null) => void = () => undefined;
  let answerLaid: (made: LaidTechnique | null) => void = () => undefined;
  const answers: SkinWorkerAnswers = {
    mesh: new Promise((resolve) => (answerMesh = resolve)),
    laid: new Promise((resolve) => (answerLaid = resolve)),
  };
  // Whatever has not been answered when the worker fails (or there is none) never will be: the page makes it.
  const fail = () => {
    answerMesh(null);
    answerLaid(null);
  };
  if (!skin) answerMesh(null);
  const none: StartedWorker = { answers, stop: () => undefined };
  if (typeof Worker === 'undefined') {
    fail();
    return none;
  }
  try {
    const worker = new Worker(new URL('./skin.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SkinWorkerReply>) => {
      const reply = event.data;
      if (reply.kind === 'mesh') answerMesh(reply.mesh);
      else if (reply.kind === 'laid') answerLaid(reply.laid);
      else fail();
    };
    worker.onerror = fail;
    worker.postMessage({ key, skin } satisfies SkinWorkerRequest);
    return { answers, stop: () => worker.terminate() };
  } catch {
    fail(); // a browser that refuses module workers
    return none;
  }
}
