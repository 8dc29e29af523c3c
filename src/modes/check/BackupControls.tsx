import { useRef, useState, type ChangeEvent } from 'react';
import { BackupError, attemptsToCsv, backupFileName, makeBackup } from '../../records';
import { useLocalized } from '../../state/useLocalized';
import type { Text } from '../../technique';
import { useCheckStore } from './checkStore';
import { S, fill } from './strings';

/** Offers text as a file to keep (nothing leaves the device: the browser saves it locally). */
function download(text: string, name: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A backup to a file and back, and the results as CSV. When the device store can't be used, the
 * backup is made from what is in memory, so an attempt that could not be saved is not lost.
 */
export function BackupControls() {
  const local = useLocalized();
  const records = useCheckStore((s) => s.records);
  const attempts = useCheckStore((s) => s.attempts);
  const [message, setMessage] = useState<{ text: Text; ok: boolean } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const exportBackup = async () => {
    const now = new Date();
    const { trouble, cards } = useCheckStore.getState();
    const text = records && !trouble ? await records.exportBackup() : makeBackup({ attempts, reviews: cards }, now);
    download(text, backupFileName(now), 'application/json');
  };
  const exportCsv = () => {
    download(attemptsToCsv(attempts), backupFileName(new Date()).replace(/\.json$/, '.csv'), 'text/csv');
  };
  const importBackup = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file || !records) return;
    try {
      const result = await records.importBackup(await file.text());
      const restored = fill(S.imported, { added: result.added, kept: result.alreadyThere });
      const unreadable = fill(S.importedUnreadable, { n: result.keptAsTheyWere });
      setMessage({ text: result.keptAsTheyWere > 0 ? { id: `${restored.id} ${unreadable.id}`, en: `${restored.en} ${unreadable.en}` } : restored, ok: true });
      await useCheckStore.getState().refresh();
    } catch (error) {
      if (!(error instanceof BackupError)) {
        setMessage({ text: S.trouble.unavailable, ok: false });
        return;
      }
      setMessage({ text: fill(S.importRefused[error.code], { detail: { id: error.detail ?? '', en: error.detail ?? '' } }), ok: false });
    }
  };

  return (
    <section className="check-backup" aria-labelledby="check-backup-title">
      <h3 id="check-backup-title">{local(S.backup)}</h3>
      <p>{local(S.backupHelp)}</p>
      <div className="check-actions">
        <button type="button" onClick={() => void exportBackup()}>{local(S.exportBackup)}</button>
        <button type="button" onClick={exportCsv} disabled={attempts.length === 0}>{local(S.exportCsv)}</button>
        <button type="button" onClick={() => input.current?.click()} disabled={!records || records.readOnly}>{local(S.importBackup)}</button>
        <input ref={input} type="file" accept=".json,application/json" hidden onChange={(event) => void importBackup(event)} data-testid="backup-file" />
      </div>
      {message && (
        <p className={message.ok ? 'check-ok' : 'check-notice'} role={message.ok ? 'status' : 'alert'}>{local(message.text)}</p>
      )}
    </section>
  );
}
