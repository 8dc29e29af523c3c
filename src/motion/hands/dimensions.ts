/**
 * The giver's hand: an average adult hand, in metres, in the HAND-LOCAL frame of a RIGHT hand:
 *
 *   origin  the wrist joint centre (between the radial styloid and the ulnar head)
 *   +Y      distal, along the middle metacarpal toward the fingertips
 *   +Z      palmar, out of the palm
 *   +X      radial, toward the thumb   (X = Y × Z, a right-handed frame)
 *
 * A left hand is the mirror image across the hand's own sagittal plane (x -> -x), so in a left
 * hand's local frame the thumb lies at -X.
 *
 * Sources: hand length and breadth as asked of the model (≈ 185 mm and ≈ 84 mm), between the adult
 * male and female means of hand-anthropometry surveys (e.g. ANSUR II, Gordon 2014: women ≈ 180 mm,
 * men ≈ 193 mm) [EST]. Segment lengths are bone lengths scaled to that hand length, after
 * Buryanov & Kotiuk 2010 ("Proportions of hand segments", Int J Morphol 28:755) [EST]. Joint
 * breadths follow finger-breadth anthropometry (PIP breadth index ≈ 20 mm, little ≈ 16 mm) [EST].
 * Every number here is an estimate in that sense; none comes from the project's anatomy sources.
 */

export const FINGERS = ['index', 'middle', 'ring', 'little'] as const;
export type FingerId = (typeof FINGERS)[number];
export const DIGITS = ['thumb', ...FINGERS] as const;
export type DigitId = (typeof DIGITS)[number];

/** A section of the forearm or its sleeve: distance from the wrist joint along the forearm, half-width, half-depth (metres). */
export type ForearmSection = readonly [y: number, halfWidth: number, halfDepth: number];

/** One bone of a digit drawn as a round cone (the hull of two spheres). */
export interface SegmentSize {
  /** Joint centre to next joint centre (distal phalanx: to the centre of the tip sphere). */
  readonly length: number;
  /** Radius at the proximal joint (the knuckle). */
  readonly r0: number;
  /** Radius at the distal end. */
  readonly r1: number;
}

export interface FingerSize {
  /** MCP joint centre in the hand-local frame (right hand). */
  readonly mcp: readonly [number, number, number];
  /** Resting splay of the finger in the palm plane, degrees, positive toward the thumb. */
  readonly splay: number;
  /** Proximal, middle and distal phalanx. */
  readonly phalanges: readonly [SegmentSize, SegmentSize, SegmentSize];
}

export interface ThumbSize {
  /** Carpometacarpal joint centre (right hand). */
  readonly cmc: readonly [number, number, number];
  /** Rest direction of the first metacarpal: degrees from +Y toward the thumb, and toward the palm. */
  readonly restAngleRadial: number;
  readonly restAnglePalmar: number;
  /** Pronation of the thumb about its own axis at rest: its pad faces partly across the palm. */
  readonly restRoll: number;
  /** Metacarpal, proximal and distal phalanx. */
  readonly bones: readonly [SegmentSize, SegmentSize, SegmentSize];
}

/** Fingers are wider than deep: cross-sections are scaled by this across the finger (X). */
export const FINGER_WIDTH_SCALE = 1.12; // EST (PIP breadth / depth ≈ 20 / 18 mm)

const seg = (length: number, r0: number, r1: number): SegmentSize => ({ length, r0, r1 });

/** All sizes of the right hand [EST, see the header]. */
export const HAND = {
  /** Wrist crease to the tip of the middle finger, measured with the hand flat. */
  length: 0.185,
  /** Across the metacarpal heads 2-5, soft tissue included. */
  breadth: 0.084,
  fingers: {
    index: { mcp: [0.031, 0.086, -0.002], splay: 3, phalanges: [seg(0.042, 0.0098, 0.0090), seg(0.025, 0.0089, 0.0079), seg(0.0145, 0.0078, 0.0069)] },
    middle: { mcp: [0.0105, 0.089, -0.002], splay: 0, phalanges: [seg(0.046, 0.0101, 0.0093), seg(0.028, 0.0092, 0.0081), seg(0.0155, 0.0080, 0.0071)] },
    ring: { mcp: [-0.0095, 0.085, -0.001], splay: -3, phalanges: [seg(0.043, 0.0094, 0.0087), seg(0.027, 0.0086, 0.0077), seg(0.0150, 0.0076, 0.0067)] },
    little: { mcp: [-0.028, 0.077, 0.000], splay: -7, phalanges: [seg(0.034, 0.0083, 0.0077), seg(0.019, 0.0076, 0.0068), seg(0.0125, 0.0067, 0.0060)] },
  } satisfies Record<FingerId, FingerSize>,
  thumb: {
    cmc: [0.02, 0.022, 0.004],
    restAngleRadial: 38,
    restAnglePalmar: 22,
    restRoll: -62,
    // The metacarpal's cone is thick at its base: it stands for the thenar muscles round it.
    bones: [seg(0.044, 0.015, 0.0115), seg(0.032, 0.0106, 0.0098), seg(0.0205, 0.0098, 0.0086)],
  } satisfies ThumbSize,
  /**
   * The forearm, as elliptical sections along its axis from the wrist joint (`y` metres toward the
   * elbow; half-widths across the palm, X; half-depths palm to back, Z), a rounded wrist end
   * tucked into the heel of the hand, and a sleeve rolled up to the middle of the forearm, which
   * fades out as it reaches back toward the giver (the arm beyond it would fill the view). The
   * axis runs `dorsal` metres toward the back of the hand from the wrist joint, level with the
   * middle of the wrist's thickness, so the heel of the hand, not the forearm, meets the skin.
   * Wrist breadth ≈ 52 mm and depth ≈ 30 mm, mid-forearm ≈ 67 × 49 mm, slimmer than a man's
   * (ANSUR II wrist breadth ≈ 56-60 mm) so the arm never hides the strokes [EST].
   */
  forearm: {
    dorsal: 0.0005,
    skin: [
      [-0.0125, 0.008, 0.005],
      [-0.009, 0.018, 0.0105],
      [-0.0045, 0.0235, 0.0137],
      [0, 0.0255, 0.015],
      [0.018, 0.0262, 0.0156],
      [0.045, 0.0283, 0.0182],
      [0.075, 0.0313, 0.0218],
      [0.1, 0.0335, 0.0245],
    ],
    /** The rolled cuff's inner lip, its roll, a crease, then the sleeve widening a little. */
    sleeve: [
      [0.088, 0.0323, 0.0232],
      [0.09, 0.0352, 0.0262],
      [0.094, 0.0378, 0.0288],
      [0.1, 0.0392, 0.0302],
      [0.108, 0.0394, 0.0304],
      [0.114, 0.0384, 0.0294],
      [0.118, 0.0368, 0.0278],
      [0.121, 0.0372, 0.0282],
      [0.13, 0.0386, 0.0296],
      [0.145, 0.0396, 0.0306],
      [0.16, 0.0403, 0.0313],
      [0.175, 0.0408, 0.0318],
    ],
    fadeFrom: 0.128,
    fadeTo: 0.175,
  },
  /**
   * Finger nails: a thin round cone on the back of each distal phalanx. `fromTip` puts the centre
   * of its proximal end that far back from the centre of the finger's tip sphere, radii are fractions of the phalanx's tip radius,
   * `sink` puts its axis that far under the skin so only a sliver stands proud.
   */
  nail: { fromTip: 0.007, length: 0.004, r0: 0.66, r1: 0.74, depthScale: 0.3, sink: 0.0009 },
} as const;

/** Degrees to radians. */
export const rad = (degrees: number): number => (degrees * Math.PI) / 180;

/**
 * Wrist range of motion used to turn the forearm toward the giver [EST, Boone & Azen 1979:
 * radial deviation ≈ 20°, ulnar ≈ 30-35°].
 */
export const WRIST_DEVIATION = { radial: 20, ulnar: 30 } as const;

/**
 * How far the wrist may bend the forearm toward the giver, degrees: up to `more` beyond the pose's
 * own extension and `less` short of it, within the wrist's range (extension ≈ 70°, flexion ≈ 75°)
 * [EST, Boone & Azen 1979: extension ≈ 70-75°, flexion ≈ 75-80°].
 */
export const WRIST_FLEXION = { more: 35, less: 15, extension: 70, flexion: 75 } as const;
