import type { LaidTechnique } from '../../motion/laid/layTechnique';
import { recordChecksum } from './skinRecord';

/**
 * The laid technique (`layTechnique`) as one binary record, kept on the device beside the skin
 * mesh (`skinCache.ts`) under the same key: a header, the key, the structure as JSON, and every
 * coordinate as a float64, so each number reads back bit for bit (JSON alone would turn -0 into
 * 0). Runs of numbers, of `Vec3`s and of skin points (`{ point, normal }`) go to the float64 part
 * and leave a small marker in the JSON; a lone -0, NaN or infinity does too.
 *
 * Reading refuses anything that is not exactly what this code wrote for this key (wrong magic,
 * format or key, a length that does not add up, a changed byte); what it gives back is still
 * `unknown` until `checkLaid` has looked at it.
 */

/** 'OXLT', little-endian. */
const MAGIC = 0x544c584f;
/** Bump when the layout or the markers change (the build-time key hashes this file too). */
export const LAID_RECORD_FORMAT = 1;

const Field = { Magic: 0, Format: 1, KeyBytes: 2, JsonBytes: 3, Numbers: 4, Checksum: 5 } as const;
const HEADER_BYTES = 4 * (Field.Checksum + 1);

const pad4 = (n: number): number => (n + 3) & ~3;
const pad8 = (n: number): number => (n + 7) & ~7;

/** Markers in the JSON: one number, n numbers, n `Vec3`s, n skin points, from `numbers[at]` on. */
type Packed = { readonly $f: number } | { readonly $a: number; readonly n: number } | { readonly $v: number; readonly n: number } | { readonly $s: number; readonly n: number };

const isNumber = (v: unknown): v is number => typeof v === 'number';
const isTriple = (v: unknown): v is readonly [number, number, number] => Array.isArray(v) && v.length === 3 && v.every(isNumber);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isSkinPoint = (v: unknown): v is { point: readonly number[]; normal: readonly number[] } => {
  if (!isRecord(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 2 && isTriple(v.point) && isTriple(v.normal);
};

/** `value` with its numbers moved to `numbers` (see above): JSON-safe, exact. */
function pack(value: unknown, numbers: number[]): unknown {
  if (isNumber(value)) {
    if (Number.isFinite(value) && !Object.is(value, -0)) return value;
    numbers.push(value);
    return { $f: numbers.length - 1 } satisfies Packed;
  }
  if (Array.isArray(value)) {
    const at = numbers.length;
    const n = value.length;
    if (n > 0 && value.every(isNumber)) {
      for (const v of value) numbers.push(v);
      return { $a: at, n } satisfies Packed;
    }
    if (n > 0 && value.every(isTriple)) {
      for (const v of value) numbers.push(v[0], v[1], v[2]);
      return { $v: at, n } satisfies Packed;
    }
    if (n > 0 && value.every(isSkinPoint)) {
      for (const { point: p, normal: q } of value) numbers.push(p[0]!, p[1]!, p[2]!, q[0]!, q[1]!, q[2]!);
      return { $s: at, n } satisfies Packed;
    }
    return value.map((v) => pack(v, numbers));
  }
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = pack(v, numbers);
    return out;
  }
  return value;
}

/** The numbers `numbers[at..at+n)` as a plain array; throws past the end (a damaged record). */
function slice(numbers: Float64Array, at: number, n: number): number[] {
  if (!Number.isInteger(at) || !Number.isInteger(n) || at < 0 || n < 0 || at + n > numbers.length) throw new RangeError('laid record: a marker points past the numbers');
  return Array.from(numbers.subarray(at, at + n));
}

const triple = (a: readonly number[], i: number): [number, number, number] => [a[i]!, a[i + 1]!, a[i + 2]!];

function unpack(value: unknown, numbers: Float64Array): unknown {
  if (Array.isArray(value)) return value.map((v) => unpack(v, numbers));
  if (!isRecord(value)) return value;
  if ('$f' in value) return slice(numbers, value.$f as number, 1)[0];
  const n = value.n as number;
  if ('$a' in value) return slice(numbers, value.$a as number, n);
  if ('$v' in value) {
    const a = slice(numbers, value.$v as number, 3 * n);
    return Array.from({ length: n }, (_, i) => triple(a, 3 * i));
  }
  if ('$s' in value) {
    const a = slice(numbers, value.$s as number, 6 * n);
    return Array.from({ length: n }, (_, i) => ({ point: triple(a, 6 * i), normal: triple(a, 6 * i + 3) }));
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = unpack(v, numbers);
  return out;
}

/** The laid technique and its key as one record (a new buffer). */
export function encodeLaidRecord(laid: LaidTechnique, key: string): ArrayBuffer {
  const numbers: number[] = [];
  const json = new TextEncoder().encode(JSON.stringify(pack(laid, numbers)));
  const keyBytes = new TextEncoder().encode(key);
  const jsonAt = HEADER_BYTES + pad4(keyBytes.length);
  const numbersAt = pad8(jsonAt + json.length);
  const buffer = new ArrayBuffer(numbersAt + 8 * numbers.length);
  const header = new Uint32Array(buffer, 0, Field.Checksum + 1);
  header[Field.Magic] = MAGIC;
  header[Field.Format] = LAID_RECORD_FORMAT;
  header[Field.KeyBytes] = keyBytes.length;
  header[Field.JsonBytes] = json.length;
  header[Field.Numbers] = numbers.length;
  new Uint8Array(buffer, HEADER_BYTES, keyBytes.length).set(keyBytes);
  new Uint8Array(buffer, jsonAt, json.length).set(json);
  new Float64Array(buffer, numbersAt, numbers.length).set(numbers);
  header[Field.Checksum] = recordChecksum(new Uint32Array(buffer), Field.Checksum);
  return buffer;
}

/**
 * What a record written by `encodeLaidRecord` with this `key` holds, not yet checked against the
 * technique (`checkLaid`); null when the record is damaged, truncated, of another format or key.
 */
export function decodeLaidRecord(buffer: ArrayBuffer, key: string): unknown {
  try {
    if (buffer.byteLength < HEADER_BYTES || buffer.byteLength % 8 !== 0) return null;
    const header = new Uint32Array(buffer, 0, Field.Checksum + 1);
    if (header[Field.Magic] !== MAGIC || header[Field.Format] !== LAID_RECORD_FORMAT) return null;
    const keyBytes = header[Field.KeyBytes]!;
    const jsonBytes = header[Field.JsonBytes]!;
    const count = header[Field.Numbers]!;
    const jsonAt = HEADER_BYTES + pad4(keyBytes);
    const numbersAt = pad8(jsonAt + jsonBytes);
    if (numbersAt + 8 * count !== buffer.byteLength) return null;
    if (new TextDecoder().decode(new Uint8Array(buffer, HEADER_BYTES, keyBytes)) !== key) return null;
    if (recordChecksum(new Uint32Array(buffer), Field.Checksum) !== header[Field.Checksum]) return null;
    const json: unknown = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, jsonAt, jsonBytes)));
    return unpack(json, new Float64Array(buffer, numbersAt, count));
  } catch {
    return null; // unreadable JSON, a marker past the end
  }
}
