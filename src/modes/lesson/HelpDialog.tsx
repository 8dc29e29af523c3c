import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

const ROWS = [
  ['Space', 'shortcuts.playPause'],
  ['← →  PgUp PgDn', 'shortcuts.action'],
  ['Shift + ← →', 'shortcuts.step'],
  ['1 2 3 4', 'shortcuts.stepNumber'],
  ['L', 'shortcuts.loop'],
  ['F', 'shortcuts.follow'],
  ['[  ]', 'shortcuts.speed'],
  ['?', 'shortcuts.help'],
] as const;

/** The keyboard shortcuts, in a native modal dialog (Esc closes it, focus returns). */
export const HelpDialog = forwardRef<HTMLDialogElement>(function HelpDialog(_, ref) {
  const { t } = useTranslation();
  return (
    <dialog ref={ref} className="about-dialog help-dialog" aria-labelledby="help-title">
      <h2 id="help-title">{t('shortcuts.title')}</h2>
      <table>
        <tbody>
          {ROWS.map(([keys, label]) => (
            <tr key={label}>
              <th scope="row"><kbd>{keys}</kbd></th>
              <td>{t(label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('shortcuts.camera')}</p>
      <form method="dialog">
        <button type="submit" autoFocus>{t('shortcuts.close')}</button>
      </form>
    </dialog>
  );
});
