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

/** The page: title bar, the 3D view, and a side panel (a bottom sheet on phones). */
export function App() {
  return (
    <div className="app">
      <Header />
      <Notices />
      <main className="app-main">
        <div className="stage-column">
          <div className="viewport-wrap">
            <Viewport />
            <LearnCard />
          </div>
          <PlaybackPanel />
        </div>
        <aside className="panel">
          <StepList />
          <StepDetails />
          <Legend />
          <ViewButtons />
          <LayerControls />
        </aside>
      </main>
    </div>
  );
}
