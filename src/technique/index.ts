/**
 * The oxytocin massage as one validated source of truth (`shared/technique.md`).
 * `TECHNIQUE` is checked once when this module loads, so bad data fails at start-up and in tests.
 */
import { RAW_TECHNIQUE } from './data/technique';
import { parseTechnique } from './parse';

export const TECHNIQUE = parseTechnique(RAW_TECHNIQUE);

export { parseTechnique } from './parse';
export { TechniqueError } from './errors';
export { STEP_IDS, VIEW_IDS, isViewId } from './ids';
export { SEED_CITATIONS, SEED_IDS, SUPPLEMENTARY_CITATIONS } from './citations';
export { HAND_LABELS, HAND_PART_LABELS, HAND_ROLE_LABELS, PHASE_KIND_LABELS, SOURCE_KIND_LABELS } from './labels';
export { isPressPoint, isStroke, pointsOf, stepById, strokesOf } from './queries';
export type * from './types';
