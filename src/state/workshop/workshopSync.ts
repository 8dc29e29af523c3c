import { isLanguage, type Language } from '../../i18n/languages';
import { playhead } from '../../motion/playhead';
import { isViewId, type ViewId } from '../../technique/ids';
import { useAppStore } from '../store';
import { useWorkshopStore, type WorkshopState } from './workshopStore';

/**
 * The presenter window and the speaker view kept in step over a BroadcastChannel: same origin, no
 * server, offline. After every command a window sends where it stands (the workshop, the playhead,
 * playing or not, the step shown, the language, a pointer ring); the other takes it as it is. A
 * window that opens asks ('hello') and the other answers with its state. Both run the same timeline
 * on the same clock, so between commands they play alike without messages.
 */
export const CHANNEL_NAME = 'pijat-oksitosin.workshop';

export type Point3 = readonly [number, number, number];

export interface WorkshopSnapshot {
  readonly workshop: WorkshopState;
  readonly time: number;
  readonly playing: boolean;
  readonly view: ViewId;
  readonly language: Language;
}

export type WorkshopMessage =
  | { readonly type: 'hello'; readonly from: string }
  | { readonly type: 'state'; readonly from: string; readonly snapshot: WorkshopSnapshot }
  | { readonly type: 'point'; readonly from: string; readonly at: Point3; readonly normal: Point3 };

/** Seconds of difference in the playhead that a snapshot corrects (less is the two clocks' jitter). */
const TIME_TOLERANCE = 0.05;

export function snapshot(): WorkshopSnapshot {
  const { partIndex, minutes, blanked, startedAt, partStartedAt } = useWorkshopStore.getState();
  const s = useAppStore.getState();
  return {
    workshop: { partIndex, minutes, blanked, startedAt, partStartedAt },
    time: playhead.t,
    playing: s.playing,
    view: s.selectedView,
    language: s.language,
  };
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPoint = (v: unknown): v is Point3 => Array.isArray(v) && v.length === 3 && v.every(isNumber);

/** Reads a message from the channel, or null for anything that is not one of ours. */
export function readMessage(data: unknown): WorkshopMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (typeof m.from !== 'string') return null;
  if (m.type === 'hello') return { type: 'hello', from: m.from };
  if (m.type === 'point' && isPoint(m.at) && isPoint(m.normal)) return { type: 'point', from: m.from, at: m.at, normal: m.normal };
  if (m.type !== 'state' || typeof m.snapshot !== 'object' || m.snapshot === null) return null;
  const s = m.snapshot as Record<string, unknown>;
  const w = s.workshop as Record<string, unknown> | null | undefined;
  if (!isNumber(s.time) || typeof s.playing !== 'boolean' || typeof s.view !== 'string' || !isViewId(s.view) || !isLanguage(s.language)) return null;
  if (!w || !isNumber(w.partIndex) || !Array.isArray(w.minutes) || !w.minutes.every(isNumber) || typeof w.blanked !== 'boolean') return null;
  if (!isNumber(w.startedAt) || !isNumber(w.partStartedAt)) return null;
  return {
    type: 'state',
    from: m.from,
    snapshot: {
      workshop: { partIndex: w.partIndex, minutes: w.minutes as number[], blanked: w.blanked, startedAt: w.startedAt, partStartedAt: w.partStartedAt },
      time: s.time,
      playing: s.playing,
      view: s.view,
      language: s.language,
    },
  };
}

/** Makes this window stand where another one does. */
export function applySnapshot(remote: WorkshopSnapshot): void {
  useWorkshopStore.getState().assign(remote.workshop);
  const s = useAppStore.getState();
  if (remote.language !== s.language) s.chooseLanguage(remote.language);
  if (remote.playing) {
    if (Math.abs(playhead.t - remote.time) > TIME_TOLERANCE) s.seek(remote.time);
    if (!useAppStore.getState().playing) s.play();
  } else {
    if (s.playing) s.pause();
    s.seek(remote.time);
  }
  useAppStore.getState().selectView(remote.view);
}

export interface WorkshopLink {
  /** Tells the other window where this one stands now. */
  announce(): void;
  /** Shows a pointer ring in the other window too. */
  point(at: Point3, normal: Point3): void;
  close(): void;
}

/**
 * Joins the channel: says hello, and takes the state that a window already open answers with (so a
 * speaker view opened later, or a presenter window reloaded, picks up where the workshop stands).
 * `onPoint` shows a ring the other window asked for. Where BroadcastChannel is missing, each window
 * works on its own.
 */
export function joinWorkshop(options: { readonly onPoint: (at: Point3, normal: Point3) => void }): WorkshopLink {
  if (typeof BroadcastChannel === 'undefined') return { announce: () => undefined, point: () => undefined, close: () => undefined };
  const from = Math.random().toString(36).slice(2);
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const send = (message: WorkshopMessage) => channel.postMessage(message);
  channel.onmessage = (event: MessageEvent) => {
    const message = readMessage(event.data);
    if (!message || message.from === from) return;
    if (message.type === 'hello') send({ type: 'state', from, snapshot: snapshot() });
    else if (message.type === 'state') applySnapshot(message.snapshot);
    else options.onPoint(message.at, message.normal);
  };
  send({ type: 'hello', from });
  return {
    announce: () => send({ type: 'state', from, snapshot: snapshot() }),
    point: (at, normal) => send({ type: 'point', from, at, normal }),
    close: () => channel.close(),
  };
}
