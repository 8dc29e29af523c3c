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

/**
 * What it answers, in up to two messages, the mesh first: the mesh (its arrays transferred), or
 * `error` when it could not be made; then the laid technique, null if laying failed (the page
 * lays it itself).
 */
export type SkinWorkerReply =
  | { readonly kind: 'mesh'; readonly mesh: SkinMesh }
  | { readonly kind: 'laid'; readonly laid: LaidTechnique | null }
  | { readonly kind: 'error'; readonly error: string };
