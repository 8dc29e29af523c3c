import { BufferAttribute, BufferGeometry, Sphere, Vector3 } from 'three';
import type { SkinMesh } from '../../anatomy/skin/generateSkin';
import type { LaidTechnique } from '../../motion/laid/layTechnique';
import { TECHNIQUE } from '../../technique';
import { regionColoursLinear } from '../body/skinMaterial';
import { decodeKeptLaid, decodeKeptSkin } from './skinCache';
import { startSkin } from './skinStart';
import type { SkinSource } from './skinWorkerMessages';

/**
 * The skin geometry and the technique laid on the skin (`layTechnique`): read back here from what
 * an earlier visit of this build kept on the device (`skinStart.ts` found it as the app started),
 * otherwise made by the skin worker, which `skinStart.ts` set going before the scene's code had
 * come (seconds of maths on a slow machine that should not freeze the first frames), each as soon
 * as it is there. Where there are no workers (tests, very old browsers) or the worker fails, they
 * are made on the main thread instead.
 *
 * Where each came from is left as a performance mark (its time: when it was there):
 * `skin-mesh:cache|worker|main` and `laid-technique:cache|worker|main`, for the browser tests and
 * the benchmark.
 */

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

interface Loads {
  readonly mesh: Promise<Sourced<SkinMesh>>;
  /** Asked for on its own: where nothing asks for the laid technique (tests), it is not laid. */
  readonly laid: () => Promise<Sourced<LaidTechnique>>;
}

function startLoading(): Loads {
  const start = startSkin();
  const key = start.key ?? '';
  // What was kept is read here (decoding is quick, and the worker need not start at all); what was
  // not, or is damaged, the worker makes (or, failing that, the page).
  const keptMesh = decodeKeptSkin(start.kept.then((k) => k.mesh), key);
  const mesh = keptMesh.then(async (kept): Promise<Sourced<SkinMesh>> => {
    if (kept) return { value: kept, source: 'cache' };
    const made = await start.worker(true).mesh;
    return made ? { value: made, source: 'worker' } : { value: await generateOnMainThread(), source: 'main' };
  });
  void mesh.then((m) => mark(`skin-mesh:${m.source}`), () => undefined);
  let laid: Promise<Sourced<LaidTechnique>> | null = null;
  const layOnce = () =>
    (laid ??= Promise.all([keptMesh, decodeKeptLaid(start.kept.then((k) => k.laid), key, TECHNIQUE)])
      .then(async ([keptSkin, kept]): Promise<Sourced<LaidTechnique>> => {
        if (kept) return { value: kept, source: 'cache' };
        const made = await start.worker(!keptSkin).laid();
        return made ? { value: made, source: 'worker' } : { value: await layOnMainThread(), source: 'main' };
      })
      .then((l) => {
        mark(`laid-technique:${l.source}`);
        return l;
      }));
  return { mesh, laid: layOnce };
}

let loads: Loads | null = null;
let pendingGeometry: Promise<BufferGeometry> | null = null;
let pendingLaid: Promise<LaidTechnique> | null = null;
let loadedGeometry: BufferGeometry | null = null;

const loading = (): Loads => (loads ??= startLoading());

/** The skin geometry (the same object on every call: read or generated once, never disposed). */
export function loadSkinGeometry(): Promise<BufferGeometry> {
  pendingGeometry ??= loading()
    .mesh.then((m) => (loadedGeometry = skinGeometryFrom(m.value)))
    .catch((error: unknown) => {
      pendingGeometry = null; // let a later call try again
      loads = null;
      throw error;
    });
  return pendingGeometry;
}

/**
 * The skin geometry if `loadSkinGeometry` has it already (null before): a skin mounted after it
 * came is drawn in its first frame, not a frame later, after a promise's turn and a re-render.
 */
export function loadedSkinGeometry(): BufferGeometry | null {
  return loadedGeometry;
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
