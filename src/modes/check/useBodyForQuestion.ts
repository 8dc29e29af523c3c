import { useEffect } from 'react';
import { useBody } from '../../scene/body-api';
import type { Question } from './bank/questions';
import { useCheckStore } from './checkStore';
import { usePointerStore } from './pointerStore';

/** Nothing over the skin that would give an answer away. */
const NOTHING_SHOWN = { paths: false, points: false, labels: false, hands: false } as const;
const EVERYTHING_SHOWN = { paths: true, points: true, labels: true, hands: true } as const;

/**
 * What the body shows for the question on screen: its step framed, with no lines, points or labels
 * that would give the answer away (the hands only when the question is about them moving); after
 * the answer, the feedback (`placeAnswers.ts`) shows the true place. Outside a test, everything.
 */
export function useBodyForQuestion(question: Question | null) {
  const body = useBody();
  const answered = useCheckStore((s) => s.feedback !== null);
  useEffect(() => {
    if (answered) return;
    body.pause();
    body.highlight(null);
    usePointerStore.getState().clear();
    if (!question) {
      body.setLayers(EVERYTHING_SHOWN);
      body.showStep('setting');
      return;
    }
    body.setLayers({ ...NOTHING_SHOWN, hands: question.kind === 'pressOrGlide' });
    body.showStep(question.stepId ?? 'setting');
  }, [body, question, answered]);
  // Leaving the mode gives the body back as the next mode expects it.
  useEffect(
    () => () => {
      body.pause();
      body.highlight(null);
      body.setLayers(EVERYTHING_SHOWN);
    },
    [body],
  );
}
