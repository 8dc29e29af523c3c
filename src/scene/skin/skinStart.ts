import type { SkinMesh } from '../../anatomy/skin/generateSkin';
import type { LaidTechnique } from '../../motion/laid/layTechnique';
import { keptBefore, rememberKept, takeEarlySkin, type EarlySkin } from './earlySkin';
import { NOTHING_KEPT, browserCacheStorage, findKept, type KeptRecords } from './skinCacheNames';
import { LAY_REQUEST, skinWorkerName, type SkinWorkerReply } from './skinWorkerMessages';

/** The dev server never reads or keeps the mesh: its key is fixed at start, the sources are not. */
const CACHE_KEY: string | null = import.meta.env.DEV ? null : __SKIN_CACHE_KEY__;
/** A cache that has not answered by then (a slow disk) is not waited for any longer, ms. */
const CACHE_LOOK_TIMEOUT_MS = 3000;

/** What the skin worker answers: each null where it could not (no workers, the worker failed, laying failed). */
export interface SkinWorkerAnswers {
  readonly mesh: Promise<SkinMesh | null>;
  /**
   * The laid technique. A worker making the mesh lays it only once this is first called (the page
   * asks once the body is drawn), so the laying does not take a core from the body's first frames.
   */
  laid(): Promise<LaidTechnique | null>;
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
 * it looks for what an earlier visit kept, and meanwhile has the worker making the mesh (most of a
 * first visit's wait): the one the HTML started (`earlySkin.ts`), or one started here. It
 * stops that worker if the mesh was kept after all. Where an earlier visit said it kept this
 * build's mesh, no worker is started until the cache has answered. `loadSkin.ts` reads what was
 * kept and asks the worker for the rest. This module stays small (no three.js, no decoding) for
 * being in the first code that runs.
 */
export function startSkin(): SkinStart {
  if (started) return started;
  const early = takeEarlySkin();
  const kept = lookForKept(CACHE_KEY, early);
  const eager = early?.worker
    ? listen(early.worker, true, CACHE_KEY, early)
    : CACHE_KEY !== null && keptBefore(CACHE_KEY)
      ? null
      : startWorker(true, CACHE_KEY);
  let answers: SkinWorkerAnswers | null = eager?.answers ?? null;
  void kept.then((k) => {
    if (!k.mesh || !eager) return;
    eager.stop(); // kept: the page reads it; the worker, if asked again, starts afresh for what is missing
    answers = null;
  });
  const worker = (skin: boolean) => (answers ??= startWorker(skin, CACHE_KEY).answers);
  started = { key: CACHE_KEY, kept, worker };
  return started;
}

/** What was kept: as the HTML's look found it, or looked for here. */
function lookForKept(key: string | null, early: EarlySkin | null): Promise<KeptRecords> {
  const storage = key === null ? null : browserCacheStorage();
  if (!storage || key === null) return Promise.resolve(NOTHING_KEPT);
  const found = early?.kept ?? findKept(storage, key);
  const late = new Promise<KeptRecords>((resolve) => setTimeout(() => resolve(NOTHING_KEPT), CACHE_LOOK_TIMEOUT_MS));
  return Promise.race([found, late]);
}

/** A started worker: its answers, and how to stop it (its answers then never come). */
interface StartedWorker {
  readonly answers: SkinWorkerAnswers;
  stop(): void;
}

function startWorker(skin: boolean, key: string | null): StartedWorker {
  if (typeof Worker === 'undefined') return listen(null, skin, key);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./skin.worker.ts', import.meta.url), { type: 'module', name: skinWorkerName({ skin, key }) });
  } catch {
    return listen(null, skin, key); // a browser that refuses module workers
  }
  return listen(worker, skin, key);
}

/**
 * The answers of a worker asked for the mesh (`skin`) or only the laid technique, with what it
 * answered before it was listened to (an early worker's); all null where there is no worker.
 */
function listen(worker: Worker | null, skin: boolean, key: string | null, early?: EarlySkin): StartedWorker {
  let answerMesh: (made: SkinMesh | null) => void = () => undefined;
  let answerLaid: (made: LaidTechnique | null) => void = () => undefined;
  const laid = new Promise<LaidTechnique | null>((resolve) => (answerLaid = resolve));
  let layAsked = false;
  const answers: SkinWorkerAnswers = {
    mesh: new Promise((resolve) => (answerMesh = resolve)),
    laid: () => {
      if (!layAsked && worker) worker.postMessage(LAY_REQUEST);
      layAsked = true;
      return laid;
    },
  };
  // Whatever has not been answered when the worker fails (or there is none) never will be: the page makes it.
  const fail = () => {
    answerMesh(null);
    answerLaid(null);
  };
  if (!skin) answerMesh(null);
  if (!worker) {
    fail();
    return { answers, stop: () => undefined };
  }
  const hear = (reply: SkinWorkerReply) => {
    if (reply.kind === 'mesh') answerMesh(reply.mesh);
    else if (reply.kind === 'laid') answerLaid(reply.laid);
    else if (reply.kind === 'kept') {
      if (key !== null) rememberKept(key);
    } else fail();
  };
  early?.replies.forEach(hear);
  if (early?.failed) fail();
  worker.onmessage = (event: MessageEvent<SkinWorkerReply>) => hear(event.data);
  worker.onerror = fail;
  return { answers, stop: () => worker.terminate() };
}
