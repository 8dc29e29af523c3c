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

const opened: RecordsStore[] = [];
async function open(name: string): Promise<RecordsStore> {
  const store = await openRecords(name);
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

const checklist = { id: 'c1', type: 'checklist', v: 1, ticks: [true, false] };
const diaryEntry = { id: 'd1', type: 'diaryEntry', v: 1, note: 'pijat 15 menit' };
const damaged = { id: 'broken', type: 'attempt', v: 1 };

const file = (stores: Record<string, unknown>, head: Record<string, unknown> = {}) =>
  JSON.stringify({ app: 'pijat-oksitosin', kind: 'records-backup', format: 1, exportedAt: '2026-12-02T10:00:00.000Z', stores, ...head });

describe('backup export and import', () => {
  test('a round trip carries every store, damaged and newer records as they are', async () => {
    const from = freshName();
    const source = await open(from);
    await source.putAttempt(attempt());
    await source.putReviews([card()]);
    const newer = { ...attempt({ id: 'later' }), v: 2 };
    await writeRaw(from, 'attempts', [damaged, newer]);
    await writeRaw(from, 'checklists', [checklist]);
    await writeRaw(from, 'diary', [diaryEntry]);

    const text = await source.exportBackup();
    const backup: unknown = JSON.parse(text);
    expect(backup).toEqual({
      app: 'pijat-oksitosin',
      kind: 'records-backup',
      format: 1,
      exportedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      stores: { attempts: [attempt(), damaged, newer], reviews: [card()], checklists: [checklist], diary: [diaryEntry] },
    });

    // A damaged record makes the file refused as a whole (below); without it, it imports.
    const clean = file({ attempts: [attempt(), newer], reviews: [card()], checklists: [checklist], diary: [diaryEntry] });
    const to = freshName();
    const target = await open(to);
    expect(await target.importBackup(clean)).toEqual({ added: 5, alreadyThere: 0 });
    expect(await target.listAttempts()).toEqual({
      records: [attempt()],
      problems: [{ store: 'attempts', key: 'later', reason: 'newer' }],
    });
    expect(await readRaw(to, 'checklists')).toEqual([checklist]);
    expect(await readRaw(to, 'diary')).toEqual([diaryEntry]);
    // Importing the same file again adds nothing.
    expect(await target.importBackup(clean)).toEqual({ added: 0, alreadyThere: 5 });
  });

  test('records already on the device are left as they are', async () => {
    const name = freshName();
    const store = await open(name);
    const mine = attempt({ score: 90, answers: [] });
    await store.putAttempt(mine);
    const result: ImportResult = await store.importBackup(file({ attempts: [attempt(), attempt({ id: 'other' })] }));
    expect(result).toEqual({ added: 1, alreadyThere: 1 });
    expect((await store.listAttempts()).records.find((record) => record.id === mine.id)).toEqual(mine);
  });

  test('an attempt kept only in memory can be written to a file without the database', async () => {
    const text = makeBackup({ attempts: [attempt()] }, new Date('2026-12-02T10:00:00.000Z'));
    expect(JSON.parse(text)).toEqual(JSON.parse(file({ attempts: [attempt()], reviews: [], checklists: [], diary: [] })));
    const store = await open(freshName());
    expect(await store.importBackup(text)).toEqual({ added: 1, alreadyThere: 0 });
  });
});

describe('import refusals: the whole file, nothing written', () => {
  test.each<[string, () => string, BackupErrorCode, string | undefined]>([
    ['not JSON', () => '{"app": "pijat-oksitosin", ', 'notJson', undefined],
    ['over 20 MB', () => file({ diary: [{ ...diaryEntry, note: 'x'.repeat(MAX_BACKUP_CHARS) }] }), 'tooLarge', undefined],
    ['another app', () => JSON.stringify({ app: 'other', kind: 'records-backup', format: 1, stores: {} }), 'otherApp', undefined],
    ['another kind of file of this app', () => file({}, { kind: 'preferences' }), 'otherApp', undefined],
    ['a JSON list', () => '[1, 2]', 'otherApp', undefined],
    ['a newer format', () => file({}, { format: 2 }), 'newerVersion', undefined],
    ['no format', () => file({}, { format: 'one' }), 'damaged', 'format'],
    ['no stores', () => file({}, { stores: null }), 'damaged', 'stores'],
    ['a store this format does not have', () => file({ notes: [] }), 'damaged', 'stores.notes'],
    ['a store that is not a list', () => file({ reviews: {} }), 'damaged', 'reviews'],
    [
      'a damaged attempt after good records',
      () => file({ reviews: [card()], checklists: [checklist], diary: [diaryEntry], attempts: [attempt(), damaged] }),
      'damaged',
      'attempts[1] (broken)',
    ],
    ['a damaged review', () => file({ reviews: [card({ box: 0 })] }), 'damaged', 'reviews[0] (statement-neck-1)'],
    ['a checklist without its envelope', () => file({ checklists: [{ id: 'c1' }] }), 'damaged', 'checklists[0] (c1)'],
    ['a diary entry that is not an object', () => file({ diary: ['note'] }), 'damaged', 'diary[0]'],
    ['one id twice', () => file({ attempts: [attempt(), attempt()] }), 'damaged', 'attempts[1] (attempt-1)'],
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
});

test('the backup file is named for the day it was made, on the local calendar', () => {
  expect(backupFileName(new Date(2026, 11, 2, 23, 59))).toBe('pijat-oksitosin-cadangan-2026-12-02.json');
  expect(backupFileName(new Date(2027, 0, 9, 0, 1))).toBe('pijat-oksitosin-cadangan-2027-01-09.json');
});
