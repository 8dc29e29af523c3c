import {
  HAND_PART_LABELS,
  TECHNIQUE,
  isPressPoint,
  isStroke,
  type Action,
  type HandPart,
  type Hands,
  type Technique,
  type Text,
} from '../../../technique';
import type {
  DrawStrokeQuestion,
  HandPartQuestion,
  OrderQuestion,
  PressOrGlideQuestion,
  Question,
  TapPointQuestion,
} from './questions';
import { STATEMENTS } from './statements';

/**
 * Every question but the statements is made from the technique data, so the questions cannot
 * drift from the lesson: a point moved, a hand part renamed or a step reordered changes them too.
 */

/** Pressure points seen from behind (the hollow above the collarbone is reached over the shoulder, in front). */
const TAPPABLE_POINTS = (action: Action) => isPressPoint(action) && action.id !== 'supraclavicular-press';

/** Strokes whose pressure runs one clear way along a line a finger can draw. */
const DRAWABLE = new Set(['neck-stroke', 'shoulder-stroke', 'back-circles']);

/** A step's movements are put in order only when there are few: the eight of the shoulder blades make a chore, not a question. */
const MAX_ORDER_ITEMS = 5;

const titleOf = (action: Action): Text => (isStroke(action) ? action.title : action.label);

const say = (id: string, en: string): Text => ({ id, en });

/** The working hand's part: the hand that strokes, presses or grips (not the one that supports). */
function workingPart(hands: Hands): HandPart | null {
  for (const use of [hands.right, hands.left]) if (use && use.role !== 'supports') return use.part;
  return null;
}

function tapQuestions(technique: Technique): TapPointQuestion[] {
  return technique.steps.flatMap((step) =>
    step.actions.flatMap((action): TapPointQuestion[] => {
      if (TAPPABLE_POINTS(action) && isPressPoint(action)) {
        return [{
          kind: 'tapPoint',
          id: `tap-${action.id}`,
          stepId: step.id,
          actionId: action.id,
          target: 'point',
          prompt: say(`Ketuk titik ini di tubuh ibu: ${action.label.id}.`, `Tap this point on the mother's body: ${action.label.en}.`),
        }];
      }
      if (isStroke(action) && DRAWABLE.has(action.id)) {
        const title = action.title;
        return [{
          kind: 'tapPoint',
          id: `tap-${action.id}-start`,
          stepId: step.id,
          actionId: action.id,
          target: 'pressureStart',
          prompt: say(`Ketuk tempat tekanan mulai diberikan pada gerakan: ${title.id}.`, `Tap where the pressure starts in this movement: ${title.en}.`),
        }];
      }
      return [];
    }),
  );
}

function drawQuestions(technique: Technique): DrawStrokeQuestion[] {
  return technique.steps.flatMap((step) =>
    step.actions.filter(isStroke).filter((s) => DRAWABLE.has(s.id)).map((stroke): DrawStrokeQuestion => {
      const pressure = stroke.phases.find((p) => p.kind === 'pressure');
      if (!pressure) throw new RangeError(`check: the stroke "${stroke.id}" has no pressure phase to draw`);
      return {
        kind: 'drawStroke',
        id: `draw-${stroke.id}`,
        stepId: step.id,
        actionId: stroke.id,
        forward: pressure.to > pressure.from,
        prompt: say(
          `Tarik satu garis di tubuh ibu, searah dengan tekanan: ${stroke.title.id}.`,
          `Draw one line on the mother's body the way the pressure goes: ${stroke.title.en}.`,
        ),
      };
    }),
  );
}

function pressOrGlideQuestions(technique: Technique): PressOrGlideQuestion[] {
  return technique.steps.flatMap((step) =>
    step.actions.filter(isStroke).flatMap((stroke) => {
      const kinds = new Set(stroke.phases.map((p) => p.kind));
      // A stroke that only glides (the "Love" pattern) has no moment to tell apart.
      if (kinds.size < 2) return [];
      return [...kinds].map((kind): PressOrGlideQuestion => ({
        kind: 'pressOrGlide',
        id: `pg-${stroke.id}-${kind}`,
        stepId: step.id,
        actionId: stroke.id,
        answer: kind,
        prompt: say(
          `Lihat tangan pada gerakan ${stroke.title.id}. Saat yang ditandai ini: menekan atau mengusap?`,
          `Watch the hands in the movement "${stroke.title.en}". The marked moment: pressing or gliding?`,
        ),
      }));
    }),
  );
}

function handPartQuestions(technique: Technique): HandPartQuestion[] {
  const allParts = Object.keys(HAND_PART_LABELS) as HandPart[];
  const seen = new Set<string>();
  return technique.steps.flatMap((step) =>
    step.actions.flatMap((action): HandPartQuestion[] => {
      const answer = workingPart(action.hands);
      // One question per movement name: the six scapula points share one.
      const key = `${step.id}:${answer}:${isPressPoint(action) ? 'press' : action.id}`;
      if (!answer || seen.has(key)) return [];
      seen.add(key);
      const others = allParts.filter((p) => p !== answer);
      // Three others, picked by the action's position so the choice is fixed and varied.
      const offset = (action.id.length + step.number) % others.length;
      const picked = [0, 1, 2].map((i) => others[(offset + i * 2) % others.length]!);
      const options = [answer, ...picked].sort((a, b) => allParts.indexOf(a) - allParts.indexOf(b));
      const what = isPressPoint(action) && action.id.startsWith('scapula-') ? say('titik-titik tulang belikat', 'the shoulder-blade points') : titleOf(action);
      return [{
        kind: 'handPart',
        id: `hand-${isPressPoint(action) && action.id.startsWith('scapula-') ? 'scapula-points' : action.id}`,
        stepId: step.id,
        actionId: action.id,
        answer,
        options,
        prompt: say(`Bagian tangan mana yang bekerja pada gerakan: ${what.id}?`, `Which part of the hand does this movement: ${what.en}?`),
      }];
    }),
  );
}

function orderQuestions(technique: Technique): OrderQuestion[] {
  const steps: OrderQuestion = {
    kind: 'order',
    id: 'order-steps',
    stepId: null,
    prompt: say('Susun keempat langkah pijat sesuai urutannya.', 'Put the four steps of the massage in order.'),
    items: technique.steps.map((step) => ({ id: step.id, label: step.title })),
  };
  const withinSteps = technique.steps
    .filter((step) => step.actions.length >= 2 && step.actions.length <= MAX_ORDER_ITEMS)
    .map((step): OrderQuestion => ({
      kind: 'order',
      id: `order-${step.id}`,
      stepId: step.id,
      prompt: say(`Susun gerakan pada langkah ${step.title.id} sesuai urutannya.`, `Put the movements of the step "${step.title.en}" in order.`),
      items: step.actions.map((action) => ({ id: action.id, label: titleOf(action) })),
    }));
  return [steps, ...withinSteps];
}

/** Every question of the bank: the typed statements and the ones made from the technique. */
export function buildQuestionBank(technique: Technique = TECHNIQUE): readonly Question[] {
  return [
    ...STATEMENTS,
    ...tapQuestions(technique),
    ...drawQuestions(technique),
    ...pressOrGlideQuestions(technique),
    ...handPartQuestions(technique),
    ...orderQuestions(technique),
  ];
}

export const QUESTION_BANK: readonly Question[] = buildQuestionBank();

const BY_ID = new Map(QUESTION_BANK.map((q) => [q.id, q]));

/** A question by its id; undefined for an id the bank no longer has (a record from an older version). */
export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}

if (import.meta.env.DEV) {
  // An edit to the statements shows its problems at once in the dev server (the unit tests check it too).
  void import('./validateBank').then(({ validateBank }) => {
    const problems = validateBank(QUESTION_BANK);
    if (problems.length > 0) console.error('check: the question bank has problems:\n' + problems.join('\n'));
  });
}
