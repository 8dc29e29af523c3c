import { describe, expect, test } from 'vitest';
import { TECHNIQUE } from '../../../src/technique';
import { TechniqueError } from '../../../src/technique/errors';
import { parseTechnique } from '../../../src/technique/parse';
import { RAW_TECHNIQUE } from '../../../src/technique/data/technique';
import { REMOVE, rawWith } from './editRaw';

const NECK_STROKE = ['steps', 0, 'actions', 0] as const;
const MASTOID = ['steps', 0, 'actions', 1] as const;
const SHOULDER_STROKE = ['steps', 1, 'actions', 0] as const;
const LEFT_SCAPULA_CIRCLES = ['steps', 2, 'actions', 0] as const;
const LEFT_SCAPULA_3 = ['steps', 2, 'actions', 1] as const;
const BACK_CIRCLES = ['steps', 3, 'actions', 0] as const;
const BACK_LOVE = ['steps', 3, 'actions', 2] as const;

/** The problems `parseTechnique` reports for `raw`, or none. */
function problemsOf(raw: unknown): readonly string[] {
  try {
    parseTechnique(raw);
    return [];
  } catch (error) {
    if (!(error instanceof TechniqueError)) throw error;
    return error.problems;
  }
}

describe('parseTechnique accepts the authored data', () => {
  test('and returns it unchanged', () => {
    expect(parseTechnique(RAW_TECHNIQUE)).toEqual(RAW_TECHNIQUE);
    expect(TECHNIQUE).toEqual(RAW_TECHNIQUE);
  });
});

describe('parseTechnique rejects bad data, naming the item', () => {
  const cases: [string, unknown, string][] = [
    [
      'an unknown landmark',
      rawWith([[...NECK_STROKE, 'path', 'waypoints', 1], { landmark: 'C9' }]),
      'technique: step "neck" stroke "neck-stroke": unknown landmark "C9" (at path.waypoints[1].landmark)',
    ],
    [
      'a clock hour above 12',
      rawWith([[...LEFT_SCAPULA_3, 'anchor', 'clock', 'hour'], 13]),
      'technique: step "scapulae" point "scapula-l-3": clock hour 13 is outside 1-12 (at anchor.clock.hour)',
    ],
    [
      'a clock hour of 0',
      rawWith([[...LEFT_SCAPULA_3, 'anchor', 'clock', 'hour'], 0]),
      'technique: step "scapulae" point "scapula-l-3": clock hour 0 is outside 1-12 (at anchor.clock.hour)',
    ],
    [
      'a fractional start hour',
      rawWith([[...LEFT_SCAPULA_CIRCLES, 'path', 'startHour'], 2.5]),
      'technique: step "scapulae" stroke "scapula-l-circles": clock hour 2.5 is outside 1-12 (at path.startHour)',
    ],
    [
      'a stroke without a path',
      rawWith([[...SHOULDER_STROKE, 'path'], REMOVE]),
      'technique: step "shoulders" stroke "shoulder-stroke": missing path (at path)',
    ],
    [
      'a missing English translation',
      rawWith([[...MASTOID, 'label', 'en'], REMOVE]),
      'technique: step "neck" point "mastoid-press": missing "en" translation (at label.en)',
    ],
    [
      'a blank Indonesian translation',
      rawWith([[...NECK_STROKE, 'phases', 1, 'text', 'id'], '  ']),
      'technique: step "neck" stroke "neck-stroke" phase 2: empty "id" translation (at text.id)',
    ],
    [
      'a missing text',
      rawWith([['setting', 'items', 2, 'title'], REMOVE]),
      'technique: setting item "oil": missing text (needs "id" and "en") (at title)',
    ],
    [
      'an unknown path kind',
      rawWith([[...LEFT_SCAPULA_CIRCLES, 'path', 'kind'], 'zigzag']),
      'technique: step "scapulae" stroke "scapula-l-circles": unknown path kind "zigzag" (at path.kind)',
    ],
    [
      'a line with one waypoint',
      rawWith([[...NECK_STROKE, 'path', 'waypoints'], [{ landmark: 'C1' }]]),
      'technique: step "neck" stroke "neck-stroke": needs at least 2 waypoints (at path.waypoints)',
    ],
    [
      'an item without a source',
      rawWith([['setting', 'items', 0, 'sources'], []]),
      'technique: setting item "position": needs a source: a seed section or an interpretation note (at sources)',
    ],
    [
      'an unknown seed',
      rawWith([['steps', 3, 'sources', 0, 'seed'], '009']),
      'technique: step "back": unknown seed "009" (at sources[0].seed)',
    ],
    [
      'a stroke with only a pressure phase and no reason',
      rawWith([[...NECK_STROKE, 'phases', 1, 'kind'], 'pressure']),
      'technique: step "neck" stroke "neck-stroke": needs a pressure phase and a glide phase, or a singlePhaseReason saying why not (at phases)',
    ],
    [
      'a single-phase reason on a stroke with both phases',
      rawWith([[...NECK_STROKE, 'singlePhaseReason'], { id: 'Alasan', en: 'Reason' }]),
      'technique: step "neck" stroke "neck-stroke": has both a pressure and a glide phase, so singlePhaseReason does not apply (at singlePhaseReason)',
    ],
    [
      'phases that do not join up',
      rawWith([[...NECK_STROKE, 'phases', 1, 'from'], 0.5]),
      'technique: step "neck" stroke "neck-stroke" phase 2: starts at 0.5 but the phase before ends at 1 (at from)',
    ],
    [
      'a stroke that cannot repeat',
      rawWith([[...NECK_STROKE, 'phases', 1, 'to'], 0.5]),
      'technique: step "neck" stroke "neck-stroke": ends at 0.5 but starts at 0, so it cannot repeat (at phases)',
    ],
    [
      'a phase that does not move',
      rawWith([[...BACK_LOVE, 'phases', 0, 'to'], 0]),
      'technique: step "back" stroke "back-love" phase 1: does not move (from equals to)',
    ],
    [
      'a baseline route on a path without circles',
      rawWith([[...NECK_STROKE, 'phases', 1, 'route'], 'baseline']),
      'technique: step "neck" stroke "neck-stroke" phase 2: follows the baseline, which only a circles path has (at route)',
    ],
    [
      'a mirrored stroke written for the left side',
      rawWith([[...SHOULDER_STROKE, 'path', 'waypoints', 0], { landmark: 'L.scapula.acromion' }]),
      'technique: step "shoulders" stroke "shoulder-stroke": is mirrored, so it must be written for the mother\'s right side, not "L.scapula.acromion" (at path)',
    ],
    [
      'a mirrored point with one active hand',
      rawWith([[...MASTOID, 'hands', 'left'], REMOVE]),
      'technique: step "neck" point "mastoid-press": is mirrored ("together"), so both hands must be active, one per side (at hands)',
    ],
    [
      'a stroke where no hand works',
      rawWith([[...NECK_STROKE, 'hands', 'right', 'role'], 'supports']),
      'technique: step "neck" stroke "neck-stroke": needs a hand that strokes, presses or grips (at hands)',
    ],
    [
      'an unknown hand part',
      rawWith([[...NECK_STROKE, 'hands', 'right', 'part'], 'elbow']),
      'technique: step "neck" stroke "neck-stroke": "part" must be one of "fingertips", "thumb", "palm", "backOfHand", "backOfFingers", "fist", "thumbAndFingers", "cGrip", got "elbow" (at hands.right.part)',
    ],
    [
      'repetitions the wrong way round',
      rawWith([[...NECK_STROKE, 'repetitions'], { min: 6, max: 5 }]),
      'technique: step "neck" stroke "neck-stroke": repetitions min 6 is above max 5 (at repetitions)',
    ],
    [
      'a relative pressure above 1',
      rawWith([[...BACK_CIRCLES, 'phases', 0, 'pressure'], 1.5]),
      'technique: step "back" stroke "back-circles" phase 1: "pressure" must be at most 1, got 1.5 (at pressure)',
    ],
    [
      'a size in millimetres',
      rawWith([[...BACK_LOVE, 'path', 'width'], 80]),
      'technique: step "back" stroke "back-love": "width" must be at most 0.4, got 80 (at path.width)',
    ],
    [
      'a misspelt field',
      rawWith([[...NECK_STROKE, 'singlePhasReason'], { id: 'x', en: 'x' }]),
      'technique: step "neck" stroke "neck-stroke": unknown field "singlePhasReason"',
    ],
    [
      'an id that is not a slug',
      rawWith([[...NECK_STROKE, 'id'], 'Neck Stroke']),
      'technique: step "neck" stroke "Neck Stroke": id must be a lowercase slug like "neck-stroke" (at id)',
    ],
    [
      'a duplicate id',
      rawWith([[...MASTOID, 'id'], 'c-grip']),
      'technique: step "shoulders" point "c-grip": duplicate id "c-grip" (also in step "neck") (at id)',
    ],
    [
      'a step without strokes',
      rawWith([['steps', 0, 'actions'], [RAW_TECHNIQUE.steps[0]!.actions[1]]]),
      'technique: step "neck": needs at least one stroke (at actions)',
    ],
    [
      'a wrong step number',
      rawWith([['steps', 1, 'number'], 3]),
      'technique: step "shoulders": number must be 2, got 3 (at number)',
    ],
    [
      'steps out of order',
      rawWith([['steps'], [RAW_TECHNIQUE.steps[1], RAW_TECHNIQUE.steps[0], RAW_TECHNIQUE.steps[2], RAW_TECHNIQUE.steps[3]]]),
      'technique: steps must be neck, shoulders, scapulae, back in that order, got shoulders, neck, scapulae, back (at steps)',
    ],
    ['not an object at all', null, 'technique: value must be object, got null'],
  ];

  test.each(cases)('%s', (_, raw, expected) => {
    const problems = problemsOf(raw);
    expect(problems, problems.join("\n")).toContain(expected);
  });

  test('the error is a TechniqueError whose message starts with the first problem', () => {
    const raw = rawWith([[...NECK_STROKE, 'path', 'waypoints', 1], { landmark: 'C9' }]);
    expect(() => parseTechnique(raw)).toThrow(TechniqueError);
    expect(() => parseTechnique(raw)).toThrow(/^technique: step "neck" stroke "neck-stroke": unknown landmark "C9"/);
  });

  test('every problem is reported, not only the first', () => {
    const raw = rawWith(
      [[...NECK_STROKE, 'path', 'waypoints', 1], { landmark: 'C9' }],
      [[...LEFT_SCAPULA_3, 'anchor', 'clock', 'hour'], 13],
      [[...MASTOID, 'label', 'en'], REMOVE],
    );
    expect(problemsOf(raw)).toHaveLength(3);
  });
});
