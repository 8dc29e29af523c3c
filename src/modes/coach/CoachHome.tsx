import { useId } from 'react';
import { SCHEDULE } from '../../motion/techniqueSchedule';
import { useAppStore } from '../../state/store';
import { useLocalized } from '../../state/useLocalized';
import { TECHNIQUE } from '../../technique';
import { useCoachStore } from './coachStore';
import { Diary } from './Diary';
import { clockText } from './format';
import { MAX_MINUTES, MIN_MINUTES, makePlan } from './plan';
import { voicesFor } from './speech';
import { S, fill } from './strings';

/** The start: the length, how it is split (the app's guidance), the sound settings and the diary. */
export function CoachHome() {
  const local = useLocalized();
  const language = useAppStore((s) => s.language);
  const settings = useCoachStore((s) => s.settings);
  const voices = useCoachStore((s) => s.voices);
  const voicesLoaded = useCoachStore((s) => s.voicesLoaded);
  const change = useCoachStore((s) => s.changeSettings);
  const ids = useId();
  const plan = makePlan(SCHEDULE, settings.minutes);
  const rounds = plan.actions[0]?.rounds ?? 1;
  const own = voicesFor(voices, language);
  const langName = local(S.langName);

  return (
    <div className="coach-home">
      <h2>{local(S.title)}</h2>
      <p>{local(S.intro)}</p>

      <div className="coach-field">
        <label htmlFor={`${ids}-minutes`}>{local(S.minutes)}</label>
        <div className="coach-minutes">
          <input
            id={`${ids}-minutes`}
            type="range"
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            step={1}
            value={settings.minutes}
            onChange={(event) => change({ minutes: Number(event.target.value) })}
          />
          <output htmlFor={`${ids}-minutes`} data-testid="minutes">
            {fill(local(S.minutesValue), { n: settings.minutes })}
          </output>
        </div>
        <p className="coach-help">{local(S.sourceNote)}</p>
      </div>

      <button type="button" className="coach-start" onClick={() => useCoachStore.getState().start()}>
        {local(S.start)}
      </button>

      <details className="coach-split">
        <summary>{local(S.splitTitle)}</summary>
        <ul>
          {plan.steps.map((step) => (
            <li key={step.stepId}>
              <span>{local(TECHNIQUE.steps.find((s) => s.id === step.stepId)!.title)}</span>
              <span>{clockText(step.end - step.start)}</span>
            </li>
          ))}
        </ul>
        <p className="coach-help">
          {fill(local(S.splitNote), {
            counts: local(S.countsPerRound),
            rounds: rounds === 1 ? local(S.roundsOnce) : fill(local(S.roundsMany), { n: rounds }),
          })}
        </p>
      </details>

      <fieldset className="coach-settings">
        <legend>{local(S.settings)}</legend>
        <label className="coach-check">
          <input type="checkbox" checked={settings.tonesOnly} onChange={(event) => change({ tonesOnly: event.target.checked })} />
          {local(S.tonesOnly)}
        </label>
        <label htmlFor={`${ids}-volume`}>{local(S.volume)}</label>
        <input
          id={`${ids}-volume`}
          type="range"
          min={0}
          max={1}
          step={0.1}
          value={settings.volume}
          onChange={(event) => change({ volume: Number(event.target.value) })}
        />
        <label htmlFor={`${ids}-voice`}>{local(S.voice)}</label>
        <select
          id={`${ids}-voice`}
          value={own.some((v) => v.voiceURI === settings.voiceURI) ? (settings.voiceURI ?? '') : ''}
          disabled={settings.tonesOnly || own.length === 0}
          onChange={(event) => change({ voiceURI: event.target.value === '' ? null : event.target.value })}
        >
          <option value="">{own.length === 0 ? fill(local(S.noVoiceListed), { lang: langName }) : fill(local(S.voiceAuto), { lang: langName })}</option>
          {own.map((voice) => (
            <option key={voice.voiceURI} value={voice.voiceURI}>
              {voice.name} ({voice.lang})
            </option>
          ))}
        </select>
        {voicesLoaded && own.length === 0 && !settings.tonesOnly && (
          <p className="coach-help" data-testid="no-voice-here">
            {fill(local(S.noVoiceListed), { lang: langName })}
          </p>
        )}
        <label className="coach-check">
          <input type="checkbox" checked={settings.showBody} onChange={(event) => change({ showBody: event.target.checked })} />
          {local(S.showBody)}
        </label>
      </fieldset>

      <Diary />
    </div>
  );
}
