import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

const subscribe = (callback: () => void) => {
  const list = window.matchMedia?.(QUERY);
  list?.addEventListener('change', callback);
  return () => list?.removeEventListener('change', callback);
};

/** Whether the user asked the system for less motion (read live, so a change applies at once). */
export const prefersReducedMotion = (): boolean => window.matchMedia?.(QUERY).matches ?? false;

export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, prefersReducedMotion, () => false);
}
