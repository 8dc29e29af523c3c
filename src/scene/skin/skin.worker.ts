/**
 * Makes what the scene needs from the skin off the main thread: the skin mesh, then the technique
 * laid on the skin (`layTechnique`), each posted as soon as it is there (the body is drawn before
 * the technique is laid), the mesh's arrays transferred without copying; asked for `{ skin: false }`
 * (the mesh was kept on the device but its laid technique was not), it lays the technique only.
 * What it made it keeps for the next visit (`skinCache.ts`), here, where encoding and writing it
 * cost the page nothing.
 */
import { LANDMARKS } from '../../anatomy/landmarks';
import { generateSkin, type SkinMesh } from '../../anatomy/skin/generateSkin';
import { SKIN_SURFACE } from '../../anatomy/skin/skinSurface';
import { layTechnique, type LaidTechnique } from '../../motion/laid/layTechnique';
import { TECHNIQUE } from '../../technique';
import { storeLaid, storeSkin } from './skinCache';
import { browserCacheStorage } from './skinCacheNames';
import type { SkinWorkerReply, SkinWorkerRequest } from './skinWorkerMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));
const post = (reply: SkinWorkerReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);

async function answer({ skin, key }: SkinWorkerRequest): Promise<void> {
  const storage = key === null ? null : browserCacheStorage();
  // Written while the worker gets on with the next thing; the worker closes once they are.
  const keeping: Promise<boolean>[] = [];
  if (skin) {
    let mesh: SkinMesh;
    try {
      mesh = generateSkin();
    } catch (error) {
      post({ kind: 'error', error: message(error) });
      return;
    }
    // Kept before it is sent (the record is made at the call): sending hands its arrays to the page.
    if (storage && key !== null) keeping.push(storeSkin(storage, key, mesh));
    post({ kind: 'mesh', mesh }, [mesh.positions.buffer, mesh.normals.buffer, mesh.indices.buffer, mesh.regions.buffer, mesh.regionWeights.buffer]);
  }
  let laid: LaidTechnique | null = null;
  try {
    laid = layTechnique(TECHNIQUE, LANDMARKS, SKIN_SURFACE);
  } catch {
    // The mesh is still good; the page lays the technique itself (and reports what goes wrong there).
  }
  post({ kind: 'laid', laid });
  if (laid && storage && key !== null) keeping.push(storeLaid(storage, key, laid));
  await Promise.all(keeping);
}

scope.onmessage = (event: MessageEvent<SkinWorkerRequest>) => {
  void answer(event.data).finally(() => scope.close());
};
