/**
 * Small checks for saved fields, one per field type: enough for settings and records read back
 * from the device, without a schema library in the first load.
 */
export type FieldCheck<T> = (value: unknown) => value is T;

export const isBoolean: FieldCheck<boolean> = (value): value is boolean => typeof value === 'boolean';

/** One of a fixed list of strings. */
export const oneOf =
  <const T extends readonly string[]>(values: T): FieldCheck<T[number]> =>
  (value): value is T[number] =>
    typeof value === 'string' && values.includes(value);

/** The check, or nothing at all. */
export const optional =
  <T>(check: FieldCheck<T>): FieldCheck<T | undefined> =>
  (value): value is T | undefined =>
    value === undefined || check(value);
