import 'fake-indexeddb/auto';
import { afterEach, describe, expect, test } from 'vitest';
import { RecordsError, diaryToCsv, openRecords, type RecordsErrorCode, type RecordsStore } from '../../../src/records';
import { diarySession, freshName, readRaw, writeRaw } from './fixtures';

const opened: RecordsStore[] = [];
async function open(name: string): Promise<RecordsStore> {
  const store = await openRecords(name);
  opened.push(store);
  return store;
}
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

async function codeOf(promise: Promise<unknown>): Promise<RecordsErrorCode | null> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  return error instanceof RecordsError ? error.code : null;
}

describe('diary sessions on the device', () => {
  test('put, listed newest first, kept across a reopen, a note added later, deleted', async () => {
    const name = freshName();
    const records = await open(name);
    const morning = diarySession({ id: 'm', startedAt: '2026-12-02T00:30:00.000Z', note: '' });
    const evening = diarySession({ id: 'e', startedAt: '2026-12-02T12:00:00.000Z' });
    await records.putDiary(morning);
    await records.putDiary(evening);
    records.close();

    const again = await open(name);
    expect((await again.listDiary()).records.map((s) => s.id)).toEqual(['e', 'm']);
    await again.putDiary({ ...morning, note: 'Ibu lebih rileks' });
    expect((await again.listDiary()).records.find((s) => s.id === 'm')?.note).toBe('Ibu lebih rileks');
    await again.deleteDiary('m');
    await again.deleteDiary('not-there');
    expect((await again.listDiary()).records.map((s) => s.id)).toEqual(['e']);
  });

  test('an invalid session is refused before anything is written', async () => {
    const name = freshName();
    const records = await open(name);
    expect(await codeOf(records.putDiary(diarySession({ actualSeconds: -5 })))).toBe('invalid');
    expect(await readRaw(name, 'diary')).toEqual([]);
  });

  test('a damaged or newer session is reported, never listed, overwritten or deleted', async () => {
    const name = freshName();
    await open(name);
    const damaged = { id: 'bad', type: 'diary', v: 1, day: 'yesterday' };
    const newer = { id: 'new', type: 'diary', v: 3, mood: 'calm' };
    await writeRaw(name, 'diary', [damaged, newer, diarySession()]);
    const records = await open(name);
    const listed = await records.listDiary();
    expect(listed.records.map((s) => s.id)).toEqual(['diary-1']);
    expect(listed.problems).toEqual([
      { store: 'diary', key: 'bad', reason: 'damaged' },
      { store: 'diary', key: 'new', reason: 'newer' },
    ]);
    expect(await codeOf(records.putDiary(diarySession({ id: 'bad' })))).toBe('recordKept');
    expect(await codeOf(records.deleteDiary('new'))).toBe('recordKept');
    expect(await readRaw(name, 'diary')).toContainEqual(damaged);
    expect(await readRaw(name, 'diary')).toContainEqual(newer);
  });

  test('a backup carries the diary to another device', async () => {
    const from = await open(freshName());
    await from.putDiary(diarySession());
    const to = await open(freshName());
    expect(await to.importBackup(await from.exportBackup())).toEqual({ added: 1, keptAsTheyWere: 0, alreadyThere: 0 });
    expect((await to.listDiary()).records).toEqual([diarySession()]);
  });
});

test('diary CSV: a row per session in minutes, the note quoted and kept from running as a formula', () => {
  const csv = diaryToCsv([
    diarySession(),
    diarySession({ id: 'd2', plannedSeconds: 450, actualSeconds: 200, stepsCompleted: ['neck'], note: '=SUM(A1), "capek"' }),
  ]);
  expect(csv).toBe(
    [
      'session_id,day,started_at,planned_min,actual_min,steps_completed,note',
      'diary-1,2026-12-02,2026-12-02T06:30:00.000Z,15,15.1,neck shoulders scapulae back,pijat 15 menit',
      'd2,2026-12-02,2026-12-02T06:30:00.000Z,7.5,3.3,neck,"\'=SUM(A1), ""capek"""',
      '',
    ].join('\r\n'),
  );
});
