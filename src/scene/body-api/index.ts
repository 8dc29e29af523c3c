/**
 * The body API: all a mode may use of the scene. `<BodyView>` places the body (and says what a
 * pick means); `useBody()` asks things of it. Enforced by the lint's layer rule.
 */
export { BodyView } from './BodyView';
export { useBody, type BodyApi } from './useBody';
export { useBodyPace } from './useBodyPace';
export type { BodyPick } from '../../state/slices/bodySlice';
export { spreadApart } from './spreadApart';
export type { PictureLabel } from './bodyProbe';
