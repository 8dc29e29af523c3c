import { useEffect } from 'react';
import { BodyView, useBody, useBodyPace } from '../../scene/body-api';
import { prefersReducedMotion } from '../../state/reducedMotion';
import { useAppStore } from '../../state/store';
import { sessionPosition, useCoachStore } from './coachStore';

/**
 * The small 3D view of a session: the hands do the phase the cue names, at the pace of the plan
 * (each phase played from the lesson at the speed that makes it last as long), lit on the step.
 * With reduced motion the hands stand still in the middle of each phase.
 */
export function CoachBody() {
  const body = useBody();
  const pace = useBodyPace();
  const plan = useCoachStore((s) => s.plan);
  const index = useCoachStore((s) => s.segment);
  const status = useCoachStore((s) => s.status);
  const segment = plan?.segments[index] ?? null;
  const stepId = segment?.stepId ?? null;

  useEffect(() => {
    if (stepId) body.showStep(stepId);
  }, [body, stepId]);

  useEffect(() => {
    if (!segment) return;
    const { lesson } = segment;
    if (prefersReducedMotion()) {
      pace.holdAt(lesson.start + lesson.duration / 2);
      return;
    }
    // Where the session is inside the phase (a resume lands mid-phase).
    const done = Math.min(1, Math.max(0, (sessionPosition() - segment.start) / segment.duration));
    const at = lesson.start + done * lesson.duration;
    if (status === 'running') pace.playPhase(at, lesson.end, 1 / segment.tempo);
    else pace.holdAt(at);
  }, [pace, segment, status]);

  useEffect(() => () => pace.release(), [pace]);

  // The small view shows the hands and the lit path; the places' labels would cover them.
  useEffect(() => {
    const { labels } = useAppStore.getState().bodyLayers;
    body.setLayers({ labels: false });
    return () => body.setLayers({ labels });
  }, [body]);

  return (
    <div className="viewport-wrap coach-view">
      <BodyView />
    </div>
  );
}
