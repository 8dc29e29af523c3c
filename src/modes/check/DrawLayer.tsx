import { useRef, type PointerEvent } from 'react';
import { useBody } from '../../scene/body-api';
import { useLocalized } from '../../state/useLocalized';
import type { DrawStrokeQuestion } from './bank/questions';
import { answerStroke, placesReady } from './placeAnswers';
import { usePointerStore, type ScreenPoint } from './pointerStore';
import { S } from './strings';

/** Screen samples closer than this (pixels) add nothing to a drawn line. */
const SAMPLE_PX = 5;
/** A line needs this many points on the skin to be graded. */
const MIN_ON_SKIN = 4;

/** Turns screen points into skin points, leaving out any off the body. */
export function onSkin(body: ReturnType<typeof useBody>, points: readonly ScreenPoint[]) {
  return points.map((p) => body.skinAt(p.x, p.y)?.point).filter((p) => p !== undefined);
}

/**
 * A sheet over the view while a stroke is to be drawn: a drag draws a line (the camera stays
 * still) and, when it is let go, the line is laid on the skin and graded.
 */
export function DrawLayer({ question }: { readonly question: DrawStrokeQuestion }) {
  const body = useBody();
  const local = useLocalized();
  const points = useRef<ScreenPoint[]>([]);
  const message = useRef<HTMLParagraphElement>(null);
  const setDrawn = usePointerStore((s) => s.setDrawn);

  const add = (event: PointerEvent) => {
    const last = points.current[points.current.length - 1];
    if (last && Math.hypot(event.clientX - last.x, event.clientY - last.y) < SAMPLE_PX) return;
    points.current = [...points.current, { x: event.clientX, y: event.clientY }];
    setDrawn(points.current);
  };

  return (
    <div
      className="draw-layer"
      aria-hidden="true"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        points.current = [];
        add(event);
      }}
      onPointerMove={(event) => {
        if (event.buttons !== 0 || event.pointerType === 'touch') {
          if (points.current.length > 0) add(event);
        }
      }}
      onPointerUp={(event) => {
        add(event);
        const ready = placesReady(body, question.actionId);
        const drawn = onSkin(body, points.current);
        const graded = ready && drawn.length >= MIN_ON_SKIN && answerStroke(body, question, drawn);
        if (message.current) message.current.textContent = graded ? '' : local(ready ? S.tooShort : S.notReady);
        if (!graded) setDrawn([]);
        points.current = [];
      }}
    >
      <p ref={message} className="check-miss" role="status" />
    </div>
  );
}
