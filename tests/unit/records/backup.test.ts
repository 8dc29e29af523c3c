import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import {
  BackupError,
  MAX_BACKUP_CHARS,
  backupFileName,
  makeBackup,
  openRecords,
  type BackupErrorCode,
  type ImportResult,
  type RecordsStore,
} from '../../../src/records';
import { attempt, card, freshName, readRaw, writeRaw } from './fixtures';
import { diarySession } from './fixtures';
import { workshop } from './fixtures';

const opened: RecordsStore[] = [];
async function open(name: string): Promise<RecordsStore> {
  const store = await openRecords(name);
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const checklist = workshop({ id: 'c1' });
const diaryEntry = diarySession({ id: 'd1' });
const damaged = { id: 'broken', type: 'attempt', v: 1 };

/** A backup file of the current format (2) by default; `{ format: 1 }` for one an earlier version wrote. */
const file = (stores: Record<string, unknown>, head: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'pijat-oksitosin', kind: 'records-backup', format: 2, exportedAt: '2026-12-02T10:00:00.000Z', stores, ...head });
const formatOne = (stores: Record<string, unknown>) => file(stores, { format: 1 });
const noneKept = { attempts: [], reviews: [], checklists: [], diary: [] };

describe('backup export and import', () => {
  test('a round trip carries every store; damaged records go in `kept` and are restored as they were', async () => {
    const from = freshName();
    const source = await open(from);
    await source.putAttempt(attempt());
    await source.putReviews([card()]);
    const newer = { ...attempt({ id: 'later' }), v: 2 };
    const damagedCard = { id: 'bad-card', type: 'review', v: 1, box: 9 };
    await writeRaw(from, 'attempts', [damaged, newer]);
    await writeRaw(from, 'reviews', [damagedCard]);
    await writeRaw(from, 'checklists', [checklist]);
    await writeRaw(from, 'diary', [diaryEntry]);
    const problemsThere = [...(await source.listAttempts()).problems, ...(await source.listReviews()).problems];

    const text = await source.exportBackup();
    const backup: unknown = JSON.parse(text);
    expect(backup).toEqual({
      app: 'pijat-oksitosin',
      kind: 'records-backup',
      format: 2,
      exportedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      stores: { attempts: [attempt(), newer], reviews: [card()], checklists: [checklist], diary: [diaryEntry] },
      kept: { ...noneKept, attempts: [damaged], reviews: [damagedCard] },
    });

    const to = freshName();
    const target = await open(to);
    expect(await target.importBackup(text)).toEqual<ImportResult>({ added: 5, keptAsTheyWere: 2, alreadyThere: 0 });
    // Damaged and newer, kept and reported on the fresh device as on the first one.
    expect(await target.listAttempts()).toEqual({
      records: [attempt()],
      problems: [
        { store: 'attempts', key: 'broken', reason: 'damaged' },
        { store: 'attempts', key: 'later', reason: 'newer' },
      ],
    });
    expect([...(await target.listAttempts()).problems, ...(await target.listReviews()).problems]).toEqual(problemsThere);
    expect(await readRaw(to, 'attempts')).toEqual([attempt(), damaged, newer]);
    expect(await readRaw(to, 'reviews')).toEqual([damagedCard, card()]);
    expect(await readRaw(to, 'checklists')).toEqual([checklist]);
    expect(await readRaw(to, 'diary')).toEqual([diaryEntry]);
    // The fresh device's own backup is the same file.
    const again = JSON.parse(await target.exportBackup()) as object;
    expect({ ...again, exportedAt: null }).toEqual({ ...(backup as object), exportedAt: null });
    // Importing the same file again adds nothing.
    expect(await target.importBackup(text)).toEqual({ added: 0, keptAsTheyWere: 0, alreadyThere: 7 });
  });

  test('with nothing kept, the file is format 1 as before: every version of the app reads all of it', async () => {
    const from = freshName();
    const source = await open(from);
    await source.putAttempt(attempt());
    await writeRaw(from, 'attempts', [{ ...attempt({ id: 'later' }), v: 2 }]);
    const backup: unknown = JSON.parse(await source.exportBackup());
    expect(backup).toMatchObject({ format: 1, stores: { attempts: [attempt(), { id: 'later', v: 2 }] } });
    expect(backup).not.toHaveProperty('kept');
  });

  test('records already on the device are left as they are, kept ones included', async () => {
    const name = freshName();
    const store = await open(name);
    const mine = attempt({ score: 90, answers: [] });
    const myCard = card({ id: 'tap-scapula-8', box: 4 });
    const badCard = { id: 'bad-card', type: 'review', v: 1, box: 9 };
    await store.putAttempt(mine);
    await store.putReviews([myCard]);
    await writeRaw(name, 'reviews', [badCard]);
    const result: ImportResult = await store.importBackup(
      file(
        { attempts: [attempt(), attempt({ id: 'other' })], reviews: [card()] },
        // Kept records under ids the device holds, readable or not, are not written either.
        { kept: { attempts: [damaged], reviews: [{ id: myCard.id, box: 0 }, { id: badCard.id, box: 1 }] } },
      ),
    );
    expect(result).toEqual({ added: 2, keptAsTheyWere: 1, alreadyThere: 3 });
    expect(await readRaw(name, 'attempts')).toEqual([mine, damaged, attempt({ id: 'other' })]);
    expect(await readRaw(name, 'reviews')).toEqual([badCard, card(), myCard]);
  });

  test('a format-1 file (an earlier version wrote damaged records among the others) restores them as kept', async () => {
    const name = freshName();
    const store = await open(name);
    const bare = { id: 'c2' };
    const text = formatOne({ attempts: [attempt(), damaged], checklists: [checklist, bare] });
    expect(await store.importBackup(text)).toEqual({ added: 2, keptAsTheyWere: 2, alreadyThere: 0 });
    expect(await store.listAttempts()).toEqual({
      records: [attempt()],
      problems: [{ store: 'attempts', key: 'broken', reason: 'damaged' }],
    });
    expect(await readRaw(name, 'checklists')).toEqual([checklist, bare]);
    // A format-1 file of readable records only, as every earlier backup without trouble.
    expect(await (await open(freshName())).importBackup(formatOne({ attempts: [attempt()], reviews: [card()] }))).toEqual({
      added: 2,
      keptAsTheyWere: 0,
      alreadyThere: 0,
    });
  });

  test('an attempt kept only in memory can be written to a file without the database', async () => {
    const text = makeBackup({ attempts: [attempt()] }, new Date('2026-12-02T10:00:00.000Z'));
    expect(JSON.parse(text)).toEqual(JSON.parse(formatOne({ attempts: [attempt()], reviews: [], checklists: [], diary: [] })));
    const store = await open(freshName());
    expect(await store.importBackup(text)).toEqual({ added: 1, keptAsTheyWere: 0, alreadyThere: 0 });
    // One the checks refuse still goes in the file, as it was.
    const withDamaged = makeBackup({ attempts: [attempt(), damaged] }, new Date('2026-12-02T10:00:00.000Z'));
    expect(JSON.parse(withDamaged)).toEqual(
      JSON.parse(file({ attempts: [attempt()], reviews: [], checklists: [], diary: [] }, { kept: { ...noneKept, attempts: [damaged] } })),
    );
  });
});

describe('import refusals: the whole file, nothing written', () => {
  test.each<[string, () => string, BackupErrorCode, string | undefined]>([
    ['not JSON', () => '{"app": "pijat-oksitosin", ', 'notJson', undefined],
    ['over 20 MB', () => file({ diary: [{ ...diaryEntry, note: 'x'.repeat(MAX_BACKUP_CHARS) }] }), 'tooLarge', undefined],
    ['another app', () => JSON.stringify({ app: 'other', kind: 'records-backup', format: 1, stores: {} }), 'otherApp', undefined],
    ['another kind of file of this app', () => file({}, { kind: 'preferences' }), 'otherApp', undefined],
    ['a JSON list', () => '[1, 2]', 'otherApp', undefined],
    ['a newer format', () => file({}, { format: 3 }), 'newerVersion', undefined],
    ['no format', () => file({}, { format: 'one' }), 'damaged', 'format'],
    ['no stores', () => file({}, { stores: null }), 'damaged', 'stores'],
    ['a store this format does not have', () => file({ notes: [] }), 'damaged', 'stores.notes'],
    ['a store that is not a list', () => file({ reviews: {} }), 'damaged', 'reviews'],
    [
      'a damaged attempt in `stores`, after good records',
      () => file({ reviews: [card()], checklists: [checklist], diary: [diaryEntry], attempts: [attempt(), damaged] }),
      'damaged',
      'attempts[1] (broken)',
    ],
    ['a damaged review in `stores`', () => file({ reviews: [card({ box: 0 })] }), 'damaged', 'reviews[0] (statement-neck-1)'],
    ['a checklist without its envelope in `stores`', () => file({ checklists: [{ id: 'c1' }] }), 'damaged', 'checklists[0] (c1)'],
    ['a diary entry that is not an object', () => file({ diary: ['note'] }), 'damaged', 'diary[0]'],
    ['a diary session without its length', () => file({ diary: [{ ...diaryEntry, actualSeconds: undefined }] }), 'damaged', 'diary[0] (d1)'],
    ['a diary session of another kind', () => file({ diary: [{ id: 'd2', type: 'diaryEntry', v: 1 }] }), 'damaged', 'diary[0] (d2)'],
    ['one id twice', () => file({ attempts: [attempt(), attempt()] }), 'damaged', 'attempts[1] (attempt-1)'],
    ['format 1: a record that is not an object', () => formatOne({ diary: ['note'] }), 'damaged', 'diary[0]'],
    ['format 1: a record without an id', () => formatOne({ attempts: [attempt(), { type: 'attempt', v: 1 }] }), 'damaged', 'attempts[1]'],
    ['format 1: one id twice, damaged', () => formatOne({ attempts: [damaged, damaged] }), 'damaged', 'attempts[1] (broken)'],
    ['`kept` not an object', () => file({}, { kept: [] }), 'damaged', 'kept'],
    ['`kept` null', () => file({}, { kept: null }), 'damaged', 'kept'],
    ['`kept` with a store this format does not have', () => file({}, { kept: { notes: [] } }), 'damaged', 'kept.notes'],
    ['`kept` with a store that is not a list', () => file({}, { kept: { attempts: damaged } }), 'damaged', 'kept.attempts'],
    ['a kept record that is not an object', () => file({}, { kept: { diary: ['note'] } }), 'damaged', 'kept.diary[0]'],
    ['a kept record without a string id', () => file({}, { kept: { reviews: [{ id: 7, box: 9 }] } }), 'damaged', 'kept.reviews[0]'],
    ['a kept record twice', () => file({}, { kept: { attempts: [damaged, damaged] } }), 'damaged', 'kept.attempts[1] (broken)'],
    [
      'an id both in `stores` and `kept`',
      () => file({ attempts: [attempt()] }, { kept: { attempts: [{ id: 'attempt-1' }] } }),
      'damaged',
      'kept.attempts[0] (attempt-1)',
    ],
  ])('%s', async (_, text, code, detail) => {
    const name = freshName();
    const store = await open(name);
    await store.putAttempt(attempt({ id: 'already-here' }));
    // Whatever good records the file also holds, none of them may be written.
    const error: unknown = await store.importBackup(text()).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(BackupError);
    expect(error).toMatchObject({ code, detail });
    expect(await readRaw(name, 'attempts')).toEqual([attempt({ id: 'already-here' })]);
    for (const other of ['reviews', 'checklists', 'diary']) expect(await readRaw(name, other)).toEqual([]);
  });

  test('a good file with a malformed `kept` writes none of its good records', async () => {
    const name = freshName();
    const store = await open(name);
    const text = file({ attempts: [attempt()], reviews: [card()] }, { kept: { attempts: [damaged, 'note'] } });
    await expect(store.importBackup(text)).rejects.toMatchObject({ code: 'damaged', detail: 'kept.attempts[1]' });
    expect(await readRaw(name, 'attempts')).toEqual([]);
    expect(await readRaw(name, 'reviews')).toEqual([]);
  });
});

test('the backup file is named for the day it was made, on the local calendar', () => {
  expect(backupFileName(new Date(2026, 11, 2, 23, 59))).toBe('pijat-oksitosin-cadangan-2026-12-02.json');
  expect(backupFileName(new Date(2027, 0, 9, 0, 1))).toBe('pijat-oksitosin-cadangan-2027-01-09.json');
});
