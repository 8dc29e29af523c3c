import { playhead } from '../../motion/playhead';
import { PREVIOUS_RESTART_SECONDS, actionAt } from '../../motion/schedule';
import { SCHEDULE } from '../../motion/techniqueSchedule';
import { STEP_IDS } from '../../technique/ids';
import { useAppStore } from '../store';
import { BODY_PARTS, PLAN, PLAN_PART_IDS } from './plan';
import { useWorkshopStore } from './workshopStore';

/**
 * What the trainer does to the workshop, from the presenter's keys and clicker or from the speaker
 * view's buttons. Each command changes this window and then tells the other (`announce`), so the
 * two windows stay in step whichever one is used.
 */
export interface WorkshopCommands {
  next(): void;
  previous(): void;
  toggle(): void;
  /** 1-based step number (the number keys). */
  goToStep(number: number): void;
  goToPart(index: number): void;
  toggleBlank(): void;
  setMinutes(index: number, minutes: number): void;
  restartClock(): void;
}

const app = () => useAppStore.getState();
const workshop = () => useWorkshopStore.getState();
const inBodyPart = () => BODY_PARTS.has(PLAN_PART_IDS[workshop().partIndex]!);

/** Opens a part: the body parts start at the overview (counselling) or the first step (demonstration). */
function enterPart(index: number, from: 'before' | 'after' = 'before') {
  const target = Math.min(PLAN.length - 1, Math.max(0, index));
  if (target === workshop().partIndex) return;
  workshop().setPart(target, Date.now());
  app().pause();
  const id = PLAN_PART_IDS[target]!;
  if (id === 'counselling' && from === 'before') app().openStep('setting');
  else if (id === 'demonstration' && from === 'before') app().openStep('neck');
  else if (!BODY_PARTS.has(id)) app().openStep('setting');
}

export function workshopCommands(announce: () => void): WorkshopCommands {
  const done =
    <A extends unknown[]>(f: (...args: A) => void) =>
    (...args: A) => {
      f(...args);
      announce();
    };
  return {
    next: done(() => {
      const { partIndex } = workshop();
      if (!inBodyPart()) return enterPart(partIndex + 1);
      // From the overview, the first movement; after the last movement, the next part.
      if (app().selectedView === 'setting') return app().openStep(STEP_IDS[0]);
      const action = actionAt(SCHEDULE, playhead.t);
      if (action.ordinal >= SCHEDULE.actions.length - 1) return enterPart(partIndex + 1);
      app().nextAction();
    }),
    previous: done(() => {
      const { partIndex } = workshop();
      const id = PLAN_PART_IDS[partIndex]!;
      if (!inBodyPart() || app().selectedView === 'setting') return enterPart(partIndex - 1, 'after');
      const action = actionAt(SCHEDULE, playhead.t);
      if (action.ordinal === 0 && playhead.t - action.start <= PREVIOUS_RESTART_SECONDS) {
        if (id === 'counselling') return app().openStep('setting');
        return enterPart(partIndex - 1, 'after');
      }
      app().previousAction();
    }),
    toggle: done(() => {
      if (!inBodyPart()) return;
      if (app().selectedView === 'setting' && !app().playing) app().openStep(STEP_IDS[0]);
      app().toggle();
    }),
    goToStep: done((number: number) => {
      const step = STEP_IDS[number - 1];
      if (!step) return;
      if (!inBodyPart()) enterPart(PLAN_PART_IDS.indexOf('demonstration'));
      app().openStep(step);
    }),
    goToPart: done((index: number) => enterPart(index)),
    toggleBlank: done(() => workshop().setBlanked(!workshop().blanked)),
    setMinutes: done((index: number, minutes: number) => workshop().setMinutes(index, minutes)),
    restartClock: done(() => workshop().restartClock(Date.now())),
  };
}
