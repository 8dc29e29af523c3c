import { useEffect } from 'react';
import { CoachHome } from './CoachHome';
import { useCoachStore } from './coachStore';
import { DoneScreen } from './DoneScreen';
import { SessionScreen } from './SessionScreen';
import './coach.css';

/**
 * Practise along (`?mode=coach`): a paced coach for a real session of about 15 minutes, with
 * spoken cues, tones and large text, the hands in step on a small 3D body, the screen kept awake,
 * and a 14-day diary of the sessions on the device (`src/records/`).
 */
export default function CoachMode() {
  const screen = useCoachStore((s) => s.screen);
  useEffect(() => {
    const store = useCoachStore.getState();
    void store.loadRecords();
    void store.loadVoices();
    // The phone locked or the app went to the background: pause where it is.
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') useCoachStore.getState().pause('hidden');
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      useCoachStore.getState().dispose();
    };
  }, []);
  return (
    <main className={`app-main coach-mode is-${screen}`}>
      {screen === 'session' ? <SessionScreen /> : screen === 'done' ? <DoneScreen /> : <CoachHome />}
    </main>
  );
}
