import { BufferAttribute, BufferGeometry, Sphere, Vector3 } from 'three';
import type { SkinMesh } from '../../anatomy/skin/generateSkin';
import type { LaidTechnique } from '../../motion/laid/layTechnique';
import { TECHNIQUE } from '../../technique';
import { regionColoursLinear } from '../body/skinMaterial';
import { browserCacheStorage, readCachedLaid, readCachedSkin, storeLaid, storeSkin, type SkinCacheStorage } from './skinCache';
import type { SkinWorkerReply, SkinWorkerRequest } from './skinWorkerMessages';

/**
 * The skin geometry and the technique laid on the skin (`layTechnique`). Read back from the
 * device when an earlier visit of this build kept them (`skinCache.ts`, keyed by the sources of
 * the generator, the laying code and the technique data, and the app's version); otherwise made
 * in a web worker, the mesh first and the laid technique right after it, posted together (seconds
 * of maths on a slow machine that should not freeze the first frames), or on the main thread where
 * there are no workers (tests, very old browsers) or the worker fails, and then kept for the next
 * visit in idle time. A kept mesh without a usable laid technique (none, damaged, failing
 * `checkLaid`) has the technique laid again in the worker, the mesh still read from the device.
 *
 * Where each came from is left as a performance mark (its time: when it was there):
 * `skin-mesh:cache|worker|main` and `laid-technique:cache|worker|main`, for the browser tests and
 * the benchmark.
 */

export type SkinSource = 'cache' | 'worker' | 'main';

/** The dev server never reads or keeps the mesh: its key is fixed at start, the sources are not. */
const CACHE_KEY: string | null = import.meta.env.DEV ? null : __SKIN_CACHE_KEY__;
/** A cache that has not answered by then (a slow disk) is not waited for any longer, ms. */
const CACHE_READ_TIMEOUT_MS = 3000;

/** Builds the three.js geometry from the generator's arrays: position, normal, region colour. */
export function skinGeometryFrom(mesh: SkinMesh): BufferGeometry {
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(mesh.positions, 3));
  geometry.setAttribute('normal', new BufferAttribute(mesh.normals, 3));
  const colours = regionColoursLinear();
  const count = mesh.positions.length / 3;
  const regionCount = mesh.regionWeights.length / count;
  const colour = new Float32Array(count * 3);
  for (let v = 0; v < count; v++) {
    let r = 0;
    let g = 0;
    let b = 0;
    for (let k = 0; k < regionCount; k++) {
      const w = mesh.regionWeights[v * regionCount + k]! / 255;
      const c = colours[k]!;
      r += w * c.r;
      g += w * c.g;
      b += w * c.b;
    }
    colour[3 * v] = r;
    colour[3 * v + 1] = g;
    colour[3 * v + 2] = b;
  }
  geometry.setAttribute('color', new BufferAttribute(colour, 3));
  geometry.setIndex(new BufferAttribute(mesh.indices, 1));
  geometry.computeBoundingBox();
  const box = geometry.boundingBox!;
  geometry.boundingSphere = new Sphere(box.getCenter(new Vector3()), box.getSize(new Vector3()).length() / 2);
  geometry.userData.regions = mesh.regions;
  geometry.name = 'skin';
  return geometry;
}

async function generateOnMainThread(): Promise<SkinMesh> {
  const { generateSkin } = await import('../../anatomy/skin/generateSkin');
  return generateSkin();
}

async function layOnMainThread(): Promise<LaidTechnique> {
  const [{ layTechnique }, { LANDMARKS }, { SKIN_SURFACE }] = await Promise.all([
    import('../../motion/laid/layTechnique'),
    import('../../anatomy/landmarks'),
    import('../../anatomy/skin/skinSurface'),
  ]);
  return layTechnique(TECHNIQUE, LANDMARKS, SKIN_SURFACE);
}

type Made = Extract<SkinWorkerReply, { mesh: unknown }>;

/** The worker's answer, or null where there are no workers or it fails. */
function makeInWorker(request: SkinWorkerRequest): Promise<Made | null> {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  return new Promise<Made>((resolve, reject) => {
    const worker = new Worker(new URL('./skin.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SkinWorkerReply>) => {
      worker.terminate();
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'skin worker failed'));
    };
    worker.postMessage(request);
  }).catch(() => null);
}

/** A promise that never settles: a cache miss never wins a race. */
const NEVER = new Promise<never>(() => undefined);
const after = (ms: number): Promise<null> => new Promise((resolve) => setTimeout(() => resolve(null), ms));

/** Runs `task` when the page is idle, within a second (Safari has no requestIdleCallback). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 1000);
}

function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // no User Timing: nothing to tell
  }
}

interface Sourced<T> {
  readonly value: T;
  readonly source: SkinSource;
}

interface Kept {
  readonly mesh: SkinMesh | null;
  readonly laid: LaidTechnique | null;
}

const NOTHING_KEPT: Kept = { mesh: null, laid: null };

/** What an earlier visit kept, read together (each null where missing or unusable). */
async function readKept(storage: SkinCacheStorage, key: string): Promise<Kept> {
  const [mesh, laid] = await Promise.all([readCachedSkin(storage, key), readCachedLaid(storage, key, TECHNIQUE)]);
  return { mesh, laid };
}

interface Loads {
  readonly mesh: Promise<Sourced<SkinMesh>>;
  /** Asked for on its own: where nothing asks for the laid technique (tests), it is not laid. */
  readonly laid: () => Promise<Sourced<LaidTechnique>>;
}

function startLoading(): Loads {
  const storage = CACHE_KEY === null ? null : browserCacheStorage();
  const key = CACHE_KEY;
  const read = storage && key !== null ? readKept(storage, key) : Promise.resolve(NOTHING_KEPT);
  const inTime = Promise.race([read, after(CACHE_READ_TIMEOUT_MS)]);
  // The worker is asked once, for what the cache did not have in time: both, or the laid technique only.
  let made: Promise<Made | null> | null = null;
  const make = (kept: Kept | null) => (made ??= makeInWorker({ skin: !kept?.mesh }));
  // A read slower than the timeout (or one whose answer waited behind a busy main thread) still
  // wins if it answers before the worker does.
  const late = <T>(pick: (kept: Kept) => T | null): Promise<Sourced<T>> =>
    read.then((kept) => {
      const value = pick(kept);
      return value ? { value, source: 'cache' as const } : NEVER;
    });

  const mesh = inTime.then(async (kept): Promise<Sourced<SkinMesh>> => {
    if (kept?.mesh) return { value: kept.mesh, source: 'cache' };
    const making = make(kept).then(async (m): Promise<Sourced<SkinMesh>> => (m?.mesh ? { value: m.mesh, source: 'worker' } : { value: await generateOnMainThread(), source: 'main' }));
    return Promise.race([making, late((k) => k.mesh)]);
  });
  const kept = (sourced: Sourced<unknown>) => sourced.source === 'cache';
  void mesh.then((m) => {
    mark(`skin-mesh:${m.source}`);
    if (!kept(m) && storage && key !== null) whenIdle(() => void storeSkin(storage, key, m.value));
  }, () => undefined);

  let laid: Promise<Sourced<LaidTechnique>> | null = null;
  const layOnce = () =>
    (laid ??= inTime
      .then(async (k): Promise<Sourced<LaidTechnique>> => {
        if (k?.laid) return { value: k.laid, source: 'cache' };
        const laying = make(k).then(async (m): Promise<Sourced<LaidTechnique>> => (m?.laid ? { value: m.laid, source: 'worker' } : { value: await layOnMainThread(), source: 'main' }));
        return Promise.race([laying, late((k2) => k2.laid)]);
      })
      .then((l) => {
        mark(`laid-technique:${l.source}`);
        if (!kept(l) && storage && key !== null) whenIdle(() => void storeLaid(storage, key, l.value));
        return l;
      }));
  return { mesh, laid: layOnce };
}

let loads: Loads | null = null;
let pendingGeometry: Promise<BufferGeometry> | null = null;
let pendingLaid: Promise<LaidTechnique> | null = null;

const loading = (): Loads => (loads ??= startLoading());

/** The skin geometry (the same object on every call: read or generated once, never disposed). */
export function loadSkinGeometry(): Promise<BufferGeometry> {
  pendingGeometry ??= loading()
    .mesh.then((m) => skinGeometryFrom(m.value))
    .catch((error: unknown) => {
      pendingGeometry = null; // let a later call try again
      loads = null;
      throw error;
    });
  return pendingGeometry;
}

/** The technique laid on the skin (the same object on every call: read or laid once). */
export function loadLaidTechnique(): Promise<LaidTechnique> {
  pendingLaid ??= loading()
    .laid()
    .then((l) => l.value)
    .catch((error: unknown) => {
      pendingLaid = null; // let a later call try again
      loads = null;
      throw error;
    });
  return pendingLaid;
}

// Start as soon as the scene's code runs, not when <Skin> and the lesson layer mount: creating the
// canvas comes in between, and the cache read or the worker can get on meanwhile. Only in a
// browser (a page with workers); a failure here is reported by the components' own calls, which
// try again.
if (typeof window !== 'undefined' && typeof Worker !== 'undefined') {
  loadSkinGeometry().catch(() => undefined);
  loadLaidTechnique().catch(() => undefined);
}
