import { useCallback, useRef, type PointerEvent } from 'react';
import { BodyView, useBody } from '../../scene/body-api';
import { useCheckStore } from './checkStore';
import { useCurrentQuestion } from './currentQuestion';
import { DrawLayer } from './DrawLayer';
import { answerTap, placesReady } from './placeAnswers';
import { usePointerStore } from './pointerStore';
import { useBodyForQuestion } from './useBodyForQuestion';
import { useLocalized } from '../../state/useLocalized';
import { S } from './strings';

/** A press that moved further than this (pixels) turned the camera; it is not a tap. */
const TAP_SLOP_PX = 6;

/**
 * The body for the check mode: what it shows follows the question (`useBodyForQuestion`); a tap
 * answers a place question, a drag draws a stroke; the keyboard cursor and the drawn line show
 * over it. Taps are read on the wrapper, so the camera still turns with a drag.
 */
export function CheckBody() {
  const body = useBody();
  const local = useLocalized();
  const question = useCurrentQuestion();
  const answered = useCheckStore((s) => s.feedback !== null);
  const cursor = usePointerStore((s) => s.cursor);
  const lineStart = usePointerStore((s) => s.lineStart);
  const tapped = usePointerStore((s) => s.tapped);
  const down = useRef<{ x: number; y: number } | null>(null);
  const miss = useRef<HTMLParagraphElement>(null);
  useBodyForQuestion(question);

  const onPointerDown = useCallback((event: PointerEvent) => {
    down.current = { x: event.clientX, y: event.clientY };
  }, []);
  const onPointerUp = (event: PointerEvent) => {
    const start = down.current;
    down.current = null;
    if (!start || question?.kind !== 'tapPoint' || answered) return;
    if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > TAP_SLOP_PX) return;
    if (!placesReady(body, question.actionId)) {
      if (miss.current) miss.current.textContent = local(S.notReady);
      return;
    }
    const hit = body.skinAt(event.clientX, event.clientY);
    if (miss.current) miss.current.textContent = hit ? '' : local(S.notOnBody);
    if (hit && answerTap(body, question, hit.point)) usePointerStore.getState().setTapped({ x: event.clientX, y: event.clientY });
  };

  return (
    <div className="viewport-wrap check-view" onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
      <BodyView />
      {question?.kind === 'drawStroke' && !answered && <DrawLayer question={question} />}
      <DrawnLine />
      {cursor && <span className="body-cursor" style={{ left: cursor.x, top: cursor.y }} aria-hidden="true" />}
      {lineStart && <span className="body-cursor body-cursor-start" style={{ left: lineStart.x, top: lineStart.y }} aria-hidden="true" />}
      {tapped && <span className="body-tap" style={{ left: tapped.x, top: tapped.y }} aria-hidden="true" />}
      <p ref={miss} className="check-miss" role="status" />
    </div>
  );
}

/** The learner's line, in screen space, until the next question. */
function DrawnLine() {
  const drawn = usePointerStore((s) => s.drawn);
  if (drawn.length < 2) return null;
  return (
    <svg className="drawn-line" aria-hidden="true">
      <polyline points={drawn.map((p) => `${p.x},${p.y}`).join(' ')} />
      <circle cx={drawn[drawn.length - 1]!.x} cy={drawn[drawn.length - 1]!.y} r="7" />
    </svg>
  );
}
