import type { StateCreator } from 'zustand';
import type { StepId } from '../../technique/ids';
import type { Text } from '../../technique/types';
import type { AppState } from '../store';

/** A label pinned to a place on the body; the DOM draws it, the frame loop moves it. */
export interface SceneLabelSpec {
  readonly key: string;
  /** 'region': a step's number on its patch in the overview (it opens the step). */
  readonly kind: 'point' | 'stroke' | 'dial' | 'region';
  readonly stepId: StepId;
  /** The action it opens, or null for a dial number or a step's region. */
  readonly actionId: string | null;
  /** What the label shows: a letter, a number, a clock hour, a step's number. */
  readonly text: string;
  /** The accessible name ("Left shoulder blade, 3 o'clock"; a region: the step's title); null for decoration. */
  readonly name: Text | null;
  /** Where on the skin, and the skin's outward normal there (labels on the far side hide). */
  readonly at: { readonly point: readonly [number, number, number]; readonly normal: readonly [number, number, number] };
}

export interface LabelsSlice {
  /** Set once when the technique is laid on the skin; not a per-frame value. */
  sceneLabels: readonly SceneLabelSpec[];
  setSceneLabels: (labels: readonly SceneLabelSpec[]) => void;
}

export const createLabelsSlice: StateCreator<AppState, [], [], LabelsSlice> = (set) => ({
  sceneLabels: [],
  setSceneLabels: (sceneLabels) => set({ sceneLabels }),
});
