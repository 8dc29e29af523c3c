/**
 * Generates the skin mesh off the main thread and hands its arrays back without copying
 * (transferred). One message in (any), one `SkinMesh` out, or `{ error }`.
 */
import { generateSkin } from '../../anatomy/skin/generateSkin';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = () => {
  try {
    const mesh = generateSkin();
    scope.postMessage(mesh, [mesh.positions.buffer, mesh.normals.buffer, mesh.indices.buffer, mesh.regions.buffer, mesh.regionWeights.buffer]);
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
