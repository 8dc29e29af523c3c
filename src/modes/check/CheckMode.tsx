import { useEffect } from 'react';
import { CheckBody } from './CheckBody';
import { useCheckStore } from './checkStore';
import { HomeScreen } from './HomeScreen';
import { QuestionPanel } from './QuestionPanel';
import { ResultScreen } from './ResultScreen';
import './check.css';

/**
 * Check yourself (`?mode=check`): the pre-test and post-test (true or false), and practice on the
 * body (tap the point, draw the stroke, press or glide, the hand's part, the order), every answer
 * marked at once, every attempt kept on the device (`src/records/`).
 */
export default function CheckMode() {
  const screen = useCheckStore((s) => s.screen);
  useEffect(() => {
    void useCheckStore.getState().loadRecords();
  }, []);
  return (
    <main className="app-main check-mode">
      <CheckBody />
      <div className="side">
        <aside className="panel check-panel">
          {screen === 'home' && <HomeScreen />}
          {screen === 'question' && <QuestionPanel />}
          {screen === 'result' && <ResultScreen />}
        </aside>
      </div>
    </main>
  );
}
