import type { ComponentType } from 'react';
import { loadable, type Loadable } from '../state/loadable';
import type { ModeId } from '../state/modeIds';

/**
 * Every way of using the app, by id (`?mode=<id>`). A mode is `src/modes/<id>/`, whose main
 * component is the default export of its `<Name>Mode.tsx`; it is loaded when the mode opens, in a
 * chunk of its own, so the first load does not grow with the number of modes. A mode may use
 * `ui/`, `state/`, `technique/`, `motion/`, `records/` and the body API (`scene/body-api`), and
 * never another mode (the lint's layer rule says so).
 */
export const MODES: { readonly [Id in ModeId]: Loadable<ComponentType> } = {
  lesson: loadable(() => import('./lesson/LessonMode').then((m) => m.default)),
  check: loadable(() => import('./check/CheckMode').then((m) => m.default)),
  present: loadable(() => import('./present/PresentMode').then((m) => m.default)),
  speaker: loadable(() => import('./speaker/SpeakerMode').then((m) => m.default)),
  coach: loadable(() => import('./coach/CoachMode').then((m) => m.default)),
  checklist: loadable(() => import('./checklist/ChecklistMode').then((m) => m.default)),
};
