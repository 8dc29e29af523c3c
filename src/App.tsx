import { Header } from './ui/Header';
import { LayerControls } from './ui/LayerControls';
import { Legend } from './ui/lesson/Legend';
import { StepDetails } from './ui/lesson/StepDetails';
import { StepList } from './ui/lesson/StepList';
import { Notices } from './ui/Notices';
import { LearnCard } from './ui/playback/LearnCard';
import { PlaybackPanel } from './ui/playback/PlaybackPanel';
import { ViewButtons } from './ui/ViewButtons';
import { Viewport } from './ui/Viewport';

/**
 * The page: title bar, the 3D view with the playback bar under it, and a side panel; on a phone the
 * panel is a sheet below, and on a phone held sideways the controls sit beside the view.
 */
export function App() {
  return (
    <div className="app">
      <Header />
      <Notices />
      <main className="app-main">
        <div className="viewport-wrap">
          <Viewport />
          <LearnCard />
        </div>
        {/* One box only on a phone held sideways (the controls beside the view); elsewhere its two
            parts take their own places in the page's grid. */}
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
    </div>
  );
}
