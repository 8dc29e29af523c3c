const QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the user asked the system for less motion (read live, so a change applies at once). */
export const prefersReducedMotion = (): boolean => window.matchMedia?.(QUERY).matches ?? false;

/** Calls `listener` when the user changes that setting; returns the way out. */
export function whenReducedMotionChanges(listener: () => void): () => void {
  const query = window.matchMedia?.(QUERY);
  query?.addEventListener('change', listener);
  return () => query?.removeEventListener('change', listener);
}
