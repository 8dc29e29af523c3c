import type { BodyApi } from '../../scene/body-api';
import type { DrawStrokeQuestion, TapPointQuestion } from './bank/questions';
import { useCheckStore } from './checkStore';
import { gradePlace, gradeStroke, nearestTrueDistanceMm } from './grading';

type Point = readonly [number, number, number];

/**
 * Whether a movement's places are on the body yet: on a first visit the technique is laid on the
 * skin a moment after the body is drawn, and until then there is nothing to grade an answer by.
 */
export const placesReady = (body: BodyApi, actionId: string): boolean => body.placesOf(actionId).length > 0;

/** The places a tap is graded against: a point's places, or where each of a stroke's lines starts. */
function truePlaces(body: BodyApi, question: TapPointQuestion): Point[] {
  const places = body.placesOf(question.actionId);
  if (question.target === 'point') return places.flatMap((place) => place.points);
  return places.flatMap((place) => place.lines.map((line) => line[0]).filter((p): p is Point => p !== undefined));
}

/**
 * Grades a tap (or the keyboard cursor's Enter) at a point on the skin and shows the true place
 * with a ring. Returns false when the technique is not laid on the body yet (nothing to grade by).
 */
export function answerTap(body: BodyApi, question: TapPointQuestion, at: Point): boolean {
  const places = truePlaces(body, question);
  if (places.length === 0) return false;
  const distanceMm = Math.round(nearestTrueDistanceMm(at, places, body.distanceAlongSkinMm));
  const grade = gradePlace(distanceMm);
  useCheckStore.getState().answer({ correct: grade === 'right', given: `${distanceMm} mm`, distanceMm }, { grade });
  body.setLayers({ points: true });
  body.highlight({ kind: 'action', actionId: question.actionId });
  return true;
}

/** Grades a stroke drawn on the skin and shows the true path, with its arrows and start ring. */
export function answerStroke(body: BodyApi, question: DrawStrokeQuestion, drawn: readonly Point[]): boolean {
  const lines = body.placesOf(question.actionId).flatMap((place) => place.lines);
  if (lines.length === 0) return false;
  const grade = gradeStroke(drawn, lines, question.forward);
  const offPathMm = Math.round(grade.offPathMm);
  const given = `${grade.rightWay ? 'right way' : 'wrong way'}, ${offPathMm} mm off, ${Math.round(grade.cover * 100)}% along`;
  useCheckStore.getState().answer({ correct: grade.correct, given, distanceMm: offPathMm }, { stroke: { rightWay: grade.rightWay, offPathMm } });
  body.setLayers({ paths: true });
  body.showStep(question.stepId);
  body.highlight({ kind: 'action', actionId: question.actionId });
  return true;
}
