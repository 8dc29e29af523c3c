/**
 * The backup file: every store's records as JSON, written and read without the database so that
 * an attempt kept only in memory (storage full or refused) can be saved to a file too.
 *
 * { app: 'pijat-oksitosin', kind: 'records-backup', format: 1, exportedAt, stores: { attempts: [...],
 *   reviews: [...], checklists: [...], diary: [...] } }
 */
import { BackupError } from './errors';
import { STORE_NAMES, type StoreName } from './types';
import { isEnvelope, judgeRecord, type RecordEnvelope } from './validate';

const APP = 'pijat-oksitosin';
const KIND = 'records-backup';
export const BACKUP_FORMAT = 1;

/** A file larger than this is not read at all (20 MB: years of attempts are well under 1 MB). */
export const MAX_BACKUP_CHARS = 20 * 1024 * 1024;

export type BackupRecords = Readonly<Record<StoreName, readonly RecordEnvelope[]>>;

/** The backup's JSON text. Records go in exactly as given (damaged or newer ones included). */
export function makeBackup(stores: Partial<Record<StoreName, readonly unknown[]>>, exportedAt: Date): string {
  const all = Object.fromEntries(STORE_NAMES.map((name) => [name, stores[name] ?? []]));
  return JSON.stringify({ app: APP, kind: KIND, format: BACKUP_FORMAT, exportedAt: exportedAt.toISOString(), stores: all });
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a backup file, or throws BackupError: the whole file is refused at the first thing wrong,
 * so an import writes all of it or nothing. Attempts and reviews must pass their checks (a newer
 * record version is taken as it is: the device keeps it and reports it as newer); checklists and
 * diary entries need only the envelope for now (`isEnvelope`).
 */
export function parseBackup(text: string): BackupRecords {
  if (text.length > MAX_BACKUP_CHARS) throw new BackupError('tooLarge');
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new BackupError('notJson');
  }
  if (!isObject(file) || file.app !== APP || file.kind !== KIND) throw new BackupError('otherApp');
  const { format, stores } = file;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) throw new BackupError('damaged', 'format');
  if (format > BACKUP_FORMAT) throw new BackupError('newerVersion');
  if (!isObject(stores)) throw new BackupError('damaged', 'stores');
  const unknownStore = Object.keys(stores).find((name) => !(STORE_NAMES as readonly string[]).includes(name));
  // Format 1 has exactly these stores: anything else would be dropped on import, so refuse.
  if (unknownStore !== undefined) throw new BackupError('damaged', `stores.${unknownStore}`);

  const parsed: Partial<Record<StoreName, readonly RecordEnvelope[]>> = {};
  for (const name of STORE_NAMES) {
    // A missing store is an empty one.
    const records: unknown = stores[name] ?? [];
    if (!Array.isArray(records)) throw new BackupError('damaged', name);
    const seen = new Set<string>();
    parsed[name] = records.map((record: unknown, index): RecordEnvelope => {
      const id = isObject(record) && typeof record.id === 'string' ? ` (${record.id})` : '';
      const where = `${name}[${index}]${id}`;
      if (!isEnvelope(record) || judgeRecord(name, record) === 'damaged') throw new BackupError('damaged', where);
      // Two records under one id: one of them would be lost.
      if (seen.has(record.id)) throw new BackupError('damaged', where);
      seen.add(record.id);
      return record;
    });
  }
  return parsed as BackupRecords;
}

/** e.g. 'pijat-oksitosin-cadangan-2026-12-02.json' ('cadangan': backup), on the user's own calendar. */
export function backupFileName(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${APP}-cadangan-${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}.json`;
}
