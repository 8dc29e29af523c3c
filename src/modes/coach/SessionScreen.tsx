import { useEffect, useRef } from 'react';
import { useLocalized } from '../../state/useLocalized';
import { TECHNIQUE } from '../../technique';
import { CoachBody } from './CoachBody';
import { sessionPosition, useCoachStore } from './coachStore';
import { namesOf, phaseLabel } from './cues';
import { clockText } from './format';
import { planStepAt, type Plan } from './plan';
import { S, fill } from './strings';

const NAMES = namesOf(TECHNIQUE);

/** The two countdowns, written into the DOM four times a second (never through React state). */
function Countdowns({ plan }: { readonly plan: Plan }) {
  const local = useLocalized();
  const step = useRef<HTMLSpanElement>(null);
  const session = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const update = () => {
      const t = sessionPosition();
      if (step.current) step.current.textContent = clockText(planStepAt(plan, t).end - t);
      if (session.current) session.current.textContent = clockText(plan.duration - t);
    };
    update();
    const timer = window.setInterval(update, 250);
    return () => window.clearInterval(timer);
  }, [plan]);
  return (
    <dl className="coach-times">
      <div>
        <dt>{local(S.stepLeft)}</dt>
        <dd ref={step} data-testid="step-left" />
      </div>
      <div>
        <dt>{local(S.sessionLeft)}</dt>
        <dd ref={session} data-testid="session-left" />
      </div>
    </dl>
  );
}

function Notices() {
  const local = useLocalized();
  const voiceNotice = useCoachStore((s) => s.voiceNotice);
  const wake = useCoachStore((s) => s.wake);
  return (
    <>
      {voiceNotice && (
        <p className="coach-notice" role="status" data-testid="voice-notice">
          {local(voiceNotice === 'noVoice' ? S.noVoice : S.noSpeech)}
        </p>
      )}
      {(wake === 'missing' || wake === 'refused') && (
        <p className="coach-notice" role="status" data-testid="wake-notice">
          {local(wake === 'missing' ? S.wakeMissing : S.wakeRefused)}
        </p>
      )}
    </>
  );
}

/**
 * A session: the movement in large type, press or glide in word, shape and colour, the count,
 * the time left, and one large area to pause and resume; repeat, skip and stop below it.
 */
export function SessionScreen() {
  const local = useLocalized();
  const plan = useCoachStore((s) => s.plan);
  const index = useCoachStore((s) => s.segment);
  const status = useCoachStore((s) => s.status);
  const pausedBy = useCoachStore((s) => s.pausedBy);
  const words = useCoachStore((s) => s.words);
  const showBody = useCoachStore((s) => s.settings.showBody);
  const tap = useRef<HTMLButtonElement>(null);
  useEffect(() => tap.current?.focus(), []);
  if (!plan) return null;
  const segment = plan.segments[index]!;
  const action = plan.actions[segment.actionOrdinal]!;
  const next = plan.actions[segment.actionOrdinal + 1];
  const name = NAMES.get(segment.actionId)!;
  const phase = phaseLabel(segment);
  const stepNumber = plan.steps.findIndex((s) => s.stepId === segment.stepId) + 1;
  const paused = status === 'paused';

  return (
    <div className={`coach-session${showBody ? ' with-body' : ''}`}>
      {showBody && <CoachBody />}
      <div className="coach-live">
        <Notices />
        <button
          ref={tap}
          type="button"
          className={`coach-tap phase-${segment.kind}${paused ? ' is-paused' : ''}`}
          onClick={() => useCoachStore.getState().toggle()}
          aria-label={`${local(paused ? S.tapToResume : S.tapToPause)}. ${local(name.title)}: ${local(phase.word)}`}
          data-testid="coach-tap"
        >
          <span className="coach-step">{fill(local(S.stepOf), { n: stepNumber, total: plan.steps.length, title: local(name.step) })}</span>
          <span className="coach-movement" data-testid="coach-movement">{local(name.title)}</span>
          <span className="coach-phase" data-testid="coach-phase">
            <span className="coach-phase-shape" aria-hidden="true" />
            <span className="coach-phase-word">{local(phase.word)}</span>
            <span className="coach-phase-hint">{local(phase.hint)}</span>
          </span>
          {segment.count > 0 && (
            <span className="coach-count" data-testid="coach-count">
              <strong>{segment.count}</strong> / {segment.counts}
              {action.rounds > 1 && <small>{fill(local(S.round), { n: segment.round, total: action.rounds })}</small>}
            </span>
          )}
          <span className="coach-words" aria-live="polite" data-testid="coach-words">
            {words ? local(words) : ''}
          </span>
          {paused ? (
            <span className="coach-paused" data-testid="coach-paused">
              <strong>{local(S.pausedTitle)}</strong>
              {pausedBy === 'hidden' && <span>{local(S.pausedHidden)}</span>}
              <span>{local(S.tapToResume)}</span>
            </span>
          ) : (
            <span className="coach-hint">{local(S.tapToPause)}</span>
          )}
        </button>
        <Countdowns plan={plan} />
        {next && <p className="coach-next" data-testid="coach-next">{fill(local(S.next), { title: local(NAMES.get(next.actionId)!.title) })}</p>}
        <div className="coach-controls">
          <button type="button" title={local(S.repeatLabel)} onClick={() => useCoachStore.getState().repeat()}>
            {local(S.repeat)}
          </button>
          <button type="button" title={local(S.skipLabel)} onClick={() => useCoachStore.getState().skip()}>
            {local(S.skip)}
          </button>
          <button type="button" className="coach-stop" onClick={() => useCoachStore.getState().stop()}>
            {local(S.stop)}
          </button>
        </div>
      </div>
    </div>
  );
}
