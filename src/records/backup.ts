/**
 * The backup file: every store's records as JSON, written and read without the database so that
 * an attempt kept only in memory (storage full or refused) can be saved to a file too.
 *
 * { app: 'pijat-oksitosin', kind: 'records-backup', format: 2, exportedAt,
 *   stores: { attempts: [...], reviews: [...], checklists: [...], diary: [...] },
 *   kept: { attempts: [...], reviews: [...], checklists: [...], diary: [...] } }
 *
 * - `stores`: the records the exporting app could read, and newer ones (recognisable as newer:
 *   taken as they are on import). A damaged record here means a damaged file: refused whole.
 * - `kept`: the records the exporting app could not read (damaged), carried as they were. They
 *   are restored as they were, unchecked, where their id is free, and reported there as on the
 *   source device, so a backup of a device holding a damaged record can still be restored.
 *   All a kept record needs is to be an object with a string id (the app writes no other keys).
 *
 * Formats: a file is written at format 1 (no `kept`, exactly as before) when nothing is kept,
 * and at format 2 when it carries kept records. A format-1 reader ignores unknown keys, so it
 * would restore a format-2 file's `stores`, say it succeeded and silently leave out `kept`: an
 * older app must refuse such a file ('newerVersion', update the app) rather than restore less
 * than it holds. A file with nothing kept stays readable by every version.
 *
 * Reading format 1: its exporter put every record in `stores` as it was, damaged ones included,
 * so a damaged format-1 record is taken as a kept one (restored as it was), not as a damaged file.
 */
import { BackupError } from './errors';
import { STORE_NAMES, type StoreName } from './types';
import { isEnvelope, judgeRecord, type RecordEnvelope } from './validate';

const APP = 'pijat-oksitosin';
const KIND = 'records-backup';
/** The newest format this version reads (and writes when the file carries kept records). */
export const BACKUP_FORMAT = 2;
/** The format of a file with no kept records: readable by every version of the app. */
const FORMAT_WITHOUT_KEPT = 1;

/** A file larger than this is not read at all (20 MB: years of attempts are well under 1 MB). */
export const MAX_BACKUP_CHARS = 20 * 1024 * 1024;

/** A record carried as it was: all that is known of it is its id (the stores' key). */
export type KeptRecord = Readonly<Record<string, unknown>> & { readonly id: string };

export type BackupRecords = Readonly<Record<StoreName, readonly RecordEnvelope[]>>;
export type KeptRecords = Readonly<Record<StoreName, readonly KeptRecord[]>>;

export interface ParsedBackup {
  /** Records that pass their check, or are newer: added as they are. */
  readonly stores: BackupRecords;
  /** Records the exporting app could not read: added as they were, unchecked. */
  readonly kept: KeptRecords;
}

/**
 * The backup's JSON text. Records this version can read (or are newer) go in `stores`, damaged
 * ones in `kept`, each exactly as given: nothing is left out.
 */
export function makeBackup(stores: Partial<Record<StoreName, readonly unknown[]>>, exportedAt: Date): string {
  const split = (damaged: boolean) =>
    Object.fromEntries(
      STORE_NAMES.map((name) => [name, (stores[name] ?? []).filter((record) => (judgeRecord(name, record) === 'damaged') === damaged)]),
    ) as Record<StoreName, unknown[]>;
  const readable = split(false);
  const kept = split(true);
  const anyKept = STORE_NAMES.some((name) => kept[name].length > 0);
  return JSON.stringify({
    app: APP,
    kind: KIND,
    format: anyKept ? BACKUP_FORMAT : FORMAT_WITHOUT_KEPT,
    exportedAt: exportedAt.toISOString(),
    stores: readable,
    ...(anyKept ? { kept } : {}),
  });
}

const isObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isKeptRecord = (value: unknown): value is KeptRecord => isObject(value) && typeof value.id === 'string';

/** The section's lists by store name; a missing store is an empty one, an unknown one is refused. */
function sections(section: unknown, where: string): Record<StoreName, readonly unknown[]> {
  if (!isObject(section)) throw new BackupError('damaged', where);
  const unknownStore = Object.keys(section).find((name) => !(STORE_NAMES as readonly string[]).includes(name));
  // This format has exactly these stores: anything else would be dropped on import, so refuse.
  if (unknownStore !== undefined) throw new BackupError('damaged', `${where}.${unknownStore}`);
  const lists: Partial<Record<StoreName, readonly unknown[]>> = {};
  for (const name of STORE_NAMES) {
    const records: unknown = section[name] ?? [];
    // Named as before (`reviews`, not `stores.reviews`): the mode shows it as it is.
    if (!Array.isArray(records)) throw new BackupError('damaged', where === 'stores' ? name : `${where}.${name}`);
    lists[name] = records;
  }
  return lists as Record<StoreName, readonly unknown[]>;
}

/** ' (id)' when the record has one, for the error's detail. */
const named = (record: unknown): string => (isObject(record) && typeof record.id === 'string' ? ` (${record.id})` : '');

/**
 * Reads a backup file, or throws BackupError: the whole file is refused at the first thing wrong,
 * so an import writes all of it or nothing. In `stores`, attempts and reviews must pass their
 * checks (a newer record version is taken as it is: the device keeps it and reports it as
 * newer), and so must diary sessions; checklists need only the envelope for now (`isEnvelope`). In `kept`,
 * a record need only be an object with a string id. One id twice in a store (in either section)
 * is refused: one of the two would be lost.
 */
export function parseBackup(text: string): ParsedBackup {
  if (text.length > MAX_BACKUP_CHARS) throw new BackupError('tooLarge');
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new BackupError('notJson');
  }
  if (!isObject(file) || file.app !== APP || file.kind !== KIND) throw new BackupError('otherApp');
  const { format } = file;
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1) throw new BackupError('damaged', 'format');
  if (format > BACKUP_FORMAT) throw new BackupError('newerVersion');
  const storeLists = sections(file.stores, 'stores');
  // A file without kept records may leave the section out (format 1 always does).
  const keptLists = file.kept === undefined ? sections({}, 'kept') : sections(file.kept, 'kept');

  const stores: Partial<Record<StoreName, RecordEnvelope[]>> = {};
  const kept: Partial<Record<StoreName, KeptRecord[]>> = {};
  for (const name of STORE_NAMES) {
    const readable: RecordEnvelope[] = [];
    const asTheyWere: KeptRecord[] = [];
    const seen = new Set<string>();
    const take = (record: { readonly id: string }, where: string) => {
      if (seen.has(record.id)) throw new BackupError('damaged', where);
      seen.add(record.id);
    };
    storeLists[name].forEach((record, index) => {
      const where = `${name}[${index}]${named(record)}`;
      if (isEnvelope(record) && judgeRecord(name, record) !== 'damaged') {
        take(record, where);
        readable.push(record);
      } else if (format === 1 && isKeptRecord(record)) {
        // The format-1 exporter carried damaged records here, as they were.
        take(record, where);
        asTheyWere.push(record);
      } else {
        throw new BackupError('damaged', where);
      }
    });
    keptLists[name].forEach((record, index) => {
      const where = `kept.${name}[${index}]${named(record)}`;
      if (!isKeptRecord(record)) throw new BackupError('damaged', where);
      take(record, where);
      asTheyWere.push(record);
    });
    stores[name] = readable;
    kept[name] = asTheyWere;
  }
  return { stores: stores as BackupRecords, kept: kept as KeptRecords };
}

/** e.g. 'pijat-oksitosin-cadangan-2026-12-02.json' ('cadangan': backup), on the user's own calendar. */
export function backupFileName(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${APP}-cadangan-${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}.json`;
}
