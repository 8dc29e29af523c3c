import { create } from 'zustand';
import type { Language } from '../../i18n/languages';
import { SCHEDULE } from '../../motion/techniqueSchedule';
import { newRecordId, openRecords, requestPersistence, type DiaryRecord, type RecordsStore } from '../../records';
import { useAppStore } from '../../state/store';
import { TECHNIQUE, type Text } from '../../technique';
import { createCueClock, type CueClock } from './cueClock';
import { cuesFor, type Cue } from './cues';
import { makePlan, type Plan } from './plan';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type CoachSettings } from './settings';
import { chooseVoice, hush, loadVoices, say, synthesis } from './speech';
import { tone, wakeTones } from './tones';
import { createWakeKeeper, type WakeKeeper, type WakeState } from './wakeLock';

/** A session shorter than this (seconds of massage) is not kept in the diary: a start by mistake. */
export const MIN_KEPT_SECONDS = 30;
/** A step counts as done when this share of it was followed (not skipped). */
const STEP_DONE_SHARE = 0.9;

/** A voice as the settings list it. */
export interface VoiceChoice {
  readonly voiceURI: string;
  readonly name: string;
  readonly lang: string;
}

interface CoachState {
  screen: 'home' | 'session' | 'done';
  settings: CoachSettings;
  voices: readonly VoiceChoice[];
  voicesLoaded: boolean;
  plan: Plan | null;
  status: 'running' | 'paused';
  /** Why the session is paused: the giver's tap, or the page hidden (the phone locked). */
  pausedBy: 'user' | 'hidden' | null;
  /** The plan segment now. */
  segment: number;
  /** The words of the latest cue, shown large (and read by a screen reader). */
  words: Text | null;
  /** Said once per session where nothing can be spoken in the language. */
  voiceNotice: 'noVoice' | 'noSpeech' | null;
  wake: WakeState;
  /**
   * The session just finished or stopped; `written`: its diary entry is on the device (null while
   * it is written; false when that failed, and `storageTrouble` says so).
   */
  ended: { readonly finished: boolean; readonly entry: DiaryRecord; readonly kept: boolean; readonly written: boolean | null } | null;
  /** The note is on the device (said only once it is: a page closed at "saved" loses nothing). */
  noteSaved: boolean;
  diary: readonly DiaryRecord[];
  problems: number;
  records: RecordsStore | null;
  storageTrouble: boolean;

  loadRecords(): Promise<void>;
  loadVoices(): Promise<void>;
  changeSettings(change: Partial<CoachSettings>): void;
  start(): void;
  /** The big tap area. */
  toggle(): void;
  pause(by: 'user' | 'hidden'): void;
  resume(): void;
  skip(): void;
  repeat(): void;
  stop(): void;
  saveNote(note: string): void;
  deleteSession(id: string): void;
  home(): void;
  /** Leaving the mode: stops a session without keeping it. */
  dispose(): void;
}

/** The giver's own calendar day, 'YYYY-MM-DD'. */
export function localDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

const newestFirst = (entries: readonly DiaryRecord[]): DiaryRecord[] =>
  [...entries].sort((a, b) => b.startedAt.localeCompare(a.startedAt));

/** What a session holds that is not state to draw: the clock, the voice, what was followed. */
interface Running {
  readonly clock: CueClock;
  readonly plan: Plan;
  readonly startedAt: Date;
  /** The diary entry's id. */
  readonly id: string;
  /** The device can speak at all (the voice is chosen per cue, for the language at that moment). */
  readonly speech: boolean;
  /** Segments followed from their start to their end, not jumped over. */
  readonly followed: Set<number>;
  /** The segment entered by play (not by a jump), or -1 after a jump. */
  current: number;
  /** Milliseconds of massage (running time) before the last play. */
  activeMs: number;
  playingSince: number | null;
}

let running: Running | null = null;

/** Seconds into the session now (0 when none runs): read by the countdowns and the body, not through state. */
export const sessionPosition = (): number => running?.clock.position() ?? 0;

export const useCoachStore = create<CoachState>((set, get) => {
  let wake: WakeKeeper | null = null;
  let voices: readonly SpeechSynthesisVoice[] = [];

  const language = (): Language => useAppStore.getState().language;

  const onCue = (cue: Cue) => {
    const session = running;
    if (!session) return;
    if (session.current >= 0 && cue.segment === session.current + 1) session.followed.add(session.current);
    session.current = cue.segment;
    const { settings } = get();
    if (cue.tone) tone(cue.tone, settings.volume);
    if (cue.words && !settings.tonesOnly && session.speech) {
      // The language may be changed mid-session: the voice follows it, or the message says there is none.
      const voice = chooseVoice(voices, language(), settings.voiceURI);
      if (voice) say(cue.words[language()], voice, settings.volume);
      else if (get().voiceNotice === null) set({ voiceNotice: 'noVoice' });
    }
    if (cue.vibrate > 0 && typeof navigator.vibrate === 'function') navigator.vibrate(cue.vibrate);
    if (cue.end) {
      set({ words: cue.words });
      // After the last words have their moment (the session is already complete).
      finish(true);
      return;
    }
    set({ segment: cue.segment, words: cue.words });
  };

  const activeSeconds = (session: Running): number =>
    (session.activeMs + (session.playingSince === null ? 0 : performance.now() - session.playingSince)) / 1000;

  const stepsFollowed = (session: Running): string[] =>
    session.plan.steps
      .filter((step) => {
        const own = session.plan.segments.filter((s) => s.stepId === step.stepId);
        const followed = own.filter((s) => session.followed.has(s.index)).reduce((sum, s) => sum + s.duration, 0);
        return followed >= STEP_DONE_SHARE * (step.end - step.start);
      })
      .map((step) => step.stepId);

  /** The diary entry for the session as it stands (the same id throughout, so a later save replaces it). */
  const entryOf = (session: Running): DiaryRecord => ({
    id: session.id,
    type: 'diary',
    v: 1,
    day: localDay(session.startedAt),
    startedAt: session.startedAt.toISOString(),
    plannedSeconds: Math.round(session.plan.duration),
    actualSeconds: Math.round(activeSeconds(session)),
    stepsCompleted: stepsFollowed(session),
    note: '',
  });

  /** Keeps the entry in the diary (replacing an earlier save of the same session). */
  /** Shows `entry` in the diary at once and writes it; resolves whether it is kept (in memory only where there is no device store). */
  const keep = (entry: DiaryRecord): Promise<boolean> => {
    set((s) => ({ diary: newestFirst([entry, ...s.diary.filter((d) => d.id !== entry.id)]) }));
    return write(entry);
  };
  /** Whether the session that ended is still the one `entry` belongs to. */
  const stillEnded = (entry: DiaryRecord) => get().ended?.entry.id === entry.id;

  function finish(finished: boolean) {
    const session = running;
    if (!session) return;
    if (finished && session.current >= 0) session.followed.add(session.current);
    const entry = entryOf(session);
    session.clock.dispose();
    running = null;
    wake?.want(false);
    if (!finished) hush();
    const kept = entry.actualSeconds >= MIN_KEPT_SECONDS;
    set({ screen: 'done', status: 'paused', pausedBy: null, ended: { finished, entry, kept, written: kept ? null : false }, noteSaved: false });
    if (!kept) return;
    void keep(entry).then((written) => {
      const ended = get().ended;
      if (ended && stillEnded(entry)) set({ ended: { ...ended, written } });
    });
  }

  const write = (entry: DiaryRecord): Promise<boolean> => {
    const { records } = get();
    if (!records) return Promise.resolve(true);
    return records.putDiary(entry).then(
      () => {
        void requestPersistence();
        return true;
      },
      () => {
        set({ storageTrouble: true });
        return false;
      },
    );
  };

  const play = (session: Running) => {
    session.playingSince = performance.now();
    session.clock.play();
  };
  const halt = (session: Running) => {
    if (session.playingSince !== null) session.activeMs += performance.now() - session.playingSince;
    session.playingSince = null;
    session.clock.pause();
  };
  const jump = (t: number) => {
    const session = running;
    if (!session) return;
    session.current = -1;
    session.clock.seek(t);
    if (!session.clock.running) {
      // Paused: show where it landed; its cue fires when play goes on.
      const index = session.plan.segments.findIndex((s) => s.start >= t - 1e-6);
      set({ segment: Math.max(0, index), words: null });
    }
  };

  return {
    screen: 'home',
    settings: DEFAULT_SETTINGS,
    voices: [],
    voicesLoaded: false,
    plan: null,
    status: 'paused',
    pausedBy: null,
    segment: 0,
    words: null,
    voiceNotice: null,
    wake: 'off',
    ended: null,
    noteSaved: false,
    diary: [],
    problems: 0,
    records: null,
    storageTrouble: false,

    async loadRecords() {
      set({ settings: loadSettings() });
      try {
        const records = get().records ?? (await openRecords());
        const listed = await records.listDiary();
        set((s) => ({
          records,
          // Sessions kept only in memory (storage refused earlier) stay listed.
          diary: newestFirst([...listed.records, ...s.diary.filter((d) => !listed.records.some((r) => r.id === d.id))]),
          problems: listed.problems.length,
          storageTrouble: false,
        }));
      } catch {
        set({ storageTrouble: true });
      }
    },

    async loadVoices() {
      voices = await loadVoices();
      set({ voices: voices.map(({ voiceURI, name, lang }) => ({ voiceURI, name, lang })), voicesLoaded: true });
    },

    changeSettings(change) {
      const settings = { ...get().settings, ...change };
      set({ settings });
      saveSettings(settings);
    },

    start() {
      if (running) return;
      const { settings } = get();
      const plan = makePlan(SCHEDULE, settings.minutes);
      wakeTones();
      const speech = synthesis() !== null;
      let voiceNotice: CoachState['voiceNotice'] = null;
      if (!settings.tonesOnly) {
        if (!speech) voiceNotice = 'noSpeech';
        else {
          if (voices.length === 0) voices = synthesis()?.getVoices() ?? [];
          if (!chooseVoice(voices, language(), settings.voiceURI)) voiceNotice = 'noVoice';
        }
      }
      wake ??= createWakeKeeper((state) => set({ wake: state }));
      const clock = createCueClock({
        cues: cuesFor(plan, TECHNIQUE),
        now: () => performance.now(),
        timers: { setTimeout: (f, ms) => window.setTimeout(f, ms), clearTimeout: (h) => window.clearTimeout(h as number) },
        onCue,
      });
      running = { id: newRecordId(), clock, plan, startedAt: new Date(), speech, followed: new Set(), current: -1, activeMs: 0, playingSince: null };
      set({ screen: 'session', plan, status: 'running', pausedBy: null, segment: 0, words: null, voiceNotice, ended: null });
      wake.want(true);
      play(running);
    },

    toggle() {
      if (get().status === 'running') get().pause('user');
      else get().resume();
    },

    pause(by) {
      const session = running;
      if (!session || get().status !== 'running') return;
      halt(session);
      hush();
      set({ status: 'paused', pausedBy: by });
      // The phone may end the page while it is hidden: what was done is in the diary already.
      if (by === 'hidden' && activeSeconds(session) >= MIN_KEPT_SECONDS) keep(entryOf(session));
    },

    resume() {
      const session = running;
      if (!session || get().status === 'running') return;
      wakeTones();
      wake?.want(true);
      set({ status: 'running', pausedBy: null });
      play(session);
    },

    skip() {
      const session = running;
      if (!session) return;
      const t = session.clock.position();
      const next = session.plan.actions.find((a) => a.start > t + 1e-6);
      if (next) jump(next.start);
      else get().stop();
    },

    repeat() {
      const session = running;
      if (!session) return;
      const t = session.clock.position();
      const action = [...session.plan.actions].reverse().find((a) => a.start <= t + 1e-6) ?? session.plan.actions[0]!;
      jump(action.start);
    },

    stop() {
      finish(false);
    },

    saveNote(note) {
      const ended = get().ended;
      if (!ended?.kept) return;
      const entry = { ...ended.entry, note: note.trim() };
      set({ ended: { ...ended, entry }, noteSaved: false });
      void keep(entry).then((written) => {
        if (written && stillEnded(entry)) set({ noteSaved: true });
      });
    },

    deleteSession(id) {
      set((s) => ({ diary: s.diary.filter((d) => d.id !== id) }));
      get().records?.deleteDiary(id).catch(() => set({ storageTrouble: true }));
    },

    home() {
      set({ screen: 'home', ended: null, words: null });
    },

    dispose() {
      // Leaving the mode mid-session ends it as a stop would: what was done is kept.
      finish(false);
      hush();
      wake?.dispose();
      wake = null;
      set({ screen: 'home', status: 'paused', pausedBy: null, ended: null });
    },
  };
});
