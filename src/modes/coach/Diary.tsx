import { useState } from 'react';
import { backupFileName, diaryToCsv, type DiaryRecord } from '../../records';
import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import { STEP_IDS, TECHNIQUE } from '../../technique';
import { localDay, useCoachStore } from './coachStore';
import { S, fill } from './strings';

/** The days shown: today and the 13 before it. */
export const DIARY_DAYS = 14;
/** Sessions a day the sources advise at most (morning and evening). */
const SESSIONS_A_DAY = 2;

function lastDays(today: Date): Date[] {
  return Array.from({ length: DIARY_DAYS }, (_, i) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - (DIARY_DAYS - 1 - i)));
}

function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const stepTitle = (id: string, lang: 'id' | 'en') => TECHNIQUE.steps.find((s) => s.id === id)?.title[lang] ?? id;

function TodaySession({ entry }: { readonly entry: DiaryRecord }) {
  const local = useLocalized();
  const language = useAppStore((s) => s.language);
  const [sure, setSure] = useState(false);
  const time = new Date(entry.startedAt).toLocaleTimeString(language === 'id' ? 'id-ID' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  const minutes = Math.round(entry.actualSeconds / 6) / 10;
  const steps = STEP_IDS.filter((id) => entry.stepsCompleted.includes(id)).map((id) => stepTitle(id, language));
  return (
    <li className="coach-today-session" data-testid="today-session">
      <span>
        {fill(local(S.sessionLine), { time, minutes: minutes.toLocaleString(language === 'id' ? 'id-ID' : 'en-GB') })}
        {steps.length > 0 && <> · {steps.join(', ')}</>}
      </span>
      {entry.note && <q className="coach-note-text">{entry.note}</q>}
      <button
        type="button"
        className="coach-quiet"
        onClick={() => (sure ? useCoachStore.getState().deleteSession(entry.id) : setSure(true))}
        onBlur={() => setSure(false)}
      >
        {local(sure ? S.deleteSure : S.delete)}
      </button>
    </li>
  );
}

/**
 * The 14-day diary: a row per day with a mark per session (two a day, as in the sources), today's
 * sessions with their notes, and the records out as a backup file or CSV.
 */
export function Diary() {
  const local = useLocalized();
  const language = useAppStore((s) => s.language);
  const diary = useCoachStore((s) => s.diary);
  const problems = useCoachStore((s) => s.problems);
  const storageTrouble = useCoachStore((s) => s.storageTrouble);
  const records = useCoachStore((s) => s.records);
  const today = new Date();
  const todayKey = localDay(today);
  const byDay = new Map<string, DiaryRecord[]>();
  for (const entry of diary) byDay.set(entry.day, [...(byDay.get(entry.day) ?? []), entry]);
  const todays = [...(byDay.get(todayKey) ?? [])].reverse();
  const dayName = new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', { weekday: 'short', day: 'numeric', month: 'short' });

  const exportBackup = async () => {
    if (!records) return;
    download(await records.exportBackup(), backupFileName(new Date()), 'application/json');
  };

  return (
    <section className="coach-diary" aria-labelledby="coach-diary-title">
      <h3 id="coach-diary-title">{local(S.diary)}</h3>
      <p className="coach-help">{local(S.diaryHelp)}</p>
      {storageTrouble && <p className="coach-notice">{local(S.storageTrouble)}</p>}
      {problems > 0 && <p className="coach-help">{fill(local(S.problems), { n: problems })}</p>}

      <h4>{local(S.today)}</h4>
      <p data-testid="today-count">{fill(local(S.todayCount), { n: todays.length })}</p>
      {todays.length === 0 ? (
        <p className="coach-help">{local(S.noneToday)}</p>
      ) : (
        <ul className="coach-today">
          {todays.map((entry) => (
            <TodaySession key={entry.id} entry={entry} />
          ))}
        </ul>
      )}

      <ol className="coach-days" data-testid="diary-days">
        {lastDays(today).map((day) => {
          const key = localDay(day);
          const count = byDay.get(key)?.length ?? 0;
          const label = fill(local(S.dayLabel), { date: dayName.format(day), n: count });
          return (
            <li key={key} className={key === todayKey ? 'is-today' : undefined} aria-label={label} data-day={key} data-sessions={count}>
              <span className="coach-day-name" aria-hidden="true">
                {dayName.format(day)}
              </span>
              <span className="coach-day-marks" aria-hidden="true">
                {Array.from({ length: Math.max(SESSIONS_A_DAY, count) }, (_, i) => (
                  <span key={i} className={i < count ? 'mark done' : 'mark'} />
                ))}
              </span>
            </li>
          );
        })}
      </ol>

      <div className="coach-export">
        <button type="button" onClick={() => void exportBackup()} disabled={!records}>
          {local(S.exportBackup)}
        </button>
        <button type="button" onClick={() => download(diaryToCsv(diary), backupFileName(new Date()).replace('cadangan', 'catatan').replace(/\.json$/, '.csv'), 'text/csv')}>
          {local(S.exportCsv)}
        </button>
      </div>
    </section>
  );
}
