const QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the user asked the system for less motion (read live, so a change applies at once). */
export const prefersReducedMotion = (): boolean => window.matchMedia?.(QUERY).matches ?? false;
