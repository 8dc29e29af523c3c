import { BufferAttribute, BufferGeometry, Sphere, Vector3 } from 'three';
import type { SkinMesh } from '../../anatomy/skin/generateSkin';
import { regionColoursLinear } from '../body/skinMaterial';

/**
 * The skin geometry, generated once per page in a web worker (a few hundred milliseconds of maths
 * that should not freeze the first frames), or on the main thread where there are no workers
 * (tests, very old browsers) or the worker fails.
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

let pending: Promise<BufferGeometry> | null = null;

/** The skin geometry (the same object on every call: generated once, never disposed). */
export function loadSkinGeometry(): Promise<BufferGeometry> {
  pending ??= (typeof Worker === 'undefined' ? generateOnMainThread() : generateInWorker().catch(generateOnMainThread))
    .then(skinGeometryFrom)
    .catch((error: unknown) => {
      pending = null; // let a later call try again
      throw error;
    });
  return pending;
}
