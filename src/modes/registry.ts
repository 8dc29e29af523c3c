import { lazy, type ComponentType } from 'react';
import type { ModeId } from '../state/modeIds';

/**
 * Every way of using the app, by id (`?mode=<id>`). A mode is `src/modes/<id>/`, whose main
 * component is the default export of its `<Name>Mode.tsx`; it is loaded when the mode opens, in a
 * chunk of its own, so the first load does not grow with the number of modes. A mode may use
 * `ui/`, `state/`, `technique/`, `motion/`, `records/` and the body API (`scene/body-api`), and
 * never another mode (the lint's layer rule says so).
 */
const LOADERS: { readonly [Id in ModeId]: () => Promise<{ default: ComponentType }> } = {
  lesson: () => import('./lesson/LessonMode'),
  check: () => import('./check/CheckMode'),
  present: () => import('./present/PresentMode'),
  speaker: () => import('./speaker/SpeakerMode'),
  coach: () => import('./coach/CoachMode'),
  checklist: () => import('./checklist/ChecklistMode'),
};

/** Each mode's component, made lazy once (a new mode adds a line here and one above). */
export const MODES: { readonly [Id in ModeId]: ComponentType } = {
  lesson: lazy(LOADERS.lesson),
  check: lazy(LOADERS.check),
  present: lazy(LOADERS.present),
  speaker: lazy(LOADERS.speaker),
  coach: lazy(LOADERS.coach),
  checklist: lazy(LOADERS.checklist),
};

/** Starts fetching a mode's code at once, before React asks for it (the start-up waterfall). */
export function preloadMode(id: ModeId): void {
  void LOADERS[id]();
}
