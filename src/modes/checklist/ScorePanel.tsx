import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { parseResultCode, type ScoreKind, type Trainee, type WorkshopRecord } from '../../records';
import { useLocalized } from '../../state/useLocalized';
import type { Text } from '../../technique';
import { useChecklistStore } from './checklistStore';
import { decodeQr, imageDataOf } from './scan/decode';
import { S, fill } from './strings';

type CameraTrouble = keyof typeof S.camera;

/** How often the camera's picture is read (ms): enough to feel immediate, light on a low-end phone. */
const SCAN_EVERY_MS = 250;

/**
 * A trainee's pre-test or post-test score: scanned from the QR code on their phone (camera, or a
 * photo of it), or typed. Each code is checked (this app's, not damaged, not taken before).
 */
export function ScorePanel({ workshop, trainee }: { workshop: WorkshopRecord; trainee: Trainee }) {
  const local = useLocalized();
  const [message, setMessage] = useState<{ text: Text; ok: boolean } | null>(null);
  const [scanning, setScanning] = useState(false);
  const [cameraTrouble, setCameraTrouble] = useState<CameraTrouble | null>(null);
  const [kind, setKind] = useState<ScoreKind>('pre');
  const [typed, setTyped] = useState('');
  const photo = useRef<HTMLInputElement>(null);

  const take = (text: string) => {
    const parsed = parseResultCode(text);
    if (!parsed.ok) {
      setMessage({ text: S.codeRefused[parsed.error], ok: false });
      return;
    }
    const { result } = parsed;
    const outcome = useChecklistStore.getState().takeResult(workshop.id, trainee.id, result);
    const kindName = result.kind === 'pre' ? S.pre : S.post;
    if (outcome.kind === 'added') setMessage({ text: fill(S.taken, { kind: kindName, score: result.score, name: trainee.name }), ok: true });
    else if (outcome.kind === 'already') setMessage({ text: fill(S.already, { name: trainee.name }), ok: true });
    else setMessage({ text: fill(S.otherTrainee, { name: outcome.name }), ok: false });
  };

  const readPhoto = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    try {
      const text = await decodeQr(await imageDataOf(file));
      if (text === null) setMessage({ text: S.noCodeInPhoto, ok: false });
      else take(text);
    } catch {
      setMessage({ text: S.noCodeInPhoto, ok: false });
    }
  };

  const saveTyped = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(typed);
    if (typed.trim() === '' || !Number.isInteger(value) || value < 0 || value > 100) {
      setMessage({ text: S.badScore, ok: false });
      return;
    }
    useChecklistStore.getState().typeScore(workshop.id, trainee.id, kind, value);
    setMessage({ text: fill(S.taken, { kind: kind === 'pre' ? S.pre : S.post, score: value, name: trainee.name }), ok: true });
    setTyped('');
  };

  const store = useChecklistStore.getState();
  return (
    <section className="score-panel" aria-label={local(fill(S.scanTitle, { name: trainee.name }))}>
      <p className="check-help">{local(S.scanHelp)}</p>
      <div className="check-actions">
        <button type="button" className="check-primary" aria-pressed={scanning} onClick={() => { setCameraTrouble(null); setScanning(!scanning); }}>
          {local(scanning ? S.stopCamera : S.scanCamera)}
        </button>
        <button type="button" onClick={() => photo.current?.click()}>{local(S.scanPhoto)}</button>
        <input ref={photo} type="file" accept="image/*" hidden data-testid="qr-photo" onChange={(e) => void readPhoto(e)} />
      </div>
      {scanning && (
        <CameraScan
          onText={(text) => { setScanning(false); take(text); }}
          onTrouble={(trouble) => { setScanning(false); setCameraTrouble(trouble); }}
        />
      )}
      {cameraTrouble && <p className="check-notice" role="alert">{local(S.camera[cameraTrouble])}</p>}
      {message && <p className={message.ok ? 'check-ok' : 'check-notice'} role={message.ok ? 'status' : 'alert'}>{local(message.text)}</p>}

      <form className="checklist-form inline" onSubmit={saveTyped} noValidate>
        <h5>{local(S.typeTitle)}</h5>
        <label>
          {local(S.kind)}
          <select value={kind} onChange={(e) => setKind(e.target.value === 'post' ? 'post' : 'pre')}>
            <option value="pre">{local(S.pre)}</option>
            <option value="post">{local(S.post)}</option>
          </select>
        </label>
        <label>{local(S.scoreOutOf)}<input type="number" inputMode="numeric" min={0} max={100} step={1} value={typed} onChange={(e) => setTyped(e.target.value)} /></label>
        <button type="submit">{local(S.saveScore)}</button>
      </form>

      {trainee.scores.length > 0 && (
        <>
          <h5>{local(S.scores)}</h5>
          <p className="check-help">{local(S.latestCounts)}</p>
          <ul className="score-list">
            {[...trainee.scores].sort((a, b) => a.takenAt.localeCompare(b.takenAt)).map((s) => (
              <li key={s.id}>
                <span>{local(s.kind === 'pre' ? S.pre : S.post)} {s.score} ({local(S.via[s.via])})</span>
                <button type="button" className="danger-quiet" onClick={() => store.deleteScore(workshop.id, trainee.id, s.id)}>{local(S.deleteScore)}</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The camera's picture, read a few times a second until a code is found; the camera closes with it. */
function CameraScan({ onText, onTrouble }: { onText: (text: string) => void; onTrouble: (trouble: CameraTrouble) => void }) {
  const local = useLocalized();
  const video = useRef<HTMLVideoElement>(null);
  const handlers = useRef({ onText, onTrouble });
  useEffect(() => {
    handlers.current = { onText, onTrouble };
  });

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const scan = async () => {
      const element = video.current;
      if (stopped || !element || !context) return;
      if (element.readyState >= 2 && element.videoWidth > 0) {
        canvas.width = element.videoWidth;
        canvas.height = element.videoHeight;
        context.drawImage(element, 0, 0);
        const text = await decodeQr(context.getImageData(0, 0, canvas.width, canvas.height));
        if (stopped) return;
        if (text !== null) {
          handlers.current.onText(text);
          return;
        }
      }
      timer = setTimeout(() => void scan(), SCAN_EVERY_MS);
    };

    const start = async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        handlers.current.onTrouble('unavailable');
        return;
      }
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch (error) {
        const name = error instanceof DOMException ? error.name : '';
        if (!stopped) handlers.current.onTrouble(name === 'NotAllowedError' || name === 'SecurityError' ? 'refused' : name === 'NotFoundError' || name === 'OverconstrainedError' ? 'none' : 'unavailable');
        return;
      }
      if (stopped || !video.current) {
        stream.getTracks().forEach((track) => track.stop());
        return;
      }
      video.current.srcObject = stream;
      await video.current.play().catch(() => undefined);
      void scan();
    };
    void start();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <div className="camera-scan">
      <video ref={video} muted playsInline aria-label={local(S.cameraLabel)} />
      <p role="status">{local(S.looking)}</p>
    </div>
  );
}
