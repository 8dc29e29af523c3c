import { useEffect, useMemo, useRef, useState } from 'react';
import { BodyView, useBody } from '../../scene/body-api';
import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import { BODY_PARTS, PLAN, PLAN_PART_IDS } from '../../state/workshop/plan';
import { useWorkshop } from '../../state/workshop/useWorkshop';
import { useWorkshopStore } from '../../state/workshop/workshopStore';
import { KeysDialog } from '../../ui/workshop/KeysDialog';
import { PlanList } from '../../ui/workshop/PlanList';
import { toggleFullscreen } from '../../ui/workshop/toggleFullscreen';
import { useTapToPoint } from '../../ui/workshop/useTapToPoint';
import { useWorkshopKeys } from '../../ui/workshop/useWorkshopKeys';
import { CaptionBand } from './CaptionBand';
import { S, fill } from './strings';
import './present.css';

/** Milliseconds without a pointer move before the pointer and the controls hide. */
const IDLE_MS = 2500;

/** Opens (or brings forward) the speaker view in a window of its own; false if the browser blocked it. */
function openSpeakerWindow(language: string): boolean {
  const url = `${window.location.pathname}?mode=speaker&lang=${language}`;
  const opened = window.open(url, 'pijat-oksitosin-speaker', 'popup=yes,width=1280,height=800');
  opened?.focus();
  return opened !== null;
}

/**
 * Presenting to a room (`?mode=present`): the body fills the screen with one caption band, driven
 * by the keyboard or a clicker through the workshop plan; a click on the body points at a place
 * for everyone; B blanks the wall. The speaker view (`?mode=speaker`, opened with S) follows and
 * drives it over a BroadcastChannel.
 */
export default function PresentMode() {
  const local = useLocalized();
  const body = useBody();
  const workshop = useWorkshop();
  const blanked = useWorkshopStore((s) => s.blanked);
  const partIndex = useWorkshopStore((s) => s.partIndex);
  const playing = useAppStore((s) => s.playing);
  const language = useAppStore((s) => s.language);
  const bodyPart = BODY_PARTS.has(PLAN_PART_IDS[partIndex]!);
  const [idle, setIdle] = useState(false);
  const [blocked, setBlocked] = useState(false);
  const keys = useRef<HTMLDialogElement>(null);
  const plan = useRef<HTMLDialogElement>(null);

  // The room sees the paths, points and hands; labels stay (the numbers and clock hours read at a distance).
  useEffect(() => {
    body.setLayers({ paths: true, points: true, labels: true, hands: true });
  }, [body]);

  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, []);

  const actions = useMemo(
    () => ({
      workshop,
      togglePlan: () => {
        const dialog = plan.current;
        if (!dialog) return;
        if (dialog.open) dialog.close();
        else dialog.showModal();
      },
      openSpeaker: () => setBlocked(!openSpeakerWindow(useAppStore.getState().language)),
      toggleFullscreen,
      openHelp: () => keys.current?.showModal(),
    }),
    [workshop],
  );
  useWorkshopKeys(actions);

  const tap = useTapToPoint(body.skinAt, workshop.point);

  const part = PLAN[partIndex]!;
  return (
    <main className={`app-main present-mode${idle ? ' is-idle' : ''}`} data-part={part.id}>
      {/* First in the tab order: the trainer's controls, then the 3D view and its labels. */}
      <nav className="present-controls" aria-label={local(S.controls)}>
        <span className="present-part">{local(fill(S.part, { n: partIndex + 1, total: PLAN.length }))}: {local(part.title)}</span>
        <button type="button" onClick={workshop.previous}>{local(S.previous)}</button>
        <button type="button" onClick={workshop.toggle} disabled={!bodyPart} aria-pressed={playing}>
          {local(playing ? S.pause : S.play)}
        </button>
        <button type="button" onClick={workshop.next}>{local(S.next)}</button>
        <button type="button" onClick={workshop.toggleBlank} aria-pressed={blanked}>{local(S.blank)}</button>
        <button type="button" onClick={actions.togglePlan}>{local(S.plan)}</button>
        <button type="button" onClick={actions.openSpeaker}>{local(S.speaker)}</button>
        <button type="button" onClick={actions.toggleFullscreen}>{local(S.fullscreen)}</button>
        <button type="button" onClick={actions.openHelp}>{local(S.help)}</button>
        <a href={`?lang=${language}`}>{local(S.leave)}</a>
      </nav>
      <div className="present-view" {...tap}>
        <BodyView />
      </div>
      <CaptionBand bodyPart={bodyPart} />
      {blocked && (
        <p className="present-blocked" role="alert">
          {local(S.speakerBlocked)}
          <button type="button" onClick={() => setBlocked(false)}>{local(S.close)}</button>
        </p>
      )}
      <dialog ref={plan} className="workshop-dialog" aria-label={local(S.plan)}>
        <PlanList goToPart={workshop.goToPart} setMinutes={workshop.setMinutes} />
        <form method="dialog">
          <button type="submit">{local(S.close)}</button>
        </form>
      </dialog>
      <KeysDialog ref={keys} />
      {blanked && (
        <div className="present-blank" role="status" data-testid="present-blank">
          <span className="sr-only">{local(S.blanked)}</span>
        </div>
      )}
    </main>
  );
}
