// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { MIN_KEPT_SECONDS, useCoachStore } from '../../../../src/modes/coach/coachStore';
import { makePlan } from '../../../../src/modes/coach/plan';
import type { DiaryRecord, RecordsStore } from '../../../../src/records';
import { SCHEDULE } from '../../../../src/motion/techniqueSchedule';

/** Each test: a 5-minute session with tones only, on fake timers; afterwards nothing of it is left. */
function sessionOnFakeTimers() {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
    useCoachStore.getState().changeSettings({ minutes: 5, tonesOnly: true });
  });
  afterEach(() => {
    useCoachStore.getState().dispose();
    useCoachStore.setState({ records: null, storageTrouble: false });
    localStorage.clear();
    vi.useRealTimers();
  });
}

/** A session driven by fake timers: what the diary gets (length without pauses, steps followed). */
describe('a session, start to diary entry', () => {
  sessionOnFakeTimers();
  const plan = makePlan(SCHEDULE, 5);
  const step = (i: number) => plan.steps[i]!;

  test('the whole session: every step followed, the length as planned, kept', () => {
    useCoachStore.getState().start();
    expect(useCoachStore.getState()).toMatchObject({ screen: 'session', status: 'running', wake: 'missing' });
    vi.advanceTimersByTime(300_000 + 10);
    const { screen, ended } = useCoachStore.getState();
    expect(screen).toBe('done');
    expect(ended).toMatchObject({ finished: true, kept: true });
    expect(ended!.entry).toMatchObject({ plannedSeconds: 300, actualSeconds: 300, stepsCompleted: ['neck', 'shoulders', 'scapulae', 'back'], note: '' });
    expect(useCoachStore.getState().diary[0]).toEqual(ended!.entry);
  });

  test('a pause is not counted; a skipped step is not followed; a stop keeps what was done', () => {
    const store = () => useCoachStore.getState();
    store().start();
    vi.advanceTimersByTime(step(0).end * 1000 + 10); // the neck, whole
    const before = store().diary.length;
    store().pause('hidden');
    expect(store()).toMatchObject({ status: 'paused', pausedBy: 'hidden' });
    // Hidden (the phone may end the page): what was done is in the diary already.
    expect(store().diary.length).toBe(before + 1);
    expect(store().diary[0]).toMatchObject({ stepsCompleted: ['neck'], actualSeconds: Math.round(step(0).end) });
    vi.advanceTimersByTime(120_000);
    store().resume();
    // Skip every movement of the shoulders.
    while (store().plan!.segments[store().segment]!.stepId === 'shoulders') store().skip();
    vi.advanceTimersByTime(10_000);
    store().stop();
    const { ended } = store();
    expect(ended!.finished).toBe(false);
    expect(ended!.entry.stepsCompleted).toEqual(['neck']);
    expect(ended!.entry.actualSeconds).toBe(Math.round(step(0).end + 10));
    expect(ended!.kept).toBe(ended!.entry.actualSeconds >= MIN_KEPT_SECONDS);
    // The same session, saved again on stop: one entry, not two.
    expect(store().diary.length).toBe(before + 1);
    expect(store().diary[0]).toEqual(ended!.entry);
  });

  test('a start by mistake (under 30 s) is not kept', () => {
    const before = useCoachStore.getState().diary;
    useCoachStore.getState().start();
    vi.advanceTimersByTime(5_000);
    useCoachStore.getState().stop();
    expect(useCoachStore.getState().ended).toMatchObject({ kept: false });
    expect(useCoachStore.getState().diary).toBe(before);
  });

  test('leaving the mode mid-session keeps what was done', () => {
    const before = useCoachStore.getState().diary.length;
    useCoachStore.getState().start();
    vi.advanceTimersByTime(40_000);
    useCoachStore.getState().dispose();
    expect(useCoachStore.getState().diary.length).toBe(before + 1);
    expect(useCoachStore.getState().diary[0]!.actualSeconds).toBe(40);
    expect(useCoachStore.getState().screen).toBe('home');
  });

  test('repeat goes back to the start of the movement; skip on to the next', () => {
    const store = () => useCoachStore.getState();
    store().start();
    vi.advanceTimersByTime(8_000);
    store().repeat();
    expect(store().segment).toBe(plan.actions[0]!.firstSegment);
    store().skip();
    expect(store().segment).toBe(plan.actions[1]!.firstSegment);
  });
});

/** "Saved" is said only once the device store has it: a page closed at that word loses nothing. */
describe('the diary says saved once it is written', () => {
  sessionOnFakeTimers();

  /** A device store whose writes finish (or fail) when the test says. */
  function slowStore() {
    const writes: { entry: DiaryRecord; finish: () => void; fail: () => void }[] = [];
    const putDiary = vi.fn(
      (entry: DiaryRecord) =>
        new Promise<void>((resolve, reject) => writes.push({ entry, finish: resolve, fail: () => reject(new Error('QuotaExceededError')) })),
    );
    useCoachStore.setState({ records: { putDiary } as unknown as RecordsStore });
    return writes;
  }

  /** A session of 40 s (kept), stopped: what its writes are. */
  function stoppedSession() {
    const writes = slowStore();
    useCoachStore.getState().start();
    vi.advanceTimersByTime(40_000);
    useCoachStore.getState().stop();
    return writes;
  }
  const store = () => useCoachStore.getState();

  test('the session and its note: "saving", then "saved" when each write is done', async () => {
    const writes = stoppedSession();
    expect(store().ended).toMatchObject({ kept: true, written: null });
    writes.at(-1)!.finish();
    await vi.waitFor(() => expect(store().ended?.written).toBe(true));

    store().saveNote('  Ibu lebih rileks ');
    expect(store().noteSaved).toBe(false);
    expect(writes.at(-1)!.entry.note).toBe('Ibu lebih rileks');
    writes.at(-1)!.finish();
    await vi.waitFor(() => expect(store().noteSaved).toBe(true));
  });

  test('a write that fails is never called saved, and the trouble is said', async () => {
    const writes = stoppedSession();
    writes.at(-1)!.fail();
    await vi.waitFor(() => expect(store().ended?.written).toBe(false));
    expect(store().storageTrouble).toBe(true);
    store().saveNote('x');
    writes.at(-1)!.fail();
    await Promise.resolve();
    await Promise.resolve();
    expect(store().noteSaved).toBe(false);
  });
});
