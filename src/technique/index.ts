/**
 * The oxytocin massage as one validated source of truth (`shared/technique.md`).
 * The data is checked against its schema and rules (`parseTechnique`) when the app is built (a
 * Vite plugin in `vite.config.ts` fails the build on bad data), by the unit tests, and at start in
 * the dev server; the shipped app carries no validator, which keeps zod out of the first load.
 */
import { RAW_TECHNIQUE } from './data/technique';
import type { Technique } from './types';

export const TECHNIQUE: Technique = RAW_TECHNIQUE;

if (import.meta.env.DEV) {
  // A data edit in the dev server is checked at once (the build checks it again).
  void import('./parse').then(({ parseTechnique }) => parseTechnique(RAW_TECHNIQUE));
}

export { STEP_IDS, VIEW_IDS, isViewId } from './ids';
export { SEED_CITATIONS, SEED_IDS, SUPPLEMENTARY_CITATIONS } from './citations';
export { HAND_LABELS, HAND_PART_LABELS, HAND_ROLE_LABELS, PHASE_KIND_LABELS, SOURCE_KIND_LABELS } from './labels';
export { isPressPoint, isStroke, pointsOf, stepById, strokesOf } from './queries';
export type * from './types';
