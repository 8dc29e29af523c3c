/**
 * The shape of the oxytocin massage as data (`shared/technique.md`). Plain readonly types, so
 * authors get completion in `data/`; `schema.ts` checks the same shape at run time.
 *
 * Technique
 *   title, guidanceNote               what the app chose itself is guidance, not source fact
 *   setting: Setting                  position, pillow, oil, schedule (the 'setting' view)
 *   steps: Step[]                     neck, shoulders, scapulae, back, in that order
 *     actions: (Stroke | PressPoint)[]   in the order they are done
 *       Stroke: hands, path on the body (anatomy/paths.ts), phases with direction, pressure, seconds
 *       PressPoint: hands, anchor, press/hold/release seconds
 * Every item carries `sources`: seed sections, supplementary references, and interpretations.
 */
import type { Anchor, PathSpec } from '../anatomy/paths';
import type { SeedId, SupplementaryId } from './citations';
import type { StepId } from './ids';

export type { Anchor, PathSpec };

/** The same words in Indonesian (`id`, as a midwife would say it) and English (`en`). */
export interface Text {
  readonly id: string;
  readonly en: string;
}

/**
 * Where an item comes from. An item lists every kind that applies: a stroke the seed describes
 * but whose hand part the app chose lists the seed section and an interpretation.
 */
export type Source =
  /** A section of a seed in `shared/seeds/`, e.g. seed '003', 'b. Teknik Pijat Oksitosin, 1) Leher'. */
  | { readonly kind: 'seed'; readonly seed: SeedId; readonly section: string }
  /** A published text outside the seeds (tag from `anatomy-reference.md`), used to fill a gap. */
  | { readonly kind: 'supplementary'; readonly ref: SupplementaryId; readonly note: Text }
  /** The app's own choice where the sources are silent, with why. */
  | { readonly kind: 'interpretation'; readonly note: Text };

export type HandPart = 'fingertips' | 'thumb' | 'palm' | 'backOfHand' | 'backOfFingers' | 'fist' | 'thumbAndFingers' | 'cGrip';
export type HandRole = 'strokes' | 'supports' | 'presses' | 'grips';

export interface HandUse {
  readonly part: HandPart;
  readonly role: HandRole;
}

/** The giver's hands; a hand that is not listed is free. */
export interface Hands {
  readonly left?: HandUse;
  readonly right?: HandUse;
}

/**
 * How a stroke or point written for one place is repeated on the other side:
 * 'none'      as written (a midline stroke, or one shoulder blade);
 * 'together'  written for the mother's right side, the mirror copy done at the same time by the other hand;
 * 'alternate' written for the right side, then its mirror copy, in turn.
 */
export type Mirror = 'none' | 'together' | 'alternate';

/**
 * One movement along the stroke's path. `from`/`to` are fractions of the path (0 = its start,
 * 1 = its end); `to < from` runs backward. Consecutive phases join up, and the last one returns
 * to where the first began (or the path is a closed loop), so the stroke can repeat.
 */
export interface Phase {
  readonly kind: 'pressure' | 'glide';
  readonly from: number;
  readonly to: number;
  /** 'baseline': follow the line of a circles path without the circles (a plain return). */
  readonly route?: 'path' | 'baseline';
  /** Relative pressure 0..1 (guidance; the sources give no force). */
  readonly pressure: number;
  readonly seconds: number;
  readonly text: Text;
}

export interface Repetitions {
  readonly min: number;
  readonly max: number;
}

export interface Stroke {
  readonly kind: 'stroke';
  readonly id: string;
  readonly title: Text;
  readonly instruction: Text;
  readonly hands: Hands;
  readonly path: PathSpec;
  readonly mirror: Mirror;
  readonly phases: readonly Phase[];
  /** Required when the stroke lacks a pressure or a glide phase: why it has only one. */
  readonly singlePhaseReason?: Text;
  readonly repetitions: Repetitions;
  readonly sources: readonly Source[];
}

/** Seconds to build up pressure, hold it and let go. */
export interface PressTiming {
  readonly press: number;
  readonly hold: number;
  readonly release: number;
}

export interface PressPoint {
  readonly kind: 'press';
  readonly id: string;
  /** Short name for the point, e.g. "Tulang belikat kiri, jam 3". */
  readonly label: Text;
  readonly instruction: Text;
  readonly anchor: Anchor;
  readonly hands: Hands;
  readonly mirror: Exclude<Mirror, 'alternate'>;
  readonly timing: PressTiming;
  /** Relative pressure 0..1 while holding (guidance). */
  readonly pressure: number;
  readonly sources: readonly Source[];
}

export type Action = Stroke | PressPoint;

export interface Step {
  readonly id: StepId;
  /** 1-based position in the procedure. */
  readonly number: number;
  readonly title: Text;
  readonly summary: Text;
  /** The source's own words (`id`, verbatim from the seed) and their English translation. */
  readonly quote: Text;
  readonly actions: readonly Action[];
  readonly sources: readonly Source[];
}

export interface SettingItem {
  readonly id: string;
  readonly title: Text;
  readonly text: Text;
  readonly sources: readonly Source[];
}

export interface Oil {
  readonly id: string;
  readonly name: Text;
}

/** How long and how often, as figures for the UI. */
export interface Schedule {
  readonly minutesPerSession: number;
  readonly sessionsPerDay: Repetitions;
  readonly maxDays: number;
  readonly sources: readonly Source[];
}

export interface Setting {
  readonly title: Text;
  readonly summary: Text;
  readonly items: readonly SettingItem[];
  /** Plant-based massage oils; using oil at all is optional. */
  readonly oils: readonly Oil[];
  readonly schedule: Schedule;
}

export interface Technique {
  readonly title: Text;
  /** Says that times, sizes and relative pressures are the app's guidance, not source facts. */
  readonly guidanceNote: Text;
  readonly setting: Setting;
  readonly steps: readonly Step[];
}
