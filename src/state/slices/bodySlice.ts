import type { StateCreator } from 'zustand';
import type { StepId } from '../../technique/ids';
import type { Text } from '../../technique/types';
import type { AppState } from '../store';

type Point3 = readonly [number, number, number];

/** What the body shows on top of the skin; a mode hides what would give its answers away. */
export interface BodyLayers {
  /** The drawn paths and their arrows. */
  readonly paths: boolean;
  /** The pressure-point markers and the clock dials. */
  readonly points: boolean;
  /** The labels pinned to the body (letters, numbers, clock hours). */
  readonly labels: boolean;
  /** The giver's hands. */
  readonly hands: boolean;
}

export const ALL_LAYERS: BodyLayers = { paths: true, points: true, labels: true, hands: true };

/** Something to make stand out on the body. */
export type BodyHighlight =
  /** A ring that pulses at a place on the skin (a presenter's pointer, a quiz's true answer). */
  | { readonly kind: 'point'; readonly at: Point3; readonly normal: Point3 }
  /** A movement's lines and points, lit. */
  | { readonly kind: 'action'; readonly actionId: string };

/** A place on the body the technique names: a pressure point, or a stroke's path. */
export interface NamedPlace {
  readonly kind: 'point' | 'path';
  readonly actionId: string;
  readonly stepId: StepId;
  readonly name: Text;
  /** The place on the skin (one for a point, the line for a path). */
  readonly points: readonly Point3[];
  /** A path's lines in the order the stroke runs, one per copy (a mirrored stroke has two); a point's one place. */
  readonly lines: readonly (readonly Point3[])[];
}

/** What the user picked on the body, given to the open mode. */
export interface BodyPick {
  /** A tap (or click, or Enter on a label), a keyboard focus, or a pointer resting on a label. */
  readonly via: 'tap' | 'focus' | 'hover';
  /** Where on the skin, when the pick was on the body itself. */
  readonly point: Point3 | null;
  /** The line, marker or label that was picked directly, if any. */
  readonly target: { readonly actionId: string; readonly stepId: StepId } | null;
  /** The named place nearest to `point`, and how far it is along the skin. */
  readonly nearest: { readonly place: NamedPlace; readonly distanceMm: number } | null;
  /** In the overview: the step whose region was picked (its shaded patch, or the number on it). */
  readonly step?: StepId;
}

export interface BodySlice {
  bodyLayers: BodyLayers;
  bodyHighlight: BodyHighlight | null;
  /** Laid on the skin once with the technique; the body uses it to name what was picked. */
  namedPlaces: readonly NamedPlace[];
  /** The open mode's answer to a pick; null: picks do nothing. */
  onBodyPick: ((pick: BodyPick) => void) | null;
  setBodyLayers: (layers: Partial<BodyLayers>) => void;
  highlight: (highlight: BodyHighlight | null) => void;
  setNamedPlaces: (places: readonly NamedPlace[]) => void;
  setOnBodyPick: (handler: ((pick: BodyPick) => void) | null) => void;
}

export const createBodySlice: StateCreator<AppState, [], [], BodySlice> = (set) => ({
  bodyLayers: ALL_LAYERS,
  bodyHighlight: null,
  namedPlaces: [],
  onBodyPick: null,
  setBodyLayers: (layers) => set((s) => ({ bodyLayers: { ...s.bodyLayers, ...layers } })),
  highlight: (bodyHighlight) => set({ bodyHighlight }),
  setNamedPlaces: (namedPlaces) => set({ namedPlaces }),
  setOnBodyPick: (onBodyPick) => set({ onBodyPick }),
});
