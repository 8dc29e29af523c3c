import type { FieldCheck } from './fieldChecks';

/**
 * The rule every store on this device follows: nothing the user saved is destroyed because part
 * of it is unreadable. A saved object is read field by field; a field that fails its check is
 * replaced by its default (and named, so the user can be told), every other field is kept, and
 * fields this version does not know are carried along untouched so a newer version's data
 * survives an older copy of the app.
 */

/** Saved text longer than this is not parsed at all (a runaway or hostile value, not settings). */
export const MAX_STORED_CHARS = 16_384;

export type StoredText =
  | { readonly kind: 'none' }
  | { readonly kind: 'object'; readonly value: Readonly<Record<string, unknown>> }
  /** Not JSON, or JSON that is not an object. */
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'oversized' };

/** Parses saved text into an object, or says why it can't. */
export function readStoredText(raw: string | null, maxChars = MAX_STORED_CHARS): StoredText {
  if (raw === null) return { kind: 'none' };
  if (raw.length > maxChars) return { kind: 'oversized' };
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      return { kind: 'object', value: value as Record<string, unknown> };
    }
  } catch {
    // Not JSON: unreadable, like JSON of the wrong kind.
  }
  return { kind: 'unreadable' };
}

/** One check per field of `T`. */
export type FieldChecks<T> = { readonly [K in keyof T]-?: FieldCheck<T[K]> };

export interface RecoveredFields<T> {
  readonly value: T;
  /** Fields that were saved but failed their check, now back at their defaults. */
  readonly reset: readonly (keyof T & string)[];
  /** Saved fields this version does not know, to be written back as they were. */
  readonly unknown: Readonly<Record<string, unknown>>;
}

/**
 * Reads `saved` field by field against `checks`. A missing field takes its default quietly (an
 * older version did not have it); a present but invalid one takes its default and is reported.
 */
export function recoverFields<T extends object>(
  saved: Readonly<Record<string, unknown>>,
  checks: FieldChecks<T>,
  defaults: T,
): RecoveredFields<T> {
  const value = { ...defaults };
  const reset: (keyof T & string)[] = [];
  for (const key of Object.keys(checks) as (keyof T & string)[]) {
    if (!Object.hasOwn(saved, key)) continue;
    const field = saved[key];
    if (checks[key](field)) value[key] = field;
    else reset.push(key);
  }
  const unknown = Object.fromEntries(Object.entries(saved).filter(([key]) => !Object.hasOwn(checks, key)));
  return { value, reset, unknown };
}
