import { useEffect } from 'react';
import type { Workshop } from '../../state/workshop/useWorkshop';
import { useWorkshopStore } from '../../state/workshop/workshopStore';
import { STEP_IDS } from '../../technique/ids';

export interface WorkshopKeyActions {
  readonly workshop: Workshop;
  readonly togglePlan: () => void;
  /** The presenter window only: opens the speaker view. */
  readonly openSpeaker?: () => void;
  readonly toggleFullscreen: () => void;
  readonly openHelp: () => void;
}

function isEditing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/** Whether an open dialog (help, plan) has the keyboard: it keeps Esc, Tab, Space and Enter. */
const inDialog = (target: EventTarget | null) => target instanceof Element && target.closest('dialog[open]') !== null;

/**
 * The presenter's keys (in the presenter window and the speaker view alike), as presentation clickers send them (reveal.js's conventions): PageDown and
 * → next movement, PageUp and ← previous, Space play/pause, B or . blanks the wall and brings it
 * back, 1-4 go to a step, [ and ] the plan's parts, P the plan, S the speaker view, F full screen,
 * ? or H the list of keys. F5 and Esc, which a clicker's "start" button sends, do nothing here: no
 * reload, no leaving. Listened for before the 3D view's own keys (capture), so the arrows move the
 * lesson even after a click on the body.
 */
export function useWorkshopKeys(actions: WorkshopKeyActions): void {
  useEffect(() => {
    const { workshop } = actions;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'F5' || (event.key === 'r' && (event.ctrlKey || event.metaKey))) {
        event.preventDefault(); // A clicker's "start presentation": never a reload mid-workshop.
        return;
      }
      if (event.key === 'Escape' && !inDialog(event.target)) {
        event.preventDefault();
        return;
      }
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isEditing(event.target) || inDialog(event.target)) return;
      const stepNumber = Number(event.key);
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      let handled = true;
      if (key === 'PageDown' || key === 'ArrowRight' || key === 'ArrowDown') workshop.next();
      else if (key === 'PageUp' || key === 'ArrowLeft' || key === 'ArrowUp') workshop.previous();
      else if (key === ' ' && !(event.target instanceof HTMLButtonElement)) workshop.toggle();
      else if (key === 'b' || key === '.') workshop.toggleBlank();
      else if (Number.isInteger(stepNumber) && stepNumber >= 1 && stepNumber <= STEP_IDS.length) workshop.goToStep(stepNumber);
      else if (key === ']') workshop.goToPart(useWorkshopStore.getState().partIndex + 1);
      else if (key === '[') workshop.goToPart(useWorkshopStore.getState().partIndex - 1);
      else if (key === 'p') actions.togglePlan();
      else if (key === 's' && actions.openSpeaker) actions.openSpeaker();
      else if (key === 'f') actions.toggleFullscreen();
      else if (key === '?' || key === 'h') actions.openHelp();
      else handled = false;
      if (handled) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [actions]);
}
