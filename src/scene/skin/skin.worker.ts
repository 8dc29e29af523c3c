/**
 * Makes what the scene needs from the skin off the main thread, as its name asks
 * (`skinWorkerName`): the skin mesh, posted as soon as it is made (its arrays transferred without
 * copying), then the technique laid on the skin (`layTechnique`) when the page asks for it (once
 * the body is drawn); asked for `{ skin: false }` (the mesh was kept on the device but its laid
 * technique was not), it lays the technique only. What it made it keeps for the next visit
 * (`skinCache.ts`), here, where encoding and writing it cost the page nothing.
 */
import { LANDMARKS } from '../../anatomy/landmarks';
import { generateSkin, type SkinMesh } from '../../anatomy/skin/generateSkin';
import { SKIN_SURFACE } from '../../anatomy/skin/skinSurface';
import { layTechnique, type LaidTechnique } from '../../motion/laid/layTechnique';
import { TECHNIQUE } from '../../technique';
import { storeLaid, storeSkin } from './skinCache';
import { browserCacheStorage } from './skinCacheNames';
import { LAY_REQUEST, requestFromName, type SkinWorkerReply, type SkinWorkerRequest } from './skinWorkerMessages';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** The page asks for the laid technique once the body is drawn (`LAY_REQUEST`): till then the laying would take a core from its first frames. */
const layAsked = new Promise<void>((resolve) => {
  scope.onmessage = (event: MessageEvent<unknown>) => {
    if (event.data === LAY_REQUEST) resolve();
  };
});

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
    // Kept before it is sent (the record is copied at the call, summed once it is sent): sending
    // hands its arrays to the page.
    if (storage && key !== null) {
      const kept = storeSkin(storage, key, mesh);
      keeping.push(kept);
      void kept.then((done) => done && post({ kind: 'kept' }));
    }
    post({ kind: 'mesh', mesh }, [mesh.positions.buffer, mesh.normals.buffer, mesh.indices.buffer, mesh.regions.buffer, mesh.regionWeights.buffer]);
  }
  await layAsked;
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

const request = requestFromName(scope.name);
if (request) void answer(request).finally(() => scope.close());
else post({ kind: 'error', error: `skin worker: no request in its name (${scope.name})` });
