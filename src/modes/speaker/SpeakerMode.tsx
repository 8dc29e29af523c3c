import { useMemo, useRef } from 'react';
import { BodyView, useBody } from '../../scene/body-api';
import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import { BODY_PARTS, PLAN_PART_IDS } from '../../state/workshop/plan';
import { useWorkshop } from '../../state/workshop/useWorkshop';
import { useWorkshopStore } from '../../state/workshop/workshopStore';
import { KeysDialog } from '../../ui/workshop/KeysDialog';
import { PlanList } from '../../ui/workshop/PlanList';
import { toggleFullscreen } from '../../ui/workshop/toggleFullscreen';
import { useTapToPoint } from '../../ui/workshop/useTapToPoint';
import { useWorkshopKeys } from '../../ui/workshop/useWorkshopKeys';
import { Clock } from './Clock';
import { ComingNext, Notes } from './Notes';
import { S } from './strings';
import './speaker.css';

/**
 * The trainer's own screen (`?mode=speaker`, opened by the presenter mode in a window of its own):
 * the live body, small; the notes for the current movement; what comes next; the time used against
 * the plan; the plan itself. It drives the presenter window and follows it, both ways, over a
 * BroadcastChannel (`state/workshop/workshopSync.ts`), with the same keys and clicker.
 */
export default function SpeakerMode() {
  const local = useLocalized();
  const body = useBody();
  const workshop = useWorkshop();
  const blanked = useWorkshopStore((s) => s.blanked);
  const partIndex = useWorkshopStore((s) => s.partIndex);
  const playing = useAppStore((s) => s.playing);
  const language = useAppStore((s) => s.language);
  const bodyPart = BODY_PARTS.has(PLAN_PART_IDS[partIndex]!);
  const keys = useRef<HTMLDialogElement>(null);
  const plan = useRef<HTMLElement>(null);
  const actions = useMemo(
    () => ({
      workshop,
      togglePlan: () => plan.current?.querySelector('button')?.focus(),
      toggleFullscreen,
      openHelp: () => keys.current?.showModal(),
    }),
    [workshop],
  );
  useWorkshopKeys(actions);
  // A tap on the small body points at that place on the wall too.
  const tap = useTapToPoint(body.skinAt, workshop.point);
  return (
    <main className="app-main speaker-mode">
      <div className="speaker-body" {...tap}>
        <BodyView />
        {blanked && (
          <p className="speaker-blanked" role="status">
            {local(S.blanked)}
          </p>
        )}
      </div>
      <nav className="speaker-controls" aria-label={local(S.controls)}>
        <button type="button" onClick={workshop.previous}>{local(S.previous)}</button>
        <button type="button" onClick={workshop.toggle} disabled={!bodyPart} aria-pressed={playing}>
          {local(playing ? S.pause : S.play)}
        </button>
        <button type="button" onClick={workshop.next}>{local(S.next)}</button>
        <button type="button" onClick={workshop.toggleBlank} aria-pressed={blanked}>{local(S.blank)}</button>
        <button type="button" onClick={actions.openHelp}>{local(S.keys)}</button>
        <a href={`?print=leaflet&lang=${language}`} target="_blank" rel="noopener">
          {local(S.leaflet)}
        </a>
      </nav>
      <div className="speaker-side">
        <Notes />
        <ComingNext />
        <Clock onRestart={workshop.restartClock} />
        <section ref={plan} className="speaker-plan">
          <PlanList goToPart={workshop.goToPart} setMinutes={workshop.setMinutes} />
        </section>
        <p className="speaker-alone">{local(S.alone)}</p>
      </div>
      <KeysDialog ref={keys} />
    </main>
  );
}
