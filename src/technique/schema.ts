/**
 * Run-time check of the technique data against `types.ts`. The schemas are annotated with the
 * types they produce (directly, or through the union that holds them), so the two cannot drift apart. Objects are strict: a misspelt field is an error.
 * Messages name the problem; `errors.ts` adds which step, stroke or point it is in.
 */
import * as z from 'zod/mini';
import { SIDES, isLandmarkId, type LandmarkId } from '../anatomy/landmarkIds';
import type { Anchor, ClockHour, PathSpec } from '../anatomy/paths';
import { SEED_IDS, SUPPLEMENTARY_IDS } from './citations';
import { STEP_IDS } from './ids';
import { pointProblems, stepProblems, strokeProblems, techniqueProblems, type Problem } from './rules';
import type { Action, PressPoint, Setting, Source, Step, Stroke, Technique, Text } from './types';

/** Turns a rule from `rules.ts` into a zod check. */
function rule<T>(problems: (value: T) => readonly Problem[]) {
  return z.superRefine<T>((value, ctx) => {
    for (const problem of problems(value)) {
      ctx.addIssue({ code: 'custom', message: problem.message, path: [...problem.path], input: value });
    }
  });
}

const described = (input: unknown): string => JSON.stringify(input) ?? String(input);

const nonEmptyString = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `missing ${what}` : `${what} must be a string`) })
    .check(z.refine((value) => value.trim().length > 0, `empty ${what}`));

const textSchema: z.ZodMiniType<Text> = z.strictObject(
  { id: nonEmptyString('"id" translation'), en: nonEmptyString('"en" translation') },
  { error: (issue) => (issue.input === undefined ? 'missing text (needs "id" and "en")' : undefined) },
);

const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be a lowercase slug like "neck-stroke"'));
const fraction = z.number().check(z.gte(0), z.lte(1));
/** Metres, bounded so that a size typed in millimetres or centimetres is caught. */
const metres = (max: number) => z.number().check(z.gt(0), z.lte(max));
const offsetMetres = z.number().check(z.gte(-0.3), z.lte(0.3));
const seconds = z.number().check(z.gt(0), z.lte(120));
const count = z.int().check(z.gte(1));

const landmarkId = z.custom<LandmarkId>((value) => typeof value === 'string' && isLandmarkId(value), {
  error: (issue) => `unknown landmark ${described(issue.input)}`,
});

const CLOCK_HOURS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const satisfies readonly ClockHour[];
const clockHour = z.literal(CLOCK_HOURS, { error: (issue) => `clock hour ${described(issue.input)} is outside 1-12` });

const anchorSchema: z.ZodMiniType<Anchor> = z.union([
  z.strictObject({ landmark: landmarkId, across: z.optional(offsetMetres), along: z.optional(offsetMetres) }),
  z.strictObject({ clock: z.strictObject({ side: z.enum(SIDES), hour: clockHour }) }),
]);

const turn = z.enum(['cw', 'ccw']);
const waypoints = z.array(anchorSchema).check(z.minLength(2, 'needs at least 2 waypoints'));

const pathSchema: z.ZodMiniType<PathSpec> = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('line'), waypoints }),
    z.strictObject({ kind: z.literal('circles'), waypoints, radius: metres(0.05), loops: count, turn }),
    z.strictObject({ kind: z.literal('circle'), centre: anchorSchema, radius: metres(0.1), startHour: clockHour, turn }),
    z.strictObject({
      kind: z.literal('heart'),
      centre: anchorSchema,
      width: metres(0.4),
      height: metres(0.4),
      part: z.enum(['whole', 'rightHalf']),
    }),
  ],
  { error: (issue) => (issue.input === undefined ? 'missing path' : undefined) },
);

const sourceSchema: z.ZodMiniType<Source> = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('seed'),
      seed: z.enum(SEED_IDS, { error: (issue) => `unknown seed ${described(issue.input)}` }),
      section: nonEmptyString('section'),
    }),
    z.strictObject({ kind: z.literal('supplementary'), ref: z.enum(SUPPLEMENTARY_IDS), note: textSchema }),
    z.strictObject({ kind: z.literal('interpretation'), note: textSchema }),
  ],
);
const sources = z.array(sourceSchema).check(z.minLength(1, 'needs a source: a seed section or an interpretation note'));

const handUse = z.strictObject({
  part: z.enum(['fingertips', 'thumb', 'palm', 'backOfHand', 'backOfFingers', 'fist', 'thumbAndFingers', 'cGrip']),
  role: z.enum(['strokes', 'supports', 'presses', 'grips']),
});
const hands = z.strictObject({ left: z.optional(handUse), right: z.optional(handUse) });

const phase = z.strictObject({
  kind: z.enum(['pressure', 'glide']),
  from: fraction,
  to: fraction,
  route: z.optional(z.enum(['path', 'baseline'])),
  pressure: fraction,
  seconds,
  text: textSchema,
});

const strokeSchema = z
  .strictObject({
    kind: z.literal('stroke'),
    id: slug,
    title: textSchema,
    instruction: textSchema,
    hands,
    path: pathSchema,
    mirror: z.enum(['none', 'together', 'alternate']),
    phases: z.array(phase).check(z.minLength(1, 'needs at least one phase')),
    singlePhaseReason: z.optional(textSchema),
    repetitions: z.strictObject({ min: count, max: count }),
    sources,
  })
  .check(rule<Stroke>(strokeProblems));

const pointSchema = z
  .strictObject({
    kind: z.literal('press'),
    id: slug,
    label: textSchema,
    instruction: textSchema,
    anchor: anchorSchema,
    hands,
    mirror: z.enum(['none', 'together']),
    timing: z.strictObject({ press: seconds, hold: seconds, release: seconds }),
    pressure: fraction,
    sources,
  })
  .check(rule<PressPoint>(pointProblems));

const actionSchema: z.ZodMiniType<Action> = z.discriminatedUnion('kind', [strokeSchema, pointSchema]);

const stepSchema: z.ZodMiniType<Step> = z
  .strictObject({
    id: z.enum(STEP_IDS),
    number: count,
    title: textSchema,
    summary: textSchema,
    quote: textSchema,
    actions: z.array(actionSchema),
    sources,
  })
  .check(rule<Step>(stepProblems));

const settingSchema: z.ZodMiniType<Setting> = z.strictObject({
  title: textSchema,
  summary: textSchema,
  items: z.array(z.strictObject({ id: slug, title: textSchema, text: textSchema, sources })),
  oils: z.array(z.strictObject({ id: slug, name: textSchema })).check(z.minLength(1)),
  schedule: z.strictObject({
    minutesPerSession: z.number().check(z.gt(0)),
    sessionsPerDay: z.strictObject({ min: count, max: count }),
    maxDays: count,
    sources,
  }),
});

export const techniqueSchema: z.ZodMiniType<Technique> = z
  .strictObject({
    title: textSchema,
    guidanceNote: textSchema,
    setting: settingSchema,
    steps: z.array(stepSchema),
  })
  .check(rule<Technique>(techniqueProblems));
