/**
 * What the coach says and sounds, and when: a pure list of cues over the pacing plan.
 *
 * - A low tone (and a short vibration) where pressure begins (a stroke's pressure phase, a point's
 *   press); a high tone where the light return begins (a glide, a release).
 * - The count aloud at the start of each repetition ("satu", "dua", ...); a point's press, hold
 *   and release in words; "once more" at the start of a movement's next round.
 * - The next movement announced ahead, in the last phase that starts at least `NEXT_LEAD_S`
 *   before the movement ends (at 15 minutes: with the last count, about 7 s ahead); the phases
 *   after it keep their tones and leave the words out, so the announcement is heard whole.
 * - The step and the movement named at the start; "finished" at the end.
 * Each cue lies on a segment's start, so one cue's words never run into the next phase's words
 * by design (the speaker still cuts a late one short).
 */
import type { Technique, Text } from '../../technique/types';
import type { Plan, PlanSegment } from './plan';
import { SAY, S, fillText } from './strings';

/** Announce the next movement at least this many seconds ahead [guidance]. */
export const NEXT_LEAD_S = 4;
/** Vibration lengths, milliseconds. */
export const VIBRATE_PRESS_MS = 80;
export const VIBRATE_END_MS = 400;

export type CueTone = 'low' | 'high';

export interface Cue {
  /** Seconds from the session's start. */
  readonly at: number;
  /** The plan segment it starts (the end cue: one past the last). */
  readonly segment: number;
  /** Spoken words, or null (tone or nothing). */
  readonly words: Text | null;
  readonly tone: CueTone | null;
  /** Milliseconds of vibration, 0 for none. */
  readonly vibrate: number;
  readonly end: boolean;
}

/** The movement's name (a stroke's title, a point's label) and its step's, by action id. */
export function namesOf(technique: Technique): ReadonlyMap<string, { readonly title: Text; readonly step: Text; readonly stepNumber: number }> {
  const names = new Map<string, { title: Text; step: Text; stepNumber: number }>();
  technique.steps.forEach((step, index) => {
    for (const action of step.actions) {
      names.set(action.id, { title: action.kind === 'stroke' ? action.title : action.label, step: step.title, stepNumber: index + 1 });
    }
  });
  return names;
}

export const countWord = (n: number): Text => ({
  id: SAY.numbers.id[n - 1] ?? String(n),
  en: SAY.numbers.en[n - 1] ?? String(n),
});

/** The words and tone of a phase's start, before announcements. */
function phaseCue(segment: PlanSegment, previous: PlanSegment | undefined): Pick<Cue, 'words' | 'tone' | 'vibrate'> {
  const firstOfRepetition = !previous || previous.actionOrdinal !== segment.actionOrdinal || previous.count !== segment.count || previous.round !== segment.round;
  const firstOfRound = firstOfRepetition && segment.round > 1 && previous?.round !== segment.round;
  const again = (word: Text): Text => (firstOfRound ? fillText(SAY.again, { word }) : word);
  switch (segment.kind) {
    case 'settle':
      return { words: null, tone: null, vibrate: 0 };
    case 'pressure':
      return { words: firstOfRepetition ? again(countWord(segment.count)) : null, tone: 'low', vibrate: VIBRATE_PRESS_MS };
    case 'glide':
      // A glide that begins a repetition (a stroke of returns only) carries the count.
      return { words: firstOfRepetition ? again(countWord(segment.count)) : SAY.glide, tone: 'high', vibrate: 0 };
    case 'press':
      return { words: again(SAY.press), tone: 'low', vibrate: VIBRATE_PRESS_MS };
    case 'hold':
      return { words: SAY.hold, tone: null, vibrate: 0 };
    case 'release':
      return { words: SAY.release, tone: 'high', vibrate: 0 };
  }
}

/** The segment that carries the next movement's announcement: the last to start `NEXT_LEAD_S` or more before the end. */
function announcingSegment(plan: Plan, ordinal: number): number {
  const action = plan.actions[ordinal]!;
  const last = action.firstSegment + action.segmentCount - 1;
  for (let i = last; i > action.firstSegment; i--) {
    if (action.end - plan.segments[i]!.start >= NEXT_LEAD_S) return i;
  }
  return last;
}

/** Text ending with a full stop. */
const stop = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/** Every cue of a session, in time order. */
export function cuesFor(plan: Plan, technique: Technique): readonly Cue[] {
  const names = namesOf(technique);
  const nameOf = (actionId: string) => {
    const name = names.get(actionId);
    if (!name) throw new RangeError(`coach: no movement "${actionId}" in the technique`);
    return name;
  };
  const announcers = new Map<number, string>();
  plan.actions.forEach((_, ordinal) => {
    const next = plan.actions[ordinal + 1];
    if (next) announcers.set(announcingSegment(plan, ordinal), next.actionId);
  });

  let quietUntil = -1;
  const cues: Cue[] = plan.segments.map((segment, index) => {
    const previous = plan.segments[index - 1];
    const { tone, vibrate, words: phaseWords } = phaseCue(segment, previous);
    let words = phaseWords;
    const name = nameOf(segment.actionId);
    if (segment.kind === 'settle') {
      const action = plan.actions[segment.actionOrdinal]!;
      const counts = action.counts === 1 ? SAY.once : fillText(SAY.times, { n: action.counts });
      const step = fillText(SAY.step, { n: name.stepNumber, title: name.step });
      if (index === 0) words = fillText(SAY.start, { step: step, title: name.title, counts });
      else if (previous && previous.stepId !== segment.stepId) words = step;
    }
    const next = announcers.get(index);
    if (next !== undefined) {
      const word = words === null ? { id: '', en: '' } : { id: stop(words.id), en: stop(words.en) };
      words = fillText(SAY.next, { word, title: nameOf(next).title });
      words = { id: words.id.trim(), en: words.en.trim() };
      quietUntil = plan.actions[segment.actionOrdinal]!.end;
    } else if (segment.start < quietUntil) {
      // After the announcement, tones only: its words have the rest of the movement to be heard.
      words = null;
    }
    return { at: segment.start, segment: index, words, tone, vibrate, end: false };
  });
  cues.push({ at: plan.duration, segment: plan.segments.length, words: SAY.end, tone: 'high', vibrate: VIBRATE_END_MS, end: true });
  return cues;
}

/** What the screen calls a phase: a word, and a hint. */
export function phaseLabel(segment: PlanSegment): { readonly word: Text; readonly hint: Text } {
  switch (segment.kind) {
    case 'settle':
      return { word: S.settle, hint: S.settleHint };
    case 'pressure':
    case 'press':
      return { word: S.press, hint: S.pressHint };
    case 'glide':
      return { word: S.glide, hint: S.glideHint };
    case 'hold':
      return { word: S.hold, hint: S.holdHint };
    case 'release':
      return { word: S.release, hint: S.releaseHint };
  }
}
