import type { SkinMesh } from '../../anatomy/skin/generateSkin';
import type { LaidTechnique } from '../../motion/laid/layTechnique';

/** Where the mesh or the laid technique came from: kept on the device, made by the worker, or made on the page. */
export type SkinSource = 'cache' | 'worker' | 'main';

/**
 * What the page asks of the skin worker, once: the mesh and the laid technique (`skin`), or the
 * laid technique only (the mesh was kept on the device); what it makes it keeps under `key` (the
 * build's skin key; null: keep nothing, as on the dev server).
 */
export interface SkinWorkerRequest {
  readonly skin: boolean;
  readonly key: string | null;
}

/** The page's one message to the worker: lay the technique now (the body is drawn). */
export const LAY_REQUEST = 'lay';

const NAME_PREFIX = 'oxy-skin ';

/**
 * The request, as the worker's name (`new Worker(url, { name })`). The worker reads its name as its
 * code runs; a message posted to a worker still starting waits for the page's main thread to pass
 * it on, and on a first visit that thread is busy with the app's own code (0.2 s lost, measured).
 */
export const skinWorkerName = (request: SkinWorkerRequest): string => NAME_PREFIX + JSON.stringify(request);

/** The request a worker's name carries; null for any other name. */
export function requestFromName(name: string): SkinWorkerRequest | null {
  if (!name.startsWith(NAME_PREFIX)) return null;
  try {
    const { skin, key } = JSON.parse(name.slice(NAME_PREFIX.length)) as Partial<SkinWorkerRequest>;
    if (typeof skin !== 'boolean' || !(key === null || typeof key === 'string')) return null;
    return { skin, key };
  } catch {
    return null;
  }
}

/**
 * What it answers, the mesh first: the mesh (its arrays transferred), or `error` when it could not
 * be made; then the laid technique, null if laying failed (the page lays it itself); and `kept`
 * once the mesh it made is kept on the device.
 */
export type SkinWorkerReply =
  | { readonly kind: 'mesh'; readonly mesh: SkinMesh }
  | { readonly kind: 'laid'; readonly laid: LaidTechnique | null }
  | { readonly kind: 'kept' }
  | { readonly kind: 'error'; readonly error: string };
