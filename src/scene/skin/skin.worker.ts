/**
 * Makes what the scene needs from the skin off the main thread: the skin mesh, then the technique
 * laid on the skin (`layTechnique`), posted together in one message (`SkinWorkerReply`), the
 * mesh's arrays transferred without copying. Asked for `{ skin: false }` (the mesh was kept on the
 * device but its laid technique was not), it lays the technique only.
 */
import { LANDMARKS } from '../../anatomy/landmarks';
import { generateSkin, type SkinMesh } from '../../anatomy/skin/generateSkin';
import { SKIN_SURFACE } from '../../anatomy/skin/skinSurface';
import { layTechnique, type LaidTechnique } from '../../motion/laid/layTechnique';
import { TECHNIQUE } from '../../technique';
import type { SkinWorkerReply, SkinWorkerRequest } from './skinWorkerMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

scope.onmessage = (event: MessageEvent<SkinWorkerRequest>) => {
  let mesh: SkinMesh | null = null;
  try {
    if (event.data.skin) mesh = generateSkin();
  } catch (error) {
    scope.postMessage({ error: message(error) } satisfies SkinWorkerReply);
    return;
  }
  let laid: LaidTechnique | null = null;
  try {
    laid = layTechnique(TECHNIQUE, LANDMARKS, SKIN_SURFACE);
  } catch {
    // The mesh is still good; the page lays the technique itself (and reports what goes wrong there).
  }
  const transfer = mesh ? [mesh.positions.buffer, mesh.normals.buffer, mesh.indices.buffer, mesh.regions.buffer, mesh.regionWeights.buffer] : [];
  scope.postMessage({ mesh, laid } satisfies SkinWorkerReply, transfer);
};
