import { BodyView } from '../../scene/body-api';
import { useLocalized } from '../../state/useLocalized';
import { SEED_CITATIONS, TECHNIQUE } from '../../technique';
import { S, fill } from './strings';
import { useStepPictures } from './useStepPictures';
import './leaflet.css';

/** The setting's items a family needs at home (the app's own notes stay in the app). */
const SETTING_ITEMS = ['position', 'pillow', 'oil', 'duration', 'frequency', 'giver'];
/** The seeds the leaflet's procedure and advice come from. */
const CITED = ['003', '002', '000'] as const;

/**
 * The leaflet to hand out (`?print=leaflet`): A4, two pages, in the chosen language. A picture of
 * each step drawn by the app's own scene at the step's view, with its paths, arrows and points; the
 * steps' words, the setting, the safety note and the sources. Readable in black and white: the
 * pictures' lines differ by thickness and dashes, not colour alone. Printed, or saved as PDF,
 * with the browser's own print.
 */
export default function LeafletPage() {
  const local = useLocalized();
  const { pictures, working, done } = useStepPictures();
  const steps = TECHNIQUE.steps;
  const setting = TECHNIQUE.setting.items.filter((item) => SETTING_ITEMS.includes(item.id));
  const safety = TECHNIQUE.setting.items.find((item) => item.id === 'safety');
  const workingNumber = working ? steps.findIndex((s) => s.id === working) + 1 : 0;

  const stepBlock = (index: number) => {
    const step = steps[index]!;
    const picture = pictures[step.id];
    return (
      <section key={step.id} className="leaflet-step" data-step={step.id}>
        <h3>
          {local(fill(S.step, { n: step.number }))}: {local(step.title)}
        </h3>
        {picture && <img src={picture} alt={local(fill(S.picture, { n: step.number, title: local(step.title) }))} />}
        <p className="leaflet-summary">{local(step.summary)}</p>
        <ul>
          {step.actions
            .filter((a) => !a.id.match(/^scapula-[lr]-\d$/))
            .map((a) => (
              <li key={a.id}>
                <strong>{local(a.kind === 'stroke' ? a.title : a.label)}.</strong> {local(a.instruction)}
              </li>
            ))}
        </ul>
      </section>
    );
  };

  return (
    <main className="app-main leaflet-screen">
      <div className="leaflet-toolbar">
        <p role="status">{done ? local(S.ready) : local(fill(S.preparing, { n: Math.max(1, workingNumber), total: steps.length }))}</p>
        <button type="button" onClick={() => window.print()} disabled={!done}>
          {local(S.print)}
        </button>
        <a href={`?lang=${local({ id: 'id', en: 'en' })}`}>{local(S.back)}</a>
      </div>
      {!done && (
        <div className="leaflet-capture" aria-hidden="true">
          <BodyView />
        </div>
      )}
      <article className="leaflet" data-ready={done}>
        <div className="leaflet-page">
          <header className="leaflet-head">
            <h1>{local(TECHNIQUE.title)}</h1>
            <p>{local(S.subtitle)}</p>
          </header>
          <section className="leaflet-setting">
            <h2>{local(S.setting)}</h2>
            <dl>
              {setting.map((item) => (
                <div key={item.id}>
                  <dt>{local(item.title)}</dt>
                  <dd>{local(item.text)}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section className="leaflet-legend">
            <h2>{local(S.legendTitle)}</h2>
            <p>
              <span className="leaflet-line is-press" aria-hidden="true" /> {local(S.legendPress)}
            </p>
            <p>
              <span className="leaflet-line is-glide" aria-hidden="true" /> {local(S.legendGlide)}
            </p>
            <p>{local(S.legendArrow)}</p>
          </section>
          <h2 className="leaflet-steps-title">{local(S.steps)}</h2>
          <div className="leaflet-steps">{[0, 1].map(stepBlock)}</div>
        </div>
        <div className="leaflet-page">
          <div className="leaflet-steps">{[2, 3].map(stepBlock)}</div>
          {safety && (
            <section className="leaflet-safety">
              <h2>{local(safety.title)}</h2>
              <p>{local(safety.text)}</p>
            </section>
          )}
          <section className="leaflet-sources">
            <h2>{local(S.sources)}</h2>
            <ol>
              {CITED.map((seed) => {
                const c = SEED_CITATIONS[seed];
                return (
                  <li key={seed}>
                    {c.authors.join(', ')} ({c.year ?? 'n.d.'}). {c.title}.{c.journal && <em> {c.journal}</em>}
                    {c.details ? `, ${c.details}` : ''}
                  </li>
                );
              })}
            </ol>
            <p>{local(S.guidance)}</p>
            <p>{local(S.made)}</p>
          </section>
        </div>
      </article>
    </main>
  );
}
