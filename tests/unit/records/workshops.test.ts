import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { RecordsError, makeBackup, openRecords, type RecordsStore } from '../../../src/records';
import { judgeRecord } from '../../../src/records/validate';
import { freshName, workshop, writeRaw } from './fixtures';

/** The observation checklist's records: one workshop record holding its trainees, observations and scores. */

const opened: RecordsStore[] = [];
async function open(name = freshName()) {
  const store = await openRecords(name);
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

describe('checking a workshop record', () => {
  test('a whole workshop is ok', () => {
    expect(judgeRecord('checklists', workshop())).toBe('ok');
  });

  const trainee = workshop().trainees[0]!;
  const observation = trainee.observations[0]!;
  test.each([
    ['a date that is no day', { date: '2026-02-30' }],
    ['a date with a time', { date: '2026-12-02T00:00:00Z' }],
    ['no trainer field', { trainer: undefined }],
    ['a nameless trainee', { trainees: [{ ...trainee, name: '  ' }] }],
    ['the same trainee twice', { trainees: [trainee, trainee] }],
    ['a score of 3', { trainees: [{ ...trainee, observations: [{ ...observation, marks: [{ itemId: 'prep-oil', score: 3, note: '' }] }] }] }],
    ['one item scored twice', { trainees: [{ ...trainee, observations: [{ ...observation, marks: [observation.marks[0]!, observation.marks[0]!] }] }] }],
    ['an unknown observation kind', { trainees: [{ ...trainee, observations: [{ ...observation, kind: 'exam' }] }] }],
    ['a test score over 100', { trainees: [{ ...trainee, scores: [{ ...trainee.scores[0]!, score: 101 }] }] }],
    ['answers that are not 0/1', { trainees: [{ ...trainee, scores: [{ ...trainee.scores[0]!, answers: '12' }] }] }],
    ['an empty own item', { ownItems: [{ id: 'own-1', text: '' }] }],
  ])('%s is damaged', (_, change) => {
    expect(judgeRecord('checklists', { ...workshop(), ...change })).toBe('damaged');
  });

  test('a workshop from a newer version is kept as newer, not read', () => {
    expect(judgeRecord('checklists', { ...workshop(), v: 2, trainees: 'in a new shape' })).toBe('newer');
  });
});

describe('workshops on the device', () => {
  test('put, list newest first, survive closing, delete', async () => {
    const name = freshName();
    const first = await open(name);
    await first.putWorkshop(workshop());
    await first.putWorkshop(workshop({ id: 'ws-2', date: '2026-12-09' }));
    first.close();
    const again = await open(name);
    const listed = await again.listWorkshops();
    expect(listed.records.map((w) => w.id)).toEqual(['ws-2', 'ws-1']);
    expect(listed.records[1]).toEqual(workshop());
    await again.deleteWorkshop('ws-2');
    expect((await again.listWorkshops()).records.map((w) => w.id)).toEqual(['ws-1']);
  });

  test('an invalid workshop is not written', async () => {
    const store = await open();
    await expect(store.putWorkshop({ ...workshop(), date: 'tomorrow' })).rejects.toThrow(RecordsError);
    expect((await store.listWorkshops()).records).toEqual([]);
  });

  test('a damaged workshop on the device is reported, never overwritten or deleted', async () => {
    const name = freshName();
    await open(name).then((s) => s.close());
    await writeRaw(name, 'checklists', [{ ...workshop(), trainees: null }]);
    const store = await open(name);
    expect((await store.listWorkshops()).problems).toEqual([{ store: 'checklists', key: 'ws-1', reason: 'damaged' }]);
    await expect(store.putWorkshop(workshop())).rejects.toMatchObject({ code: 'recordKept' });
    await expect(store.deleteWorkshop('ws-1')).rejects.toMatchObject({ code: 'recordKept' });
  });

  test('a deleted workshop put back (undo) is listed as it was', async () => {
    const store = await open();
    await store.putWorkshop(workshop());
    const [kept] = (await store.listWorkshops()).records;
    await store.deleteWorkshop('ws-1');
    await store.putWorkshop(kept!);
    expect((await store.listWorkshops()).records).toEqual([workshop()]);
  });
});

describe('workshops in backups', () => {
  test('a workshop goes out and back in', async () => {
    const source = await open();
    await source.putWorkshop(workshop());
    const text = await source.exportBackup();
    const target = await open();
    expect(await target.importBackup(text)).toMatchObject({ added: 1 });
    expect((await target.listWorkshops()).records).toEqual([workshop()]);
  });

  test('a format-2 file whose readable workshop fails its check is refused whole (not only the envelope is checked now)', async () => {
    const file = JSON.parse(makeBackup({ checklists: [workshop()] }, new Date('2026-12-02T10:00:00Z'))) as { format: number; stores: { checklists: unknown[] } };
    file.format = 2;
    file.stores.checklists[0] = { ...workshop(), trainees: [{ id: 't', name: 'A', observations: [], scores: [{ kind: 'pre' }] }] };
    const target = await open();
    await expect(target.importBackup(JSON.stringify(file))).rejects.toMatchObject({ code: 'damaged' });
    expect((await target.listWorkshops()).records).toEqual([]);
  });

  test('a format-1 file carried unreadable records in stores: a damaged workshop comes back as it was, reported', async () => {
    const file = JSON.parse(makeBackup({ checklists: [workshop()] }, new Date('2026-12-02T10:00:00Z'))) as { stores: { checklists: unknown[] } };
    file.stores.checklists[0] = { ...workshop(), date: 'soon' };
    const target = await open();
    expect(await target.importBackup(JSON.stringify(file))).toMatchObject({ added: 0, keptAsTheyWere: 1 });
    expect((await target.listWorkshops()).problems).toEqual([{ store: 'checklists', key: 'ws-1', reason: 'damaged' }]);
  });
});
