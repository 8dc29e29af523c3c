import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { playhead } from '../../../../src/motion/playhead';
import { SCHEDULE } from '../../../../src/motion/techniqueSchedule';
import { INITIAL_APP_STATE, useAppStore } from '../../../../src/state/store';
import { workshopCommands } from '../../../../src/state/workshop/commands';
import { PLAN, PLAN_PART_IDS } from '../../../../src/state/workshop/plan';
import { applySnapshot, readMessage, snapshot } from '../../../../src/state/workshop/workshopSync';
import { initialWorkshop, planMinutes, useWorkshopStore } from '../../../../src/state/workshop/workshopStore';
import { TEACHING_NOTES } from '../../../../src/technique/teachingNotes';
import { TECHNIQUE } from '../../../../src/technique';

const part = () => PLAN_PART_IDS[useWorkshopStore.getState().partIndex];
const app = () => useAppStore.getState();
const actionNow = () => SCHEDULE.actions.find((a) => playhead.t >= a.start && playhead.t < a.end)?.actionId;

let announced = 0;
const commands = workshopCommands(() => announced++);

beforeEach(() => {
  useAppStore.setState(INITIAL_APP_STATE, true);
  useWorkshopStore.setState(initialWorkshop(1000));
  playhead.t = 0;
  announced = 0;
});
afterEach(() => vi.useRealTimers());

describe('the clicker walks the workshop plan', () => {
  test('next goes through the parts; in counselling from the overview to the first movement, then movement by movement', () => {
    expect(part()).toBe('opening');
    commands.next();
    expect(part()).toBe('pretest');
    commands.next();
    expect(part()).toBe('counselling');
    expect(app().selectedView).toBe('setting');
    commands.next();
    expect(app().selectedView).toBe('neck');
    expect(actionNow()).toBe('neck-stroke');
    commands.next();
    expect(actionNow()).toBe('mastoid-press');
    expect(part()).toBe('counselling');
    expect(announced).toBe(4); // every command tells the other window
  });

  test('after the last movement, next opens the next part; previous before the first movement goes back a part', () => {
    useWorkshopStore.getState().setPart(PLAN_PART_IDS.indexOf('demonstration'), 2000);
    app().openStep('back');
    app().seek(SCHEDULE.actions.at(-1)!.start);
    commands.next();
    expect(part()).toBe('practice');
    commands.previous();
    expect(part()).toBe('demonstration');
    // Entering the demonstration opens the first step; before its first movement, previous leaves it.
    commands.goToPart(PLAN_PART_IDS.indexOf('demonstration'));
    commands.goToPart(PLAN_PART_IDS.indexOf('counselling'));
    commands.goToPart(PLAN_PART_IDS.indexOf('demonstration'));
    expect(app().selectedView).toBe('neck');
    commands.previous();
    expect(part()).toBe('counselling');
  });

  test('a number key opens that step, in the demonstration when the plan was elsewhere', () => {
    commands.goToStep(3);
    expect(part()).toBe('demonstration');
    expect(app().selectedView).toBe('scapulae');
    expect(playhead.t).toBe(SCHEDULE.steps[2]!.start);
    commands.goToStep(9);
    expect(app().selectedView).toBe('scapulae');
  });

  test('space plays and pauses only where the body moves; blank toggles', () => {
    commands.toggle();
    expect(app().playing).toBe(false); // the opening: nothing to play
    commands.goToStep(1);
    commands.toggle();
    expect(app().playing).toBe(true);
    commands.toggle();
    expect(app().playing).toBe(false);
    commands.toggleBlank();
    expect(useWorkshopStore.getState().blanked).toBe(true);
    commands.toggleBlank();
    expect(useWorkshopStore.getState().blanked).toBe(false);
  });

  test('a part opened starts its own clock; minutes are kept within 1-120', () => {
    vi.useFakeTimers({ now: 5000 });
    commands.goToPart(2);
    expect(useWorkshopStore.getState().partStartedAt).toBe(5000);
    expect(useWorkshopStore.getState().startedAt).toBe(1000);
    commands.setMinutes(2, 500);
    commands.setMinutes(3, 0);
    commands.setMinutes(4, 12.4);
    expect(useWorkshopStore.getState().minutes.slice(2, 5)).toEqual([120, 1, 12]);
    expect(planMinutes([5, 10, 20], 2)).toEqual({ total: 35, before: 15 });
  });
});

describe('the two windows in step', () => {
  test('a snapshot read back from the channel puts another window where this one stands', () => {
    commands.goToStep(2);
    commands.next();
    commands.toggleBlank();
    const sent = JSON.parse(JSON.stringify({ type: 'state', from: 'a', snapshot: snapshot() })) as unknown;
    const message = readMessage(sent);
    expect(message?.type).toBe('state');
    const there = message?.type === 'state' ? message.snapshot : null;
    // The other window, fresh.
    useAppStore.setState(INITIAL_APP_STATE, true);
    useWorkshopStore.setState(initialWorkshop(9999));
    playhead.t = 0;
    applySnapshot(there!);
    expect(part()).toBe('demonstration');
    expect(app().selectedView).toBe('shoulders');
    expect(playhead.t).toBe(there!.time);
    expect(useWorkshopStore.getState().blanked).toBe(true);
    expect(useWorkshopStore.getState().startedAt).toBe(1000);
  });

  test('a playing snapshot plays; a language chosen there is chosen here', () => {
    commands.goToStep(1);
    commands.toggle();
    const there = { ...snapshot(), language: 'en' as const };
    useAppStore.setState(INITIAL_APP_STATE, true);
    applySnapshot(there);
    expect(app().playing).toBe(true);
    expect(app().language).toBe('en');
  });

  test('messages that are not ours, or damaged, are ignored', () => {
    expect(readMessage(null)).toBeNull();
    expect(readMessage({ type: 'hello' })).toBeNull();
    expect(readMessage({ type: 'hello', from: 'x' })).toEqual({ type: 'hello', from: 'x' });
    expect(readMessage({ type: 'point', from: 'x', at: [0, 1, 'a'], normal: [0, 0, 1] })).toBeNull();
    const good = { type: 'state', from: 'x', snapshot: snapshot() };
    expect(readMessage(good)).not.toBeNull();
    expect(readMessage({ ...good, snapshot: { ...good.snapshot, view: 'legs' } })).toBeNull();
    expect(readMessage({ ...good, snapshot: { ...good.snapshot, language: 'fr' } })).toBeNull();
    expect(readMessage({ ...good, snapshot: { ...good.snapshot, workshop: { ...good.snapshot.workshop, minutes: ['5'] } } })).toBeNull();
  });
});

describe('the plan and the notes', () => {
  test('the plan follows the seeds: opening, pre-test, counselling, demonstration, practice, post-test, closing, in both languages', () => {
    expect(PLAN.map((p) => p.id)).toEqual(['opening', 'pretest', 'counselling', 'demonstration', 'practice', 'posttest', 'closing']);
    for (const p of PLAN) for (const text of [p.title, p.wall, p.note]) expect(text.id.trim() && text.en.trim(), p.id).toBeTruthy();
  });

  test('every movement has notes: what to say and at least one common mistake, in both languages', () => {
    const ids = TECHNIQUE.steps.flatMap((s) => s.actions.map((a) => a.id));
    expect(Object.keys(TEACHING_NOTES).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const note = TEACHING_NOTES[id]!;
      expect(note.mistakes.length, id).toBeGreaterThan(0);
      for (const text of [note.say, ...note.mistakes]) {
        expect(text.id.trim(), id).not.toBe('');
        expect(text.en.trim(), id).not.toBe('');
        expect(text.id, id).not.toBe(text.en);
      }
    }
  });
});
