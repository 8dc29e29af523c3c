import { BufferAttribute, BufferGeometry, Sphere, Vector3 } from 'three';
import type { SkinMesh } from '../../anatomy/skin/generateSkin';
import { regionColoursLinear } from '../body/skinMaterial';
import { browserCacheStorage, readCachedSkin, storeSkin } from './skinCache';

/**
 * The skin geometry. Read back from the device when an earlier visit of this build kept it
 * (`skinCache.ts`, keyed by the generator's sources and the app's version); otherwise generated
 * in a web worker (a second or more of maths on a slow machine that should not freeze the first
 * frames), or on the main thread where there are no workers (tests, very old browsers) or the
 * worker fails, and then kept for the next visit in idle time.
 *
 * Where the mesh came from is left as a performance mark, `skin-mesh:cache`, `skin-mesh:worker` or
 * `skin-mesh:main` (its time: when the mesh was there), for the browser tests and the benchmark.
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

function generateInWorker(): Promise<SkinMesh> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./skin.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SkinMesh | { error: string }>) => {
      worker.terminate();
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'skin worker failed'));
    };
    worker.postMessage('generate');
  });
}

/** A promise that never settles: a cache miss never wins a race. */
const NEVER = new Promise<never>(() => undefined);
const after = (ms: number): Promise<null> => new Promise((resolve) => setTimeout(() => resolve(null), ms));

/** Runs `task` when the page is idle, within a second (Safari has no requestIdleCallback). */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: 1000 });
  else setTimeout(task, 1000);
}

function markSource(source: SkinSource): void {
  try {
    performance.mark(`skin-mesh:${source}`);
  } catch {
    // no User Timing: nothing to tell
  }
}

async function generate(): Promise<{ mesh: SkinMesh; source: SkinSource }> {
  const inWorker = typeof Worker === 'undefined' ? null : await generateInWorker().catch(() => null);
  return inWorker ? { mesh: inWorker, source: 'worker' } : { mesh: await generateOnMainThread(), source: 'main' };
}

async function loadMesh(): Promise<SkinMesh> {
  const storage = CACHE_KEY === null ? null : browserCacheStorage();
  const read = storage && CACHE_KEY !== null ? readCachedSkin(storage, CACHE_KEY) : Promise.resolve(null);
  const cached = await Promise.race([read, after(CACHE_READ_TIMEOUT_MS)]);
  // A read slower than the timeout (or one whose answer waited behind a busy main thread) still
  // wins if it answers before the generator does.
  const { mesh, source } = cached
    ? { mesh: cached, source: 'cache' as const }
    : await Promise.race([generate(), read.then((late) => (late ? { mesh: late, source: 'cache' as const } : NEVER))]);
  markSource(source);
  if (source !== 'cache' && storage && CACHE_KEY !== null) whenIdle(() => void storeSkin(storage, CACHE_KEY, mesh));
  return mesh;
}

let pending: Promise<BufferGeometry> | null = null;

/** The skin geometry (the same object on every call: read or generated once, never disposed). */
export function loadSkinGeometry(): Promise<BufferGeometry> {
  pending ??= loadMesh()
    .then(skinGeometryFrom)
    .catch((error: unknown) => {
      pending = null; // let a later call try again
      throw error;
    });
  return pending;
}

// Start as soon as the scene's code runs, not when <Skin> mounts: creating the canvas and laying
// the technique on the skin come in between (about a second on a slow machine), and the cache read
// or the worker can get on meanwhile. Only in a browser (a page with workers); a failure here is
// reported by <Skin>'s own call, which tries again.
if (typeof window !== 'undefined' && typeof Worker !== 'undefined') loadSkinGeometry().catch(() => undefined);
