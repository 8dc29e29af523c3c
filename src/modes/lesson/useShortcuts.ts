import { useEffect } from 'react';
import { useAppStore } from '../../state/store';
import { STEP_IDS } from '../../technique/ids';

const SPEED_STEPS = [0.25, 0.5, 0.75, 1, 1.5, 2];

/** Whether a key press belongs to a form control (typing, choosing) rather than to the app. */
function isEditing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/**
 * Keyboard and presentation-clicker control: space plays/pauses, arrows and PageUp/PageDown move
 * by movement (clickers send those), Shift+arrows by step, 1-4 jump to a step, L loops, F follows,
 * [ and ] change speed, ? opens help. The focused 3D view keeps the arrows for the camera.
 */
export function useShortcuts(openHelp: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isEditing(event.target)) return;
      const s = useAppStore.getState();
      const stepNumber = Number(event.key);
      let handled = true;
      if (event.key === ' ' && !(event.target instanceof HTMLButtonElement)) s.toggle();
      else if (event.key === 'ArrowRight' || event.key === 'PageDown') (event.shiftKey ? s.nextStep : s.nextAction)();
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') (event.shiftKey ? s.previousStep : s.previousAction)();
      else if (Number.isInteger(stepNumber) && stepNumber >= 1 && stepNumber <= STEP_IDS.length) s.openStep(STEP_IDS[stepNumber - 1]!);
      else if (event.key === 'l' || event.key === 'L') s.setLoopAction(!s.loopAction);
      else if (event.key === 'f' || event.key === 'F') s.setFollowHands(!s.followHands);
      else if (event.key === '[' || event.key === ']') {
        const i = SPEED_STEPS.indexOf(s.speed);
        const next = SPEED_STEPS[Math.min(SPEED_STEPS.length - 1, Math.max(0, (i < 0 ? 3 : i) + (event.key === ']' ? 1 : -1)))];
        s.setSpeed(next ?? 1);
      } else if (event.key === '?' || event.key === 'h' || event.key === 'H') openHelp();
      else handled = false;
      if (handled) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [openHelp]);
}
