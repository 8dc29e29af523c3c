import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cameraRequestForKey } from '../../state/cameraRequests';
import type { BodyPick } from '../../state/slices/bodySlice';
import { useLoaded } from '../../state/loadable';
import { useAppStore } from '../../state/store';
import { SceneCanvas } from '../SceneCanvas';
import { STAGE_CODE } from '../stageCode';
import { CanvasFailure } from './CanvasFailure';
import { SceneLabels } from './SceneLabels';

/**
 * The body in 3D, the component every mode places: a focusable region (drag/pinch with pointer and
 * touch, arrows/+/-/R with the keyboard) with the canvas, the labels pinned to the body and the
 * messages for a device without WebGL or a lost GPU context.
 * The scene's code is loaded on its own (`useLoaded`), into a canvas made at once (`SceneCanvas`).
 * A lost GPU context shows a message over the canvas; the canvas stays so the browser can give the
 * context back, and the view heals by itself; the button remounts it when the browser does not.
 */
export interface BodyViewProps {
  /** What the open mode does with a pick on the body (a tap, or a label focused or hovered). */
  readonly onPick?: (pick: BodyPick) => void;
}

export function BodyView({ onPick }: BodyViewProps) {
  const { t } = useTranslation();
  const Stage = useLoaded(STAGE_CODE);
  const status = useAppStore((s) => s.sceneStatus);
  const generation = useAppStore((s) => s.canvasGeneration);
  const remount = useAppStore((s) => s.remountCanvas);
  const region = useRef<HTMLDivElement>(null);
  const lastStatus = useRef(status);

  useEffect(() => {
    const { setOnBodyPick } = useAppStore.getState();
    setOnBodyPick(onPick ?? null);
    return () => setOnBodyPick(null);
  }, [onPick]);

  useEffect(() => {
    const wasLost = lastStatus.current === 'contextLost';
    lastStatus.current = status;
    if (!wasLost || status === 'contextLost' || !region.current) return;
    // Focus was on the message's button, or fell to the page with it: give it back to the view.
    const active = document.activeElement;
    if (active === null || active === document.body || region.current.contains(active)) region.current.focus();
  }, [status]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const request = cameraRequestForKey(event.key, event.shiftKey);
    if (!request) return;
    useAppStore.getState().requestCamera(request);
    event.preventDefault();
  };

  return (
    <CanvasFailure>
      <div
        ref={region}
        className="viewport"
        tabIndex={0}
        role="application"
        aria-label={t('viewport.label')}
        aria-describedby="viewport-help"
        onKeyDown={onKeyDown}
      >
        <p id="viewport-help" className="viewport-help">{t('viewport.help')}</p>
        {/* eslint-disable-next-line react-hooks/static-components -- a module's export, loaded once: the same component on every render */}
        <SceneCanvas key={generation}>{Stage && <Stage />}</SceneCanvas>
        {status === 'ready' && <SceneLabels />}
        {status === 'loading' && <p className="viewport-loading" role="status">{t('viewport.loading')}</p>}
        {status === 'contextLost' && (
          <div className="viewport-message" role="alert">
            <h2>{t('problems.contextLostTitle')}</h2>
            <p>{t('problems.contextLostBody')}</p>
            <button type="button" onClick={remount}>{t('problems.contextLostAction')}</button>
          </div>
        )}
      </div>
    </CanvasFailure>
  );
}
