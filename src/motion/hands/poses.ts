import type { Aim } from './aim';
import type { DigitId, FingerId } from './dimensions';
import type { PoseId } from './ids';
import type { SegmentId } from './segments';

/**
 * The pose library: joint angles for each hand gesture of the massage, and where on the hand it
 * touches the skin. Pure data; `kinematics.ts` turns it into segment frames. All angles are in
 * degrees and are chosen by eye against photographs of each gesture [EST]; the gestures
 * themselves come from `shared/technique.md` (steps 1-4) and `shared/anatomy-reference.md` §7
 * (the WHO fists with thumbs forward).
 */

/** Flexion of a finger: positive curls it toward the palm (+Z). `spread` turns it toward the thumb. */
export interface FingerFlexion {
  readonly mcp: number;
  readonly pip: number;
  readonly dip: number;
  readonly spread?: number;
}

/**
 * The thumb. Its carpometacarpal joint is given as the direction of the first metacarpal:
 * `radial` degrees from the middle-finger axis toward the thumb side (in the palm plane), then
 * `palmar` degrees up out of the palm plane toward the palm side, then `roll` degrees about its
 * own axis (negative turns the thumb pad to face across the palm, toward the fingers: opposition).
 * `mcp` and `ip` flex toward the pad.
 */
export interface ThumbFlexion {
  readonly radial: number;
  readonly palmar: number;
  readonly roll: number;
  readonly mcp: number;
  readonly ip: number;
}

/** A point of the hand that touches the skin. */
export type ContactSpec =
  /**
   * On the palm slab, at (x, y) in the hand-local palm plane (default: the palm centre); or, with
   * `standoff`, that many metres off the face along its normal: a point in the hollow of a
   * gripping hand, between thumb and fingers, that the palm bridges (the nape grip over the
   * groove of the neck, its thumb and fingers on the muscles either side).
   */
  | {
      readonly on: 'palm';
      readonly face: 'palmar' | 'dorsal';
      readonly at?: readonly [number, number];
      readonly standoff?: number;
      /**
       * Degrees the hand rolls about its own length onto its little-finger side (negative: onto its
       * thumb side): the face touches along that edge, the other side rises off the skin.
       */
      readonly roll?: number;
    }
  /**
   * On digit bones: a point `along` (0 proximal joint, 1 distal end) each listed segment, on its
   * pad (+Z) or its back (-Z), turned `towardTip` degrees from there toward the segment's far
   * end (90: the very tip; use with `along` 1 for a fingertip). Several segments make one
   * contact: their mean direction, touching at the one that stands out furthest.
   */
  | {
      readonly on: 'digits';
      readonly segments: readonly SegmentId[];
      readonly along: number;
      readonly face: 'pad' | 'back';
      readonly towardTip?: number;
      /**
       * Degrees to turn the contact normal from the digit's own toward the palm's (hand-local +Z),
       * rolling the touching point round the digit with it: a thumb that presses with its pad at a
       * slant, so the palm comes down and the fingers can rest on the skin beside it.
       */
      readonly lean?: number;
    };

/** Parts of the hand surface, for the contact patch and for the body-clearance tests. */
export type HandPartTag = SegmentId | 'palm' | 'dorsum' | 'palmRim' | 'cuff';

/**
 * Which hand-local direction `placeHand` lays along the stroke direction: the fingers (+Y), the
 * back of the hand (-Z, for poses whose fingers point into the skin), the extended thumb, or the
 * little-finger edge of the hand (-X of a right hand: the fingers then lie across the stroke).
 */
export type Pointing = 'fingers' | 'dorsum' | 'thumb' | 'ulnar';

export interface HandPose {
  readonly id: PoseId;
  /** What a trainee should see, in a line. */
  readonly description: string;
  readonly fingers: Readonly<Record<FingerId, FingerFlexion>>;
  readonly thumb: ThumbFlexion;
  /**
   * Wrist angle, degrees. Positive (extension) lifts the forearm off the back of the hand, as when
   * the palm lies on the skin; negative (flexion) lifts it off the palm side.
   */
  readonly wristExtension: number;
  readonly contact: ContactSpec;
  /** A second point that presses at the same time (the C-grip's finger pads). */
  readonly secondaryContact?: ContactSpec;
  readonly pointing: Pointing;
  /**
   * Turn of the pointing direction about the palm's normal, degrees, positive from the fingers
   * toward the thumb (right hand; a left hand mirrors it): lays the hand at a slant to the stroke.
   */
  readonly pointingTurn?: number;
  /** How `placeHand` turns the hand about the skin normal unless told otherwise (see `Aim`). */
  readonly aim: Aim;
  /** For aim 'auto' on the back: lie along the spine ('headward') or reach for the giver. */
  readonly backAim?: 'headward' | 'reach';
  /**
   * For aim 'auto' on the shoulder girdle (the tops of the shoulders, the base of the neck):
   * reach for the giver (default), or drape the fingers 'over' the shoulder, forward and a little
   * out (a flat hand on the shoulder: two hands working toward the neck never meet).
   */
  readonly topAim?: 'reach' | 'over';
  /**
   * For aim 'auto' on the head (behind the ears): fingers up the back of the head ('headward',
   * default), or 'forward' round its sides, the forearms coming from behind (thumbs behind the
   * ears, "the other fingers hold the sides of the head").
   */
  readonly headAim?: 'headward' | 'forward';
  /** The contact surface: these parts may sink into the skin by the press depth. */
  readonly contactParts: readonly HandPartTag[];
  /**
   * The working part: what touches the skin and does the work while the hand strokes, presses or
   * grips (the technique's hand part: the thumb pad, the palm, the back of the hand ...). It lies
   * on the skin, at most `WORKING_GAP` off it, and it is what glows while the hand works.
   */
  readonly working: readonly HandPartTag[];
  /**
   * Digits, other than those of the working part, that rest on the body while the hand works (at
   * most `RESTING_GAP` off the skin): a flat hand's fingers, the fingers beside a pressing thumb,
   * the curled fingers of a fist. Every other digit is held clearly off it (at least
   * `LIFTED_CLEAR`): the tucked little finger of the rake, the thumb of a flat back of the hand.
   * Chosen per gesture from how a hand does it [EST]; `tests/unit/motion/handContact.test.ts`
   * holds the whole procedure to it.
   */
  readonly resting: readonly DigitId[];
  /**
   * How far, in metres, the contact surface may sink beyond the press where the body curves
   * under a rigid pose: a real palm flattens and wraps (default 0.003; a palm on the round
   * forehead more). Used by the clearance tests.
   */
  readonly conform?: number;
  /**
   * Most the clearance may tilt the hand about its contact point to keep it out of the body,
   * degrees (default `MAX_TILT`, 8°): more for a pose whose working part is a digit's round pad,
   * which still touches at a slant (the fist's thumb over the curve of the upper back).
   */
  readonly maxTilt?: number;
  /**
   * Fingers that settle onto the body where the pose is placed with the skin's distance field:
   * each finger curls by up to `close` degrees more, or opens by up to `open` degrees, until it
   * rests on the skin without going in (a grip round a thick shoulder, fingers on a round forehead).
   * Curling brings the fingers toward the skin where the palm faces it; with `toward: 'back'`
   * (the back of the hand on the skin, a fist on its side) opening does. The fit is made where the clearance leaves
   * the hand; with `first`, also before it moves it (fingers that would go deep into the body as
   * shaped: a grip's hook, a hand round the head). With `only`, just those fingers fit; the others
   * keep the pose's shape (fingers held clear of a body that falls away under them).
   */
  readonly fingerFit?: { readonly open: number; readonly close: number; readonly toward?: 'palm' | 'back'; readonly first?: boolean; readonly only?: readonly FingerId[] };
  /**
   * A thumb that settles onto the body, as `fingerFit` does the fingers: it turns about the hand's
   * length through its base by up to `close` degrees toward the palm's side, or `open` away, until
   * it rests on the skin (a grip that closes round a neck narrowing under the hand). Fitted before
   * and after the clearance moves the hand.
   */
  readonly thumbFit?: { readonly open: number; readonly close: number };
  /**
   * Which way the hand lifts off the skin (moving between actions, hovering): along the skin
   * normal (default), or 'up' the trunk for a grip hooked over a ridge, which lifting along the
   * normal of its thumb's place would drag through the ridge.
   */
  readonly liftOff?: 'up';
}

const all = (f: FingerFlexion): Record<FingerId, FingerFlexion> => ({ index: f, middle: f, ring: f, little: f });
const bones = (...digits: readonly ('thumb' | FingerId)[]): SegmentId[] =>
  digits.flatMap((d) => [`${d}.0`, `${d}.1`, `${d}.2`] as const);
const FINGER_BONES = bones('index', 'middle', 'ring', 'little');
const FOUR: readonly FingerId[] = ['index', 'middle', 'ring', 'little'];

/** Most the working part may be off the skin while the hand works, metres. */
export const WORKING_GAP = 0.003;
/** Most a resting digit may be off the skin, metres. */
export const RESTING_GAP = 0.005;
/** Default give of a contact surface beyond the press, metres (see `HandPose.conform`). */
export const CONFORM = 0.003;
/** Least a lifted digit is off the skin, metres: clearly away, not grazing it. */
export const LIFTED_CLEAR = 0.01;

export const HAND_POSES: Readonly<Record<PoseId, HandPose>> = {
  palmStroke: {
    id: 'palmStroke',
    description: 'Flat hand, fingers together: the whole palm strokes the skin.',
    fingers: {
      index: { mcp: 2, pip: 5, dip: 3, spread: 1 },
      middle: { mcp: 2, pip: 5, dip: 3 },
      ring: { mcp: 3, pip: 6, dip: 3, spread: 1 },
      little: { mcp: 4, pip: 8, dip: 4, spread: 3 },
    },
    // Alongside the index finger: two flat hands side by side at the base of the neck never cross thumbs.
    thumb: { radial: 14, palmar: -4, roll: -30, mcp: 4, ip: 4 },
    wristExtension: 35,
    // The fore part of the palm, under the knuckles' pads: it reaches the skin where the body curves
    // away under a flat hand (a shoulder, a shoulder blade); the heel rises a little.
    contact: { on: 'palm', face: 'palmar', at: [0, 0.07] },
    pointing: 'fingers',
    aim: 'auto',
    backAim: 'headward',
    topAim: 'over',
    working: ['palm'],
    resting: [...FOUR, 'thumb'],
    // The fingers lie on the skin over the body's curves (a shoulder, a shoulder blade, and where
    // the shoulder stroke ends, the back of the neck's base, which falls away under the index finger).
    fingerFit: { open: 30, close: 60, first: true },
    // The thumb too, where the body falls away under its side of the hand.
    thumbFit: { open: 15, close: 90 },
    // Touching with the fore palm, the soft ball of the thumb (about 1 cm of muscle under the
    // skin) flattens on the skin rather than tilting the hand off it [EST].
    conform: 0.0075,
    contactParts: ['palm', 'palmRim', ...FINGER_BONES, ...bones('thumb')],
  },
  fingertips: {
    id: 'fingertips',
    description: 'Fingers curved like a rake: the pads of the fingertips press, the palm stays off the skin.',
    fingers: {
      index: { mcp: 20, pip: 26, dip: 6, spread: 2 },
      middle: { mcp: 18, pip: 26, dip: 6 },
      ring: { mcp: 20, pip: 28, dip: 6 },
      // Tucked well in: the short little finger would otherwise dig in beside the three that press.
      little: { mcp: 75, pip: 95, dip: 50, spread: -2 },
    },
    // Held up along the side of the hand, clear of the skin, while the fingertips press.
    thumb: { radial: 14, palmar: -6, roll: -40, mcp: 10, ip: 15 },
    wristExtension: 15,
    contact: { on: 'digits', segments: ['index.2', 'middle.2', 'ring.2'], along: 1, face: 'pad', towardTip: 70 },
    pointing: 'fingers',
    aim: 'auto',
    backAim: 'reach',
    working: ['index.2', 'middle.2', 'ring.2'],
    resting: [],
    contactParts: ['index.2', 'middle.2', 'ring.2', 'little.2', 'thumb.2'],
  },
  thumbPress: {
    id: 'thumbPress',
    description: 'Thumb pad presses a point; the fingers rest, curved, on the skin beside it.',
    fingers: {
      index: { mcp: 25, pip: 35, dip: 12, spread: 4 },
      middle: { mcp: 25, pip: 35, dip: 12 },
      ring: { mcp: 26, pip: 35, dip: 12, spread: -2 },
      little: { mcp: 28, pip: 35, dip: 12, spread: -5 },
    },
    // Spread wide but low, its pad pressing at a slant, so the fingers reach the skin beside it.
    thumb: { radial: 55, palmar: 12, roll: -30, mcp: 12, ip: 25 },
    wristExtension: 45,
    contact: { on: 'digits', segments: ['thumb.2'], along: 0.85, face: 'pad', towardTip: 30 },
    pointing: 'fingers',
    aim: 'auto',
    backAim: 'reach',
    // The thumb tip sinks into the hollow behind the ear, nail and all.
    working: ['thumb.2'],
    resting: FOUR,
    // The fingers rest on the skin beside the thumb, wherever it presses.
    fingerFit: { open: 25, close: 60, first: true },
    contactParts: ['thumb.1', 'thumb.2', 'nail.thumb', ...FINGER_BONES, 'palm', 'palmRim'],
  },
  cGrip: {
    id: 'cGrip',
    description: 'The hand makes a "C": thumb behind the shoulder, fingers over the top in front, squeezing together.',
    fingers: {
      // A deep hook: the fingers reach over the top of the trapezius and down in front of it.
      index: { mcp: 55, pip: 55, dip: 25, spread: 2 },
      middle: { mcp: 55, pip: 55, dip: 25 },
      // Bent less than the two that squeeze: clear of the front of the shoulder, which falls away under them.
      ring: { mcp: 40, pip: 40, dip: 18, spread: -2 },
      little: { mcp: 40, pip: 40, dip: 18, spread: -6 },
    },
    thumb: { radial: 45, palmar: 90, roll: -130, mcp: 10, ip: 0 },
    wristExtension: 15,
    contact: { on: 'digits', segments: ['thumb.2'], along: 0.55, face: 'pad' },
    secondaryContact: { on: 'digits', segments: ['index.2', 'middle.2'], along: 0.6, face: 'pad' },
    pointing: 'dorsum',
    aim: 'reach',
    working: ['thumb.1', 'thumb.2', 'index.2', 'middle.2'],
    // The ring and little fingers, past the shoulder's slope, hang clear of it (the ring finger
    // cannot reach it at any bend: nearest 7 mm, measured along its whole range).
    resting: [],
    contactParts: [...bones('thumb'), ...FINGER_BONES, 'palm', 'palmRim'],
    // The two fingers that squeeze close round the trapezius where it grips, and open as the hand lets go.
    fingerFit: { open: 35, close: 40, first: true, only: ['index', 'middle'] },
    // Off the hook over the shoulder top, and onto it from above.
    liftOff: 'up',
  },
  napeGrip: {
    id: 'napeGrip',
    description: 'The hand holds the back of the neck from behind: the palm bridges the spine, the thumb on one side of the neck bones, the fingers on the other.',
    // Fitted against the skin SDF along the neck stroke (C1 to C7) [EST]. The hand lies across
    // the neck, its little-finger edge toward the head: fingers curved over the far side of the
    // spine, the thumb spread wide (an "L") down the near side.
    fingers: {
      index: { mcp: 25, pip: 25, dip: 5, spread: 2 },
      middle: { mcp: 25, pip: 25, dip: 5 },
      ring: { mcp: 25, pip: 25, dip: 5, spread: -2 },
      // Lifted straight off the skin: on the edge toward the head it cannot reach round the narrow
      // top of the neck at any bend, and a finger that touched at the base and hung 10 mm off at
      // the top would look as if it floated.
      little: { mcp: -20, pip: 5, dip: 0, spread: -10 },
    },
    // Open enough for the base of the neck, which is much wider than its top under the skull.
    thumb: { radial: 70, palmar: 25, roll: 9, mcp: -10, ip: 0 },
    wristExtension: 30,
    // The stroke's line runs down the groove over the spine; the palm bridges it, 3.5 cm up.
    contact: { on: 'palm', face: 'palmar', at: [0.037, 0.056], standoff: 0.035 },
    pointing: 'ulnar',
    pointingTurn: -24,
    aim: 'headward',
    // The thumb and fingers sink into the soft sides of the neck more than a palm into the back.
    conform: 0.006,
    working: ['thumb.1', 'thumb.2', 'index.2', 'middle.2'],
    resting: ['ring'],
    fingerFit: { open: 15, close: 70, only: ['index', 'middle', 'ring'] },
    // The thumb closes on the near side of the neck as it narrows toward the skull, and opens again at its base.
    thumbFit: { open: 30, close: 35 },
    // The ball of the thumb too: closing on the narrow top of the neck, the web of the grip meets
    // its side; and the fingertips press into the soft far side of the neck, nails and all.
    contactParts: ['thumb.0', 'thumb.1', 'thumb.2', 'nail.thumb', 'index.1', 'index.2', 'nail.index', 'middle.1', 'middle.2', 'nail.middle', 'ring.1', 'ring.2', 'nail.ring', 'little.1', 'little.2', 'nail.little'],
  },
  supportHead: {
    id: 'supportHead',
    description: 'The other hand cups the forehead from the front and holds the head still.',
    fingers: {
      index: { mcp: 14, pip: 22, dip: 10, spread: 2 },
      middle: { mcp: 14, pip: 22, dip: 10 },
      ring: { mcp: 15, pip: 23, dip: 10, spread: -1 },
      little: { mcp: 16, pip: 24, dip: 12, spread: -3 },
    },
    thumb: { radial: 36, palmar: 16, roll: -55, mcp: 8, ip: 8 },
    // Flexed: the forearm runs back past the temple toward the giver; the fore-palm holds the brow.
    wristExtension: -35,
    contact: { on: 'palm', face: 'palmar', at: [0.0, 0.095] },
    pointing: 'fingers',
    // Fingers across the forehead toward the far temple (the place's heading), the forearm back
    // along the side of the head toward the giver: seen from behind and to the side.
    aim: 'along',
    working: ['palm'],
    resting: [...FOUR, 'thumb'],
    contactParts: ['palm', 'palmRim', ...FINGER_BONES, ...bones('thumb')],
    // A flat palm on a forehead of about 8 cm radius: its edges sit about 1 cm deep [EST].
    conform: 0.01,
    fingerFit: { open: 15, close: 30, first: true },
  },
  backOfHand: {
    id: 'backOfHand',
    description: 'The back of the hand glides on the skin, fingers relaxed and together.',
    fingers: {
      index: { mcp: 2, pip: 8, dip: 5, spread: 0 },
      middle: { mcp: 2, pip: 8, dip: 5 },
      ring: { mcp: 2, pip: 8, dip: 5, spread: 2 },
      little: { mcp: 2, pip: 8, dip: 5, spread: 6 },
    },
    // Tucked up toward the palm, off the skin.
    thumb: { radial: 26, palmar: 35, roll: -50, mcp: 10, ip: 10 },
    wristExtension: -45,
    // Along the little-finger edge of the back of the hand: the two hands start side by side at
    // the top of the heart and meet again at its point, little fingers together, never over each other.
    contact: { on: 'palm', face: 'dorsal', at: [-0.045, 0.06] },
    pointing: 'fingers',
    // Fingers up the back all round the heart (where the upper back faces up, 'auto' would turn them down).
    aim: 'headward',
    working: ['dorsum'],
    resting: FOUR,
    // Opened up to 55°: over the upper back's curve the index finger, on the hand's high side, reaches down to the skin.
    fingerFit: { open: 55, close: 15, toward: 'back' },
    contactParts: ['dorsum', 'palmRim', ...FINGER_BONES, 'nail.index', 'nail.middle', 'nail.ring', 'nail.little'],
  },
  backOfFingers: {
    id: 'backOfFingers',
    description: 'A loose fist: the backs of the middle finger bones draw on the skin.',
    fingers: {
      index: { mcp: 55, pip: 100, dip: 40, spread: -1 },
      middle: { mcp: 57, pip: 100, dip: 40 },
      ring: { mcp: 59, pip: 100, dip: 42, spread: 1 },
      little: { mcp: 62, pip: 100, dip: 45, spread: 2 },
    },
    thumb: { radial: 10, palmar: 12, roll: -80, mcp: 35, ip: 20 },
    wristExtension: 20,
    contact: { on: 'digits', segments: ['index.1', 'middle.1', 'ring.1', 'little.1'], along: 0.5, face: 'back' },
    pointing: 'fingers',
    aim: 'auto',
    backAim: 'reach',
    working: ['index.1', 'middle.1', 'ring.1', 'little.1'],
    resting: [],
    contactParts: [...FINGER_BONES],
  },
  fistThumb: {
    id: 'fistThumb',
    description: 'Closed fist, thumb straight out toward the head: the thumb pad makes small circles beside the spine.',
    // The ring and little fingers curled in tighter than the two beside the thumb: clear of the skin.
    fingers: { ...all({ mcp: 90, pip: 105, dip: 65 }), ring: { mcp: 100, pip: 112, dip: 70 }, little: { mcp: 100, pip: 112, dip: 70 } },
    // The thumb lies straight along the side of the fist and on past its knuckles, its pad level
    // with the backs of the curled fingers: the fist rests on them while the thumb pad presses.
    thumb: { radial: 30, palmar: 22, roll: 0, mcp: 0, ip: 0 },
    wristExtension: 25,
    contact: { on: 'digits', segments: ['thumb.2'], along: 0.7, face: 'pad', lean: 16 },
    pointing: 'thumb',
    // The thumb tips in a little, so the fist stands out beside the spine, not over it.
    pointingTurn: -18,
    // The pad still presses where the upper back curves away under the fist.
    maxTilt: 30,
    aim: 'headward',
    working: ['thumb.2'],
    // The fist rests on the index and middle fingers beside the thumb; as it rolls over the curve of
    // the back the middle finger eases or tightens its curl a little to stay on the skin (a fist on
    // its side: opening brings it nearer, as for a back of the hand).
    resting: ['index', 'middle'],
    fingerFit: { open: 25, close: 25, toward: 'back', only: ['middle'] },
    contactParts: ['thumb.1', 'thumb.2'],
  },
};
