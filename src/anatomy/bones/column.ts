import { LANDMARKS } from '../landmarks';
import { VERTEBRAE, type VertebraId } from '../landmarkIds';
import { REFERENCE } from '../reference';
import { arcLengthOf, spineAt } from '../spine';
import { add, distance, dot, scale, sub, type Vec3 } from '../vec';
import { at, type Frame3 } from './mesh';

/**
 * The vertebral column under the skin line: where each vertebral body sits and how big it is.
 *
 * The landmark table gives the spinous tips (`LANDMARKS[id].bone`) on a curve under the skin.
 * The bodies lie on a parallel curve deeper in: each body sits `depth` mm in front of the skin
 * line, at the skin level `shift` segments *above* its own spinous tip, because the spinous
 * processes slope down (most steeply at mid-thoracic levels, where a tip is level with the body
 * below) [EST from standard anatomy]. Each vertebra gets a frame: origin at the body centre,
 * x = the mother's right, y = up the spine, z = back (posterior), taken from `spineAt`.
 */

export interface VertebraPlan {
  readonly id: VertebraId;
  readonly index: number;
  readonly frame: Frame3;
  /** Body height, mm (C1 has no body: 0). */
  readonly height: number;
  /** Body half width (x) and half depth (z), mm. */
  readonly halfWidth: number;
  readonly halfDepth: number;
  /** Spinous tip on the bone surface (the landmark), world. */
  readonly tip: Vec3;
  /** Outward skin normal over the tip. */
  readonly tipNormal: Vec3;
  /** Tip of the left transverse process (centre of its end knob), world. */
  readonly leftTransverseTip: Vec3;
  /** Half span of the transverse processes, mm (tip centre to midline). */
  readonly transverseHalfSpan: number;
}

type Row = readonly [depth: number, shift: number, halfWidth: number, halfDepth: number, tpHalfSpan: number];

/**
 * Per level, in mm [EST unless tagged]: depth of the body centre under the skin line; tip drop
 * below the body in segments; body half width and half depth; transverse-process half span
 * (T1 from REFERENCE.t1TransverseSpan [EST]; C1 within 3.9 mm of T1 [S22]).
 */
const TABLE: Record<VertebraId, Row> = {
  C1: [54, -0.3, 0, 0, (REFERENCE.t1TransverseSpan.value * 1000 + 3.9) / 2],
  C2: [54, 0.45, 8.5, 7.5, 26],
  C3: [51, 0.4, 8.5, 7.5, 25],
  C4: [50, 0.4, 9, 7.5, 25],
  C5: [51, 0.4, 9.5, 7.8, 26],
  C6: [53, 0.4, 10, 8, 27],
  C7: [58, 0.5, 11.5, 8.5, 31],
  T1: [63, 0.65, 12.5, 9, (REFERENCE.t1TransverseSpan.value * 1000) / 2],
  T2: [67, 0.8, 13, 10, 34],
  T3: [70, 0.8, 13, 10.5, 32],
  T4: [70, 0.8, 13.5, 11, 30.5],
  T5: [70, 0.8, 13.5, 11.5, 30],
  T6: [70, 0.8, 14, 12, 29.5],
  T7: [70, 0.8, 14.5, 12.5, 29],
  T8: [70, 0.8, 15, 13, 28.5],
  T9: [70, 0.8, 15.5, 13.5, 27.5],
  T10: [70, 0.8, 16, 14, 26],
  T11: [70, 0.8, 17, 14.5, 22],
  T12: [70, 0.45, 18, 15, 18],
};

/** Target disc heights below a vertebra, mm: cervical ≈4.5 [EST]; thoracic 2.6 (T4-5) to 5.1 (T10-11) [S18]. */
function discTarget(id: VertebraId): number {
  if (id[0] === 'C') return 4.5;
  const n = Number(id.slice(1));
  return Math.max(2.6, Math.min(5.1, 2.6 + ((n - 4) * 2.5) / 6));
}

/**
 * Arc length (on the skin line) of each body's level. Cervical and C7: `shift` segments above the
 * tip. Thoracic: the published tip levels [S15] are uneven (a long T4-T7 stretch, a short
 * T7-T10 one), but vertebral segments grow steadily from T1 to T12, so the thoracic bodies are
 * spread between the T1 and T12 levels with a steady 2.5 %-per-segment growth [EST]. The
 * spinous processes take up the difference (steepest at T7-T8, as in the skeleton).
 */
function bodyLevels(): number[] {
  const levels = VERTEBRAE.map((id, i) => {
    const s = arcLengthOf(id);
    const prev = i > 0 ? arcLengthOf(VERTEBRAE[i - 1]!) : s - REFERENCE.cervicalPitch.value;
    return s - TABLE[id][1] * (s - prev);
  });
  const t1 = VERTEBRAE.indexOf('T1');
  const t12 = VERTEBRAE.indexOf('T12');
  const n = t12 - t1;
  const mean = (levels[t12]! - levels[t1]!) / n;
  for (let j = 0, s = levels[t1]!; j < n - 1; j++) {
    s += mean * (1 + THORACIC_GROWTH * (j - (n - 1) / 2));
    levels[t1 + j + 1] = s;
  }
  return levels;
}

const THORACIC_GROWTH = 0.025;

function buildColumn(): VertebraPlan[] {
  const levels = bodyLevels();
  const centres: Frame3[] = VERTEBRAE.map((id, i) => {
    const sample = spineAt(levels[i]!);
    return {
      o: add(sample.point, scale(sample.back, -TABLE[id][0] / 1000)),
      x: [1, 0, 0],
      y: sample.up,
      z: sample.back,
    };
  });
  const gap = (i: number): number => distance(centres[i]!.o, centres[i + 1]!.o) * 1000;
  return VERTEBRAE.map((id, i) => {
    const [, , halfWidth, halfDepth, tpHalfSpan] = TABLE[id];
    const frame = centres[i]!;
    let height = 0;
    if (id !== 'C1') {
      // Body height: the mean distance to its neighbours less a disc [S18 thoracic, EST cervical].
      // C2's body is measured from its lower neighbour only (it carries the dens instead).
      const gaps = [...(i > 1 ? [gap(i - 1)] : []), ...(i + 1 < VERTEBRAE.length ? [gap(i)] : [])];
      const g = id === 'C2' ? gap(i) : gaps.reduce((a, b) => a + b, 0) / gaps.length;
      height = g - discTarget(id);
    }
    const landmark = LANDMARKS[id];
    const tpLocal: Vec3 = id[0] === 'T' ? [-tpHalfSpan, transverseRise(frame, halfDepth, VERTEBRAE[i - 1]!), halfDepth + 19] : [-tpHalfSpan, -1, 2];
    return {
      id,
      index: i,
      frame,
      height,
      halfWidth,
      halfDepth,
      tip: landmark.bone,
      tipNormal: landmark.normal,
      leftTransverseTip: at(frame, ...tpLocal),
      transverseHalfSpan: tpHalfSpan,
    };
  });
}

/**
 * Height of a thoracic transverse-process tip above its body centre (mm): chosen so the tip is
 * level with the spinous process of the vertebra above [S20], measured along that vertebra's up
 * axis, within the 0-10 mm the pedicle allows [EST].
 */
function transverseRise(frame: Frame3, halfDepth: number, above: VertebraId): number {
  const s = spineAt(arcLengthOf(above));
  const base = at(frame, 0, 0, halfDepth + 19);
  const offset = dot(sub(s.point, base), s.up) / dot(frame.y, s.up);
  return Math.max(0, Math.min(10, offset * 1000 + 3));
}

let cache: VertebraPlan[] | null = null;

/** The planned column, C1..T12, built once. */
export function spineColumn(): readonly VertebraPlan[] {
  cache ??= buildColumn();
  return cache;
}

export function vertebraPlan(id: VertebraId): VertebraPlan {
  return spineColumn()[VERTEBRAE.indexOf(id)]!;
}

