/**
 * Errors carry codes only: `records` cannot import i18n, so the mode that shows them translates
 * the code (and may show `detail`, which names a record, as it is).
 */

/**
 * - unavailable: no IndexedDB, the browser refused it (private mode), or the connection is gone
 * - quota: the device is out of space for this origin
 * - readOnly: the database was written by a newer version of the app: nothing is written
 * - blocked: another tab holds an older version of the database open and does not let go
 * - recordKept: the device holds a record with this id that this version can't read (damaged or
 *   newer); it is kept, never overwritten or deleted
 * - invalid: the record handed in fails its own check (a bug in the caller); nothing written
 */
export type RecordsErrorCode = 'unavailable' | 'quota' | 'readOnly' | 'blocked' | 'recordKept' | 'invalid';

export class RecordsError extends Error {
  readonly code: RecordsErrorCode;

  constructor(code: RecordsErrorCode, options?: { readonly cause?: unknown }) {
    super(`records: ${code}`, options);
    this.name = 'RecordsError';
    this.code = code;
  }
}

/**
 * - notJson: not JSON at all
 * - otherApp: JSON, but not this app's records backup
 * - newerVersion: a backup format newer than this version reads
 * - damaged: this app's backup with a record (named in `detail`) or a part that fails its check
 * - tooLarge: over MAX_BACKUP_CHARS, not read at all
 */
export type BackupErrorCode = 'notJson' | 'otherApp' | 'newerVersion' | 'damaged' | 'tooLarge';

export class BackupError extends Error {
  readonly code: BackupErrorCode;
  readonly detail?: string;

  constructor(code: BackupErrorCode, detail?: string) {
    super(detail === undefined ? `backup: ${code}` : `backup: ${code} (${detail})`);
    this.name = 'BackupError';
    this.code = code;
    if (detail !== undefined) this.detail = detail;
  }
}

/** A DOMException (or anything shaped like one) of the given name. */
export function hasErrorName(error: unknown, ...names: readonly string[]): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    typeof error.name === 'string' &&
    names.includes(error.name)
  );
}

/** What an IndexedDB failure means to the app. */
export function toRecordsError(error: unknown): RecordsError {
  if (error instanceof RecordsError) return error;
  // Firefox used its own name for a full disk before it adopted the standard one.
  if (hasErrorName(error, 'QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED')) {
    return new RecordsError('quota', { cause: error });
  }
  return new RecordsError('unavailable', { cause: error });
}
