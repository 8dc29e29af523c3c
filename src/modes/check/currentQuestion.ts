import type { Question } from './bank/questions';
import { useCheckStore } from './checkStore';

/** The question on screen, or null outside a test. */
export function useCurrentQuestion(): Question | null {
  return useCheckStore((s) => (s.screen === 'question' ? (s.questions[s.index] ?? null) : null));
}
