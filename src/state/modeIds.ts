/**
 * The app's ways of use, chosen by `?mode=<id>`. Each lives in `src/modes/<id>/` and is listed with
 * its loader in `src/modes/registry.ts`; add the id here first.
 */
export const MODE_IDS = ['lesson', 'check', 'present', 'speaker', 'coach', 'checklist'] as const;
export type ModeId = (typeof MODE_IDS)[number];
export const DEFAULT_MODE: ModeId = 'lesson';

export function isModeId(value: string): value is ModeId {
  return (MODE_IDS as readonly string[]).includes(value);
}
