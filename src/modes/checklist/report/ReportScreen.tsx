import { useMemo } from 'react';
import type { WorkshopRecord } from '../../../records';
import { useAppStore } from '../../../state/store';
import { useLocalized } from '../../../state/useLocalized';
import { useChecklistStore } from '../checklistStore';
import { itemsOf, type ChecklistItem } from '../items';
import { S, decimal, fill } from '../strings';
import { reportToCsv, workshopReport, type TraineeLine, type WorkshopReport } from './report';

/** Offers text as a file to keep (nothing leaves the device: the browser saves it locally). */
function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The workshop report: summary, the paired test, the items most often missed, each trainee; printed or as CSV. */
export function ReportScreen({ workshopId }: { workshopId: string }) {
  const local = useLocalized();
  const language = useAppStore((s) => s.language);
  const workshop = useChecklistStore((s) => s.workshops.find((w) => w.id === workshopId));
  const items = useMemo(() => itemsOf(workshop?.ownItems ?? []), [workshop?.ownItems]);
  const report = useMemo(() => (workshop ? workshopReport(workshop, items) : null), [workshop, items]);
  const back = () => useChecklistStore.getState().go({ kind: 'workshop', workshopId });
  if (!workshop || !report) return <button type="button" onClick={back}>← {local(S.back)}</button>;
  const exportCsv = () => download(reportToCsv(workshop, items, language), `daftar-tilik-${workshop.date}.csv`);
  return (
    <article className="report" aria-labelledby="report-title">
      <div className="check-actions no-print">
        <button type="button" className="check-quiet" onClick={back}>← {local(S.back)}</button>
        <button type="button" className="check-primary" onClick={() => window.print()}>{local(S.print)}</button>
        <button type="button" onClick={exportCsv}>{local(S.exportCsv)}</button>
      </div>
      <h2 id="report-title">{local(fill(S.reportOf, { date: workshop.date, place: workshop.place || '–' }))}</h2>
      {workshop.trainer && <p>{local(S.trainer)}: {workshop.trainer} · {local(fill(S.traineesCount, { n: workshop.trainees.length }))}</p>}
      <Summary report={report} />
      <MissedChart report={report} />
      <h3>{local(S.perTrainee)}</h3>
      <TraineeTable lines={report.lines} />
      {report.lines.map((line) => <TraineeItems key={line.trainee.id} line={line} items={items} workshop={workshop} />)}
    </article>
  );
}

function Summary({ report }: { report: WorkshopReport }) {
  const local = useLocalized();
  const w = report.wilcoxon;
  const num = (value: number | null) => (value === null ? '–' : local(decimal(value)));
  const p = w.p === null ? null : w.p < 0.001 ? '< 0,001' : local(decimal(w.p, 3));
  return (
    <section aria-labelledby="summary-title">
      <h3 id="summary-title">{local(S.summary)}</h3>
      <dl className="report-summary">
        <div><dt>{local(S.paired)}</dt><dd data-testid="paired">{report.paired}</dd></div>
        <div><dt>{local(S.meanPre)}</dt><dd data-testid="mean-pre">{num(report.meanPre)}</dd></div>
        <div><dt>{local(S.meanPost)}</dt><dd data-testid="mean-post">{num(report.meanPost)}</dd></div>
        <div><dt>{local(S.meanGain)}</dt><dd data-testid="mean-gain">{report.meanGain !== null && report.meanGain > 0 ? '+' : ''}{num(report.meanGain)}</dd></div>
        <div><dt>{local(S.improved)}</dt><dd data-testid="improved">{report.improved} / {report.paired}</dd></div>
        <div><dt>{local(S.sameOrWorse)}</dt><dd>{report.same} / {report.worse}</dd></div>
      </dl>
      <p className="report-test" data-testid="wilcoxon">
        <strong>{local(S.wilcoxon)}</strong>: {local(fill(S.wilcoxonLine, { n: w.n, w: decimal(w.statistic, w.statistic % 1 === 0 ? 0 : 1) }))}
        {'; '}
        {p === null ? local(S.tooFew) : local(fill(S.wilcoxonP, { p: language(p), method: w.method === 'exact' ? S.exact : S.normal }))}
      </p>
    </section>
  );
}

/** The same figure in both languages (p is written with a comma in Indonesian already). */
const language = (text: string) => ({ id: text, en: text.replace(',', '.') });

function MissedChart({ report }: { report: WorkshopReport }) {
  const local = useLocalized();
  const top = report.missed.slice(0, 10);
  const most = Math.max(1, report.observed);
  return (
    <section aria-labelledby="missed-title" className="missed">
      <h3 id="missed-title">{local(S.missedTitle)}</h3>
      <p className="check-help">{local(fill(S.missedHelp, { n: report.observed }))}</p>
      {top.length === 0 ? (
        <p>{local(S.noneMissed)}</p>
      ) : (
        <ol className="missed-chart">
          {top.map(({ item, notDone, corrected }) => (
            <li key={item.id} data-item={item.id}>
              <span className="missed-label">{local(item.text)}</span>
              <span className="missed-bar" aria-hidden="true">
                <span className="bar-0" style={{ width: `${(100 * notDone) / most}%` }} />
                <span className="bar-1" style={{ width: `${(100 * corrected) / most}%` }} />
              </span>
              <span className="missed-count">
                {notDone > 0 && `${notDone}× ${local(S.score0).toLowerCase()}`}
                {notDone > 0 && corrected > 0 && ', '}
                {corrected > 0 && `${corrected}× ${local(S.score1).toLowerCase()}`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function TraineeTable({ lines }: { lines: readonly TraineeLine[] }) {
  const local = useLocalized();
  const show = (n: number | null) => (n === null ? '–' : String(n));
  return (
    <table className="report-table">
      <thead>
        <tr>
          <th scope="col">{local(S.trainees)}</th>
          <th scope="col">{local(S.pre)}</th>
          <th scope="col">{local(S.post)}</th>
          <th scope="col">{local(S.gain)}</th>
          <th scope="col">{local(S.observations)}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.trainee.id}>
            <th scope="row">{line.trainee.name}</th>
            <td>{show(line.pre)}</td>
            <td>{show(line.post)}</td>
            <td>{line.gain === null ? '–' : `${line.gain > 0 ? '+' : ''}${line.gain}`}</td>
            <td>{line.observations.length === 0 ? '–' : line.observations.map((o) => (o.percent === null ? '–' : `${o.percent}%`)).join(' → ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each item, observation by observation, for one trainee (on screen folded; printed open). */
function TraineeItems({ line, items, workshop }: { line: TraineeLine; items: readonly ChecklistItem[]; workshop: WorkshopRecord }) {
  const local = useLocalized();
  const lang = useAppStore((s) => s.language);
  if (line.observations.length === 0) return null;
  const day = (iso: string) => new Date(iso).toLocaleDateString(lang === 'id' ? 'id-ID' : 'en-GB');
  const table = (
    <table className="report-table items-table">
      <thead>
        <tr>
          <th scope="col">{local(S.item)}</th>
          {line.observations.map(({ observation, percent }) => (
            <th scope="col" key={observation.id}>{local(observation.kind === 'training' ? S.training : S.followUp)} {day(observation.observedAt)} ({percent ?? '–'}%)</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">{local(item.text)}</th>
            {line.observations.map(({ observation }) => {
              const mark = observation.marks.find((m) => m.itemId === item.id);
              return <td key={observation.id} className={mark ? `cell-${mark.score}` : ''}>{mark ? mark.score : '·'}{mark?.note ? ` (${mark.note})` : ''}</td>;
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
  const title = `${line.trainee.name} · ${workshop.date}: ${local(S.pre)} ${line.pre ?? '–'}, ${local(S.post)} ${line.post ?? '–'}`;
  // Folded on the screen; printed open (a closed <details> would print closed).
  return (
    <>
      <details className="trainee-items no-print">
        <summary>{title}</summary>
        {table}
      </details>
      <section className="trainee-items print-only">
        <h4>{title}</h4>
        {table}
      </section>
    </>
  );
}
