import type { SkinMesh } from '../../anatomy/skin/generateSkin';
import type { LaidTechnique } from '../../motion/laid/layTechnique';

/** What the page asks of the skin worker: the mesh and the laid technique, or (the mesh kept) the laid technique only. */
export interface SkinWorkerRequest {
  readonly skin: boolean;
}

/**
 * What it answers, in one message: the mesh (null when not asked for) and the technique laid on
 * the skin right after it (null if laying failed: the page lays it itself), or `{ error }` when
 * the mesh could not be made.
 */
export type SkinWorkerReply = { readonly mesh: SkinMesh | null; readonly laid: LaidTechnique | null } | { readonly error: string };
