import { useTranslation } from 'react-i18next';
import type { Notice } from '../state/slices/statusSlice';
import { useAppStore } from '../state/store';

const MESSAGE_KEYS = {
  corruptSettings: 'problems.corruptSettings',
  unknownStep: 'problems.unknownStep',
} as const satisfies Record<Notice['key'], string>;

/** Messages about bad input (a broken link, damaged saved settings), read out politely. */
export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{t(MESSAGE_KEYS[notice.key], { step: notice.step ?? '' })}</span>
          <button type="button" onClick={() => dismiss(notice.id)} aria-label={t('problems.dismiss')}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
