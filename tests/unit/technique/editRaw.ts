/** Copies the authored technique and changes one field, to feed `parseTechnique` bad data. */
import { RAW_TECHNIQUE } from '../../../src/technique/data/technique';

type Key = string | number;
/** Marks a field to delete rather than set. */
export const REMOVE = Symbol('remove');

function container(root: unknown, path: readonly Key[]): Record<Key, unknown> {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) throw new Error(`editRaw: nothing at ${path.join('.')}`);
    node = (node as Record<Key, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null) throw new Error(`editRaw: ${path.join('.')} is not an object`);
  return node as Record<Key, unknown>;
}

/** A deep copy of the raw technique with `value` put at `path` (or the field removed). */
export function rawWith(...edits: readonly [path: readonly Key[], value: unknown][]): unknown {
  const copy: unknown = structuredClone(RAW_TECHNIQUE);
  for (const [path, value] of edits) {
    const parent = container(copy, path.slice(0, -1));
    const key = path[path.length - 1]!;
    if (value === REMOVE) delete parent[key];
    else parent[key] = value;
  }
  return copy;
}
