import { useEffect } from 'react';
import { BodyView } from '../../scene/body-api';
import { useLocalized } from '../../state/useLocalized';
import { useChecklistStore } from './checklistStore';
import { ObserveScreen } from './ObserveScreen';
import { ReportScreen } from './report/ReportScreen';
import { S, fill } from './strings';
import { WorkshopList } from './WorkshopList';
import { WorkshopScreen } from './WorkshopScreen';
import './checklist.css';

/**
 * The trainer's observation checklist (`?mode=checklist`, daftar tilik): workshops with their
 * trainees, an observation per practice scored item by item with "Show" beside each item, pre/post
 * scores from the trainees' phones by QR code (or typed), and the workshop report to print.
 * Everything stays on the device (`src/records/`, one record per workshop).
 */
export default function ChecklistMode() {
  const screen = useChecklistStore((s) => s.screen);
  useEffect(() => {
    void useChecklistStore.getState().load();
  }, []);
  return (
    <main className={`app-main checklist-mode${screen.kind === 'report' ? ' is-report' : ''}`}>
      <div className="viewport-wrap checklist-view">
        <BodyView />
      </div>
      <div className="side">
        <aside className="panel checklist-panel">
          <RecordsTrouble />
          {screen.kind === 'list' && <WorkshopList />}
          {screen.kind === 'workshop' && <WorkshopScreen workshopId={screen.workshopId} />}
          {screen.kind === 'observe' && <ObserveScreen at={screen} />}
          {screen.kind === 'report' && <ReportScreen workshopId={screen.workshopId} />}
        </aside>
      </div>
      <UndoToast />
    </main>
  );
}

function RecordsTrouble() {
  const local = useLocalized();
  const trouble = useChecklistStore((s) => s.trouble);
  const problems = useChecklistStore((s) => s.problems.length);
  if (!trouble && problems === 0) return null;
  return (
    <div className="check-notice" role="alert">
      {trouble && <p>{local(S.trouble[trouble])}</p>}
      {problems > 0 && <p>{local(fill(S.problems, { n: problems }))}</p>}
    </div>
  );
}

/** After a deletion: says what went, with "Undo" until the next deletion or a close. */
function UndoToast() {
  const local = useLocalized();
  const undo = useChecklistStore((s) => s.undo);
  if (!undo) return null;
  return (
    <div className="undo-toast" role="status">
      <span>{local(fill(S.deleted, { name: undo.name }))}</span>
      <button type="button" onClick={() => useChecklistStore.getState().restore()}>{local(S.undo)}</button>
      <button type="button" className="undo-close" aria-label={local(S.cancel)} onClick={() => useChecklistStore.setState({ undo: null })}>×</button>
    </div>
  );
}
