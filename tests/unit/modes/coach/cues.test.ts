import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createCueClock } from '../../../../src/modes/coach/cueClock';
import { cuesFor, NEXT_LEAD_S, type Cue } from '../../../../src/modes/coach/cues';
import { makePlan } from '../../../../src/modes/coach/plan';
import { SCHEDULE } from '../../../../src/motion/techniqueSchedule';
import { TECHNIQUE } from '../../../../src/technique';

const plan = makePlan(SCHEDULE, 15);
const cues = cuesFor(plan, TECHNIQUE);

describe('the cues over the plan', () => {
  test('one cue at every segment start and one at the end, in time order', () => {
    expect(cues.length).toBe(plan.segments.length + 1);
    cues.slice(0, -1).forEach((cue, i) => expect(cue.at).toBe(plan.segments[i]!.start));
    expect(cues.at(-1)).toMatchObject({ at: 900, end: true, words: { id: 'Selesai. Terima kasih.' } });
  });

  test('a low tone and a vibration where pressure begins, a high tone where the light return begins', () => {
    plan.segments.forEach((segment, i) => {
      const cue = cues[i]!;
      if (segment.kind === 'pressure' || segment.kind === 'press') expect([cue.tone, cue.vibrate > 0]).toEqual(['low', true]);
      else if (segment.kind === 'glide' || segment.kind === 'release') expect(cue.tone).toBe('high');
      else expect(cue.tone).toBeNull();
    });
  });

  test('the start names the step and the movement; the neck stroke is counted aloud, twice to five', () => {
    expect(cues[0]!.words).toEqual({
      id: 'Mulai. Langkah 1, Leher. Pijat leher, 5 kali.',
      en: 'Starting. Step 1, Neck. Neck stroke, 5 times.',
    });
    const neck = plan.actions[0]!;
    const spoken = cues
      .slice(neck.firstSegment + 1, neck.firstSegment + neck.segmentCount)
      .filter((cue) => plan.segments[cue.segment]!.kind === 'pressure')
      .map((cue) => cue.words?.id);
    expect(spoken).toEqual(['satu', 'dua', 'tiga', 'empat', 'lima', 'Sekali lagi, satu', 'dua', 'tiga', 'empat', 'lima. Berikutnya: Belakang telinga (tulang mastoid).']);
    // The last return keeps its tone, without words: the announcement is heard whole.
    const lastReturn = cues[neck.firstSegment + neck.segmentCount - 1]!;
    expect([plan.segments[lastReturn.segment]!.kind, lastReturn.tone, lastReturn.words]).toEqual(['glide', 'high', null]);
  });

  test('the next movement is announced at least a few seconds before it begins, once', () => {
    plan.actions.slice(0, -1).forEach((action, ordinal) => {
      const next = plan.actions[ordinal + 1]!;
      const title = TECHNIQUE.steps.flatMap((s) => s.actions).find((a) => a.id === next.actionId)!;
      const name = title.kind === 'stroke' ? title.title.id : title.label.id;
      const announcing = cues.filter((cue) => cue.words?.id.includes(`Berikutnya: ${name}.`));
      expect(announcing.length).toBe(1);
      const ahead = action.end - announcing[0]!.at;
      expect(ahead).toBeGreaterThanOrEqual(NEXT_LEAD_S);
      expect(ahead).toBeLessThan(15);
    });
  });

  test('a new step is named where it starts', () => {
    const stepStarts = cues.filter((cue) => /^Langkah \d/.test(cue.words?.id ?? ''));
    expect(stepStarts.map((cue) => cue.at)).toEqual(plan.steps.slice(1).map((s) => s.start));
  });
});

describe('the cue clock, with fake timers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const clock = (fired: Cue[]) =>
    createCueClock({
      cues,
      now: () => Date.now(),
      timers: { setTimeout: (f, ms) => setTimeout(f, ms), clearTimeout: (h) => clearTimeout(h as number) },
      onCue: (cue) => fired.push({ ...cue, at: cue.at, firedAt: clockStart === null ? 0 : (Date.now() - clockStart) / 1000 } as Cue),
    });
  let clockStart: number | null = null;

  test('every cue fires at its time in the plan, in order, and the session ends at 15 minutes', () => {
    const fired: (Cue & { firedAt?: number })[] = [];
    clockStart = Date.now();
    const c = clock(fired);
    c.play();
    expect(fired.length).toBe(1); // the start, at once
    vi.advanceTimersByTime(60_000);
    const firstMinute = cues.filter((cue) => cue.at <= 60);
    expect(fired.length).toBe(firstMinute.length);
    vi.advanceTimersByTime(840_000);
    expect(fired.map((cue) => cue.segment)).toEqual(cues.map((cue) => cue.segment));
    for (const cue of fired) expect(Math.abs((cue.firedAt ?? 0) - cue.at)).toBeLessThan(0.003);
    expect(c.running).toBe(false);
    expect(c.position()).toBe(900);
  });

  test('a pause holds the position and the cues; play goes on without repeating one', () => {
    const fired: Cue[] = [];
    clockStart = Date.now();
    const c = clock(fired);
    c.play();
    vi.advanceTimersByTime(20_000);
    c.pause();
    const count = fired.length;
    expect(c.position()).toBeCloseTo(20, 6);
    vi.advanceTimersByTime(300_000);
    expect(fired.length).toBe(count);
    expect(c.position()).toBeCloseTo(20, 6);
    c.play();
    vi.advanceTimersByTime(10_000);
    expect(c.position()).toBeCloseTo(30, 6);
    expect(fired.map((cue) => cue.segment)).toEqual(cues.filter((cue) => cue.at <= 30).map((cue) => cue.segment));
  });

  test('a jump (skip, repeat) fires the cue where it lands, then the ones after', () => {
    const fired: Cue[] = [];
    const c = clock(fired);
    c.play();
    const third = plan.actions[2]!;
    c.seek(third.start);
    expect(fired.at(-1)?.segment).toBe(third.firstSegment);
    vi.advanceTimersByTime((plan.segments[third.firstSegment + 1]!.start - third.start) * 1000);
    expect(fired.at(-1)?.segment).toBe(third.firstSegment + 1);
    c.seek(third.start);
    expect(fired.at(-1)?.segment).toBe(third.firstSegment);
  });

  test('a late timer (a busy phone) fires what has passed at once, in order, with no drift after', () => {
    const fired: Cue[] = [];
    const c = clock(fired);
    c.play();
    vi.setSystemTime(Date.now() + 30_000); // the wall clock jumps while no timer runs
    const second = cues[1]!.at;
    vi.advanceTimersByTime(second * 1000); // the timer for the second cue, 30 s late
    const now = 30 + second;
    expect(c.position()).toBeCloseTo(now, 2);
    expect(fired.map((cue) => cue.segment)).toEqual(cues.filter((cue) => cue.at <= now).map((cue) => cue.segment));
    const after = cues.find((cue) => cue.at > now)!;
    vi.advanceTimersByTime((after.at - now) * 1000 + 1);
    expect(fired.at(-1)?.segment).toBe(after.segment);
  });
});
