import { useState } from 'react';
import { useLocalized } from '../../state/useLocalized';
import type { Text } from '../../technique';
import { S, fill } from './strings';

/** A delete button that asks first, in place ("Delete X? Yes, delete / Cancel"). */
export function ConfirmDelete({ label, name, onDelete }: { label: Text; name: string | Text; onDelete: () => void }) {
  const local = useLocalized();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="danger-quiet" onClick={() => setAsking(true)}>
        {local(label)}
      </button>
    );
  }
  return (
    <span className="confirm-delete" role="group" aria-label={local(label)}>
      <span>{local(fill(S.confirmDelete, { name }))}</span>
      <button type="button" className="danger" autoFocus onClick={() => { setAsking(false); onDelete(); }}>{local(S.yesDelete)}</button>
      <button type="button" onClick={() => setAsking(false)}>{local(S.cancel)}</button>
    </span>
  );
}
