import { lazy, type ComponentType } from 'react';
import type { ModeId } from '../state/modeIds';

/**
 * Every way of using the app, by id (`?mode=<id>`). A mode is `src/modes/<id>/`, whose main
 * component is the default export of its `<Name>Mode.tsx`; it is loaded the first time the mode
 * opens, in a chunk of its own, so the first load does not grow with the number of modes. A mode
 * may use `ui/`, `state/`, `technique/`, `motion/`, `records/` and the body API
 * (`scene/body-api`), and never another mode (the lint's layer rule says so).
 */
export const MODES: { readonly [Id in ModeId]: ComponentType } = {
  lesson: lazy(() => import('./lesson/LessonMode')),
};
