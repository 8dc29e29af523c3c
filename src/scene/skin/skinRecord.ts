import type { SkinMesh } from '../../anatomy/skin/generateSkin';

/**
 * The skin mesh as one binary record, so it can be kept on the device between visits
 * (`skinCache.ts`) and read back without a copy: a header, the generator's key, every array on a
 * 4-byte boundary, and a checksum over it all. Reading refuses anything that is not exactly what
 * this code wrote for this key (wrong magic, format or key, a length that does not add up, a
 * changed byte, an index past the last vertex): the caller then generates the mesh again.
 */

/** 'OXSK', little-endian. */
const MAGIC = 0x4b53584f;
/** Bump when the layout below changes (the build-time key hashes this file too). */
export const RECORD_FORMAT = 1;

/**
 * Header: u32 fields in the platform's byte order (little-endian everywhere this runs; a
 * big-endian reader would see a wrong magic and generate), the checksum last, then the key.
 */
const Field = {
  Magic: 0,
  Format: 1,
  KeyBytes: 2,
  Vertices: 3,
  Indices: 4,
  IndexBytes: 5,
  RegionCount: 6,
  SkinVertices: 7,
  SkinIndices: 8,
  Checksum: 9,
} as const;
const HEADER_BYTES = 4 * (Field.Checksum + 1);

const pad4 = (n: number): number => (n + 3) & ~3;

interface Layout {
  key: number;
  positions: number;
  normals: number;
  indices: number;
  regions: number;
  regionWeights: number;
  total: number;
}

function layoutOf(keyBytes: number, vertices: number, indices: number, indexBytes: number, regionCount: number): Layout {
  const key = HEADER_BYTES;
  const positions = key + pad4(keyBytes);
  const normals = positions + 12 * vertices;
  const indicesAt = normals + 12 * vertices;
  const regions = indicesAt + pad4(indexBytes * indices);
  const regionWeights = regions + pad4(vertices);
  const total = regionWeights + pad4(vertices * regionCount);
  return { key, positions, normals, indices: indicesAt, regions, regionWeights, total };
}

/**
 * A 32-bit checksum of a whole record, its own field (word `skip`) read as 0: FNV-1a's multiply
 * over 32-bit words with an extra shift to mix high bits down. Catches damaged or shuffled bytes;
 * not cryptographic (nothing here is a secret or an attack surface: the record is our own output).
 * The laid technique's record (`laidRecord.ts`) uses it too.
 */
export function recordChecksum(words: Uint32Array, skip: number): number {
  let h = 0x811c9dc5 ^ words.length;
  for (let i = 0; i < words.length; i++) {
    h = Math.imul(h ^ (i === skip ? 0 : words[i]!), 0x01000193);
    h ^= h >>> 13;
  }
  return h >>> 0;
}

/** The mesh and its key as one record (a new buffer; the mesh is not touched). */
export function encodeSkinRecord(mesh: SkinMesh, key: string): ArrayBuffer {
  return sealSkinRecord(copySkinRecord(mesh, key));
}

/**
 * The record of `encodeSkinRecord` but for its checksum (`sealSkinRecord`): the copying, quick,
 * apart from the summing, which can wait (the worker sends the mesh in between).
 */
export function copySkinRecord(mesh: SkinMesh, key: string): ArrayBuffer {
  const keyBytes = new TextEncoder().encode(key);
  const vertices = mesh.positions.length / 3;
  const indexBytes = mesh.indices.BYTES_PER_ELEMENT;
  const regionCount = mesh.regionWeights.length / vertices;
  const at = layoutOf(keyBytes.length, vertices, mesh.indices.length, indexBytes, regionCount);
  const buffer = new ArrayBuffer(at.total);
  const header = new Uint32Array(buffer, 0, Field.Checksum + 1);
  header[Field.Magic] = MAGIC;
  header[Field.Format] = RECORD_FORMAT;
  header[Field.KeyBytes] = keyBytes.length;
  header[Field.Vertices] = vertices;
  header[Field.Indices] = mesh.indices.length;
  header[Field.IndexBytes] = indexBytes;
  header[Field.RegionCount] = regionCount;
  header[Field.SkinVertices] = mesh.skinVertexCount;
  header[Field.SkinIndices] = mesh.skinIndexCount;
  new Uint8Array(buffer, at.key, keyBytes.length).set(keyBytes);
  new Float32Array(buffer, at.positions, 3 * vertices).set(mesh.positions);
  new Float32Array(buffer, at.normals, 3 * vertices).set(mesh.normals);
  if (indexBytes === 2) new Uint16Array(buffer, at.indices, mesh.indices.length).set(mesh.indices);
  else new Uint32Array(buffer, at.indices, mesh.indices.length).set(mesh.indices);
  new Uint8Array(buffer, at.regions, vertices).set(mesh.regions);
  new Uint8Array(buffer, at.regionWeights, vertices * regionCount).set(mesh.regionWeights);
  return buffer;
}

/** Writes the checksum of a record from `copySkinRecord`; returns it. */
export function sealSkinRecord(record: ArrayBuffer): ArrayBuffer {
  const words = new Uint32Array(record);
  words[Field.Checksum] = recordChecksum(words, Field.Checksum);
  return record;
}

/**
 * The mesh in a record written by `encodeSkinRecord` with this `key`, as views into `buffer` (no
 * copy); null when the record is damaged, truncated, of another format or of another key.
 */
export function decodeSkinRecord(buffer: ArrayBuffer, key: string): SkinMesh | null {
  if (buffer.byteLength < HEADER_BYTES || buffer.byteLength % 4 !== 0) return null;
  const header = new Uint32Array(buffer, 0, Field.Checksum + 1);
  if (header[Field.Magic] !== MAGIC || header[Field.Format] !== RECORD_FORMAT) return null;
  const vertices = header[Field.Vertices]!;
  const indexCount = header[Field.Indices]!;
  const indexBytes = header[Field.IndexBytes]!;
  const regionCount = header[Field.RegionCount]!;
  const skinVertexCount = header[Field.SkinVertices]!;
  const skinIndexCount = header[Field.SkinIndices]!;
  if (vertices === 0 || indexCount % 3 !== 0 || (indexBytes !== 2 && indexBytes !== 4) || regionCount === 0) return null;
  if (skinVertexCount > vertices || skinIndexCount > indexCount) return null;
  const at = layoutOf(header[Field.KeyBytes]!, vertices, indexCount, indexBytes, regionCount);
  if (at.total !== buffer.byteLength) return null;
  if (new TextDecoder().decode(new Uint8Array(buffer, at.key, header[Field.KeyBytes]!)) !== key) return null;
  if (recordChecksum(new Uint32Array(buffer), Field.Checksum) !== header[Field.Checksum]) return null;
  const indices = indexBytes === 2 ? new Uint16Array(buffer, at.indices, indexCount) : new Uint32Array(buffer, at.indices, indexCount);
  for (let i = 0; i < indexCount; i++) if (indices[i]! >= vertices) return null;
  return {
    positions: new Float32Array(buffer, at.positions, 3 * vertices),
    normals: new Float32Array(buffer, at.normals, 3 * vertices),
    indices,
    regions: new Uint8Array(buffer, at.regions, vertices),
    regionWeights: new Uint8Array(buffer, at.regionWeights, vertices * regionCount),
    skinVertexCount,
    skinIndexCount,
  };
}
