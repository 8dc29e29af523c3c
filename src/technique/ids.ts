/** Step ids are URL slugs (`?step=neck`, also read from `#/neck`), so they stay short, lowercase and stable. */
export const STEP_IDS = ['neck', 'shoulders', 'scapulae', 'back'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Every view of the procedure in order: the setting overview, then the four steps. */
export const VIEW_IDS = ['setting', ...STEP_IDS] as const;
export type ViewId = (typeof VIEW_IDS)[number];

export function isViewId(value: string): value is ViewId {
  return (VIEW_IDS as readonly string[]).includes(value);
}
