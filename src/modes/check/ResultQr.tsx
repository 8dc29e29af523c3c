import { useEffect, useState } from 'react';
import { resultCode, type AttemptRecord } from '../../records';
import { useLocalized } from '../../state/useLocalized';
import { S } from './strings';

/** Dark modules of a QR code, as rows of booleans. */
type Modules = readonly (readonly boolean[])[];

/** The QR modules of `text`; the encoder (qrcode-generator, about 7 kB gzipped) loads on first use, in its own chunk. */
async function qrModules(text: string): Promise<Modules> {
  const { default: qrcode } = await import('qrcode-generator');
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Alphanumeric');
  qr.make();
  const size = qr.getModuleCount();
  return Array.from({ length: size }, (_, row) => Array.from({ length: size }, (_, col) => qr.isDark(row, col)));
}

/** The code as one SVG path, with the 4-module quiet zone the standard asks for. */
function QrSvg({ modules, label }: { modules: Modules; label: string }) {
  const quiet = 4;
  const size = modules.length + quiet * 2;
  let d = '';
  modules.forEach((row, y) => row.forEach((dark, x) => { if (dark) d += `M${x + quiet} ${y + quiet}h1v1h-1z`; }));
  return (
    <svg className="result-qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

/**
 * The result as a QR code for the trainer's checklist (issue 15): kind, score, each answer right
 * or wrong and a short id, read off this screen by the trainer's camera, no network needed.
 */
export function ResultQr({ attempt }: { attempt: AttemptRecord }) {
  const local = useLocalized();
  const [open, setOpen] = useState(false);
  const [modules, setModules] = useState<Modules | null>(null);
  const [failed, setFailed] = useState(false);
  const kind = attempt.testKind;
  const text = kind === 'practice' || attempt.answers.length === 0 ? null : resultCode({ id: attempt.id, testKind: kind, answers: attempt.answers });
  useEffect(() => {
    if (!open || text === null) return;
    let current = true;
    qrModules(text).then(
      (m) => { if (current) setModules(m); },
      () => { if (current) setFailed(true); },
    );
    return () => { current = false; };
  }, [open, text]);
  if (text === null) return null;
  return (
    <section className="result-qr" aria-labelledby="result-qr-title">
      <h3 id="result-qr-title">{local(S.qrTitle)}</h3>
      <p>{local(S.qrHelp)}</p>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>{local(open ? S.qrHide : S.qrShow)}</button>
      {open && modules && <QrSvg modules={modules} label={local(S.qrLabel)} />}
      {open && modules && <p className="result-qr-id">{text.split(':')[5]}</p>}
      {open && failed && <p className="check-notice" role="alert">{local(S.qrFailed)}</p>}
    </section>
  );
}
