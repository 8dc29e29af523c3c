import { useRef, useState, type KeyboardEvent } from 'react';
import { useBody } from '../../scene/body-api';
import { useLocalized } from '../../state/useLocalized';
import type { Text } from '../../technique';
import type { DrawStrokeQuestion, TapPointQuestion } from './bank/questions';
import { useCheckStore } from './checkStore';
import { onSkin } from './DrawLayer';
import { answerStroke, answerTap, placesReady } from './placeAnswers';
import { screenLine, usePointerStore, type ScreenPoint } from './pointerStore';
import { S, centimetres, fill } from './strings';

/** Pixels an arrow moves the cursor; with Shift, a fine step. */
const STEP_PX = 12;
const FINE_STEP_PX = 3;
/** Samples of the straight line the keyboard draws between its two marks. */
const LINE_SAMPLES = 16;

const ARROWS: Readonly<Record<string, readonly [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** The view's box on the screen (the cursor stays inside it). */
function viewBox(): DOMRect | null {
  return document.querySelector('.check-view .viewport')?.getBoundingClientRect() ?? null;
}

/**
 * The place questions by keyboard: while this pad has focus, a cursor over the body moves with the
 * arrows, and Enter answers where it is (or marks a line's start and end). Its place is said in
 * words measured from the base of the neck, which describe without naming the answer.
 */
export function BodyCursorPad({ question }: { readonly question: TapPointQuestion | DrawStrokeQuestion }) {
  const local = useLocalized();
  const body = useBody();
  const answered = useCheckStore((s) => s.feedback !== null);
  const { setCursor, setLineStart, setDrawn } = usePointerStore.getState();
  const lineStart = usePointerStore((s) => s.lineStart);
  const [where, setWhere] = useState<Text | null>(null);
  const cursor = useRef<ScreenPoint | null>(null);

  const describe = (at: ScreenPoint): Text => {
    const hit = body.skinAt(at.x, at.y);
    if (!hit) return S.offBody;
    const { rightMm, belowMm } = body.offsetFromNeckBase(hit.point);
    const side = Math.abs(rightMm) < 5 ? S.onSpine : fill(rightMm > 0 ? S.rightOfSpine : S.leftOfSpine, { d: centimetres(Math.abs(rightMm)) });
    const height = fill(belowMm >= 0 ? S.belowNeckBase : S.aboveNeckBase, { d: centimetres(Math.abs(belowMm)) });
    return fill(S.cursorAt, { side, height });
  };
  const place = (at: ScreenPoint) => {
    cursor.current = at;
    setCursor(at);
    setWhere(describe(at));
  };

  const onFocus = () => {
    if (answered) return;
    const box = viewBox();
    if (box) place(cursor.current ?? { x: box.left + box.width / 2, y: box.top + box.height / 2 });
  };
  const onBlur = () => setCursor(null);

  const onKeyDown = (event: KeyboardEvent) => {
    const at = cursor.current;
    const box = viewBox();
    if (answered || !at || !box) return;
    const arrow = ARROWS[event.key];
    if (arrow) {
      const step = event.shiftKey ? FINE_STEP_PX : STEP_PX;
      place({
        x: Math.min(box.right - 1, Math.max(box.left + 1, at.x + arrow[0] * step)),
        y: Math.min(box.bottom - 1, Math.max(box.top + 1, at.y + arrow[1] * step)),
      });
      event.preventDefault();
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    if (!placesReady(body, question.actionId)) {
      setWhere(S.notReady);
      return;
    }
    if (question.kind === 'tapPoint') {
      const hit = body.skinAt(at.x, at.y);
      if (!hit) setWhere(S.offBody);
      else if (answerTap(body, question, hit.point)) {
        setCursor(null);
        usePointerStore.getState().setTapped(at);
      }
      return;
    }
    if (!lineStart) {
      setLineStart(at);
      setWhere(S.cursorStartMarked);
      return;
    }
    const line = screenLine(lineStart, at, LINE_SAMPLES);
    setDrawn(line);
    setLineStart(null);
    const drawn = onSkin(body, line);
    if (drawn.length >= 4 && answerStroke(body, question, drawn)) setCursor(null);
    else setWhere(S.tooShort);
  };

  return (
    <div className="body-cursor-pad">
      <div
        className="body-cursor-target"
        role="application"
        tabIndex={answered ? -1 : 0}
        aria-label={local(S.cursorLabel)}
        aria-describedby="body-cursor-help"
        onFocus={onFocus}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
      >
        <svg className="cursor-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
          <circle cx="12" cy="12" r="7" fill="none" stroke="currentColor" strokeWidth="2.5" />
          <path d="M12 1v6M12 17v6M1 12h6M17 12h6" stroke="currentColor" strokeWidth="2.5" />
        </svg>
        {local(S.cursorLabel)}
      </div>
      <p id="body-cursor-help" className="check-help">{local(question.kind === 'tapPoint' ? S.cursorHelpTap : S.cursorHelpDraw)}</p>
      <p className="cursor-where" aria-live="polite">{where ? local(where) : ''}</p>
    </div>
  );
}
