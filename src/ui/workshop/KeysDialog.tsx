import type { Ref } from 'react';
import { useLocalized } from '../../state/useLocalized';
import { K } from './keyWords';
import './workshop.css';

/** Every key of the presenter mode and the speaker view, as the keyboard and a clicker send them. */
const KEYS = [
  ['PageDown, →, ↓', K.keys.next],
  ['PageUp, ←, ↑', K.keys.previous],
  ['Spasi / Space', K.keys.play],
  ['B, .', K.keys.blank],
  ['1, 2, 3, 4', K.keys.step],
  ['], [', K.keys.parts],
  ['P', K.keys.plan],
  ['S', K.keys.speaker],
  ['F', K.keys.fullscreen],
  ['?, H', K.keys.help],
  ['F5, Esc', K.keys.ignored],
] as const;

export function KeysDialog({ ref }: { readonly ref: Ref<HTMLDialogElement> }) {
  const local = useLocalized();
  return (
    <dialog ref={ref} className="workshop-dialog workshop-keys" aria-labelledby="workshop-keys-title">
      <h2 id="workshop-keys-title">{local(K.helpTitle)}</h2>
      <p>{local(K.helpIntro)}</p>
      <table>
        <tbody>
          {KEYS.map(([key, text]) => (
            <tr key={key}>
              <th scope="row">
                <kbd>{key}</kbd>
              </th>
              <td>{local(text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit">{local(K.close)}</button>
      </form>
    </dialog>
  );
}
