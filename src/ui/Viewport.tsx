import { lazy, Suspense, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { commandForKey, sendCameraCommand } from '../scene/camera/cameraCommands';
import { webglAvailable } from '../scene/webgl';
import { useAppStore } from '../state/store';
import { NoWebGL } from './NoWebGL';
import { SceneLabels } from './SceneLabels';

const Stage = lazy(() => import('../scene/Stage').then((m) => ({ default: m.Stage })));

/**
 * The 3D view as a focusable region: drag/pinch with pointer and touch, arrows/+/-/R with the keyboard.
 * The scene code is loaded lazily so the page and its controls appear before three.js has parsed.
 * A lost GPU context shows a message over the canvas; the canvas stays so the browser can give the
 * context back, and the view heals by itself; the button remounts it when the browser does not.
 */
export function Viewport() {
  const { t } = useTranslation();
  const hasWebgl = useMemo(webglAvailable, []);
  const status = useAppStore((s) => s.sceneStatus);
  const generation = useAppStore((s) => s.canvasGeneration);
  const remount = useAppStore((s) => s.remountCanvas);
  const region = useRef<HTMLDivElement>(null);
  const lastStatus = useRef(status);

  useEffect(() => {
    const wasLost = lastStatus.current === 'contextLost';
    lastStatus.current = status;
    if (!wasLost || status === 'contextLost' || !region.current) return;
    // Focus was on the message's button, or fell to the page with it: give it back to the view.
    const active = document.activeElement;
    if (active === null || active === document.body || region.current.contains(active)) region.current.focus();
  }, [status]);

  if (!hasWebgl) return <div className="viewport"><NoWebGL /></div>;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'r' || event.key === 'R' || event.key === 'Home') {
      useAppStore.getState().requestView('back');
      event.preventDefault();
      return;
    }
    const command = commandForKey(event.key, event.shiftKey);
    if (!command) return;
    sendCameraCommand(command);
    event.preventDefault();
  };

  return (
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
      <Suspense fallback={null}>
        <Stage key={generation} />
      </Suspense>
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
  );
}
