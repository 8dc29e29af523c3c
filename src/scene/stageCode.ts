import type { ComponentType } from 'react';
import { loadable } from '../state/loadable';

/** The scene's code (`Stage`), fetched on its own: main starts it before React renders, beside the mode's. */
export const STAGE_CODE = loadable<ComponentType>(() => import('./Stage').then((m) => m.Stage));
