import { useCallback, useEffect } from 'react';
import { BodyView, useBody, type BodyPick } from '../../scene/body-api';
import { useAppStore } from '../../state/store';
import { LayerControls } from '../../ui/LayerControls';
import { ViewButtons } from '../../ui/ViewButtons';
import { LearnCard } from './LearnCard';
import { useLessonStore } from './lessonStore';
import { Legend } from './Legend';
import { PlaybackPanel } from './PlaybackPanel';
import { StepDetails } from './StepDetails';
import { StepList } from './StepList';


/**
 * The lesson: the body (in the overview, a map of its steps' numbered regions), played step by
 * step with the hands, the transport under it and the steps' texts beside it; learn mode walks
 * through them in order.
 * Laid out by the page grid (`styles.css`): the view, the playback bar and the panel; on a phone
 * the panel is a sheet below, and on a phone held sideways the controls sit beside the view.
 */
export default function LessonMode() {
  // Leaving the lesson takes its learn-mode stop with it.
  useEffect(() => () => useLessonStore.getState().setLearnMode(false), []);
  const body = useBody();
  // A line, marker or label picked on the body opens that movement in its step's details; in the
  // overview, a step's region (its number, or a tap on its patch) opens that step, as the step list does.
  const onPick = useCallback(
    (pick: BodyPick) => {
      if (!pick.target) {
        if (pick.step && pick.via === 'tap') useAppStore.getState().openStep(pick.step);
        return;
      }
      body.showStep(pick.target.stepId);
      useAppStore.getState().inspect(pick.target.actionId);
    },
    [body],
  );
  return (
    <main className="app-main">
      <div className="viewport-wrap">
        <BodyView onPick={onPick} />
        <LearnCard />
      </div>
      {/* One box only on a phone held sideways; elsewhere its two parts take their own places in the grid. */}
      <div className="side">
        <PlaybackPanel />
        <aside className="panel">
          <StepList />
          <StepDetails />
          <Legend />
          <ViewButtons />
          <LayerControls />
        </aside>
      </div>
    </main>
  );
}
