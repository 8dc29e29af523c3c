import { REFERENCE, SPINE_LEVEL_FRACTIONS, degToRad } from './reference';
import { VERTEBRAE, type VertebraId } from './landmarkIds';
import { add, rotateX, scale, sub, type Vec3 } from './vec';

/**
 * The line of the spinous processes on the skin, as a curve in the seated, forward-leaning pose.
 * Arc length `s` is measured along the skin from C7 (s = 0): positive toward the waist,
 * negative up the neck. The sagittal shape comes from the published curvatures
 * (kyphosis [S16], lordosis [S16][S17]) spread evenly over their regions.
 */

const R = REFERENCE;
/** Female C7 -> PSIS skin distance: S15 (mixed sex) scaled to women [EST]. */
export const BACK_LENGTH = R.c7ToPsisMixed.value * R.femaleBackScale.value;

function fractionAtSegment(segments: number): number {
  for (let i = 1; i < SPINE_LEVEL_FRACTIONS.length; i++) {
    const [s0, f0] = SPINE_LEVEL_FRACTIONS[i - 1]!;
    const [s1, f1] = SPINE_LEVEL_FRACTIONS[i]!;
    if (segments <= s1 || i === SPINE_LEVEL_FRACTIONS.length - 1) {
      return f0 + ((segments - s0) / (s1 - s0)) * (f1 - f0);
    }
  }
  return 0;
}

/** Arc length from C7 to a vertebra's spinous process on the skin. */
export function arcLengthOf(id: VertebraId): number {
  const index = VERTEBRAE.indexOf(id);
  const c7 = VERTEBRAE.indexOf('C7');
  if (index < c7) return -(c7 - index) * R.cervicalPitch.value;
  return fractionAtSegment(index - c7) * BACK_LENGTH;
}

const S_T7 = arcLengthOf('T7');
const S_T12 = arcLengthOf('T12');
const S_PSIS = BACK_LENGTH;
const CERVICAL_LENGTH = 6 * R.cervicalPitch.value;
export const S_NECK_TOP = -CERVICAL_LENGTH - 0.03;
export const S_BOTTOM = S_PSIS + 0.04;

/** Thoracic kyphosis spread over C7..T12, apex at T7 (the most posterior point). */
const KYPHOSIS_RATE = degToRad(R.thoracicKyphosis.value) / S_T12;
const TILT_AT_C7 = KYPHOSIS_RATE * S_T7;
const LORDOSIS_RATE = degToRad(R.lumbarLordosis.value) / (S_PSIS - S_T12);
/** A flexed neck straightens the cervical lordosis. */
const CERVICAL_RATE = degToRad(R.cervicalLordosis.value - R.neckFlexion.value) / CERVICAL_LENGTH;

/** Backward tilt of the downward tangent, in radians (0 = straight down). */
function tiltAt(s: number): number {
  if (s < 0) return TILT_AT_C7 + CERVICAL_RATE * s;
  if (s <= S_T12) return TILT_AT_C7 - KYPHOSIS_RATE * s;
  return TILT_AT_C7 - KYPHOSIS_RATE * S_T12 + LORDOSIS_RATE * (s - S_T12);
}

export interface SpineSample {
  /** Skin point over the spinous processes. */
  readonly point: Vec3;
  /** Unit tangent pointing toward the head. */
  readonly up: Vec3;
  /** Unit outward (backward) skin normal. */
  readonly back: Vec3;
}

const STEP = 0.001;
const LEAN = -degToRad(R.trunkLean.value);

interface UprightSample {
  readonly s: number;
  readonly point: Vec3;
  readonly tilt: number;
}

/** Integrates the upright curve once, C7 at seated height, from the neck top to below PSIS. */
function integrateUpright(): UprightSample[] {
  const start: Vec3 = [0, R.c7HeightSeated.value, 0];
  const down = (tilt: number): Vec3 => [0, -Math.cos(tilt), Math.sin(tilt)];
  const samples: UprightSample[] = [{ s: 0, point: start, tilt: tiltAt(0) }];
  for (let s = 0; s < S_BOTTOM; ) {
    const last = samples[samples.length - 1]!;
    const mid = tiltAt(s + STEP / 2);
    s += STEP;
    samples.push({ s, point: add(last.point, scale(down(mid), STEP)), tilt: tiltAt(s) });
  }
  const above: UprightSample[] = [];
  let previous = samples[0]!;
  for (let s = 0; s > S_NECK_TOP; ) {
    const mid = tiltAt(s - STEP / 2);
    s -= STEP;
    previous = { s, point: sub(previous.point, scale(down(mid), STEP)), tilt: tiltAt(s) };
    above.unshift(previous);
  }
  return [...above, ...samples];
}

const UPRIGHT = integrateUpright();
const PSIS_UPRIGHT = UPRIGHT[UPRIGHT.length - 1]!.point;
/** The trunk leans forward about the hip joints, in front of and above the PSIS [EST]. */
export const HIP_PIVOT: Vec3 = [0, 0.08, PSIS_UPRIGHT[2] - 0.08];

const lean = (p: Vec3): Vec3 => add(rotateX(sub(p, HIP_PIVOT), LEAN), HIP_PIVOT);

/** The trunk's own up and backward axes once it leans forward (used for the shoulder girdle). */
export const TRUNK_UP: Vec3 = rotateX([0, 1, 0], LEAN);
export const TRUNK_BACK: Vec3 = rotateX([0, 0, 1], LEAN);

/** Skin point, up tangent and outward normal over the spine at arc length `s` (clamped). */
export function spineAt(s: number): SpineSample {
  const first = UPRIGHT[0]!;
  const index = Math.min(UPRIGHT.length - 1, Math.max(0, Math.round((s - first.s) / STEP)));
  const sample = UPRIGHT[index]!;
  const up: Vec3 = [0, Math.cos(sample.tilt), -Math.sin(sample.tilt)];
  const back: Vec3 = [0, Math.sin(sample.tilt), Math.cos(sample.tilt)];
  return { point: lean(sample.point), up: rotateX(up, LEAN), back: rotateX(back, LEAN) };
}

/** Skin over a vertebra's spinous process (C1: over its posterior tubercle). */
export function spineAtVertebra(id: VertebraId): SpineSample {
  return spineAt(arcLengthOf(id));
}
