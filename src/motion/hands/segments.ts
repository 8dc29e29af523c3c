import { FINGERS, FINGER_WIDTH_SCALE, HAND, type DigitId } from './dimensions';

/**
 * Every rigid piece of one hand that is drawn as a round cone (the hull of two spheres), in a
 * fixed order shared by the kinematics, the placement, the surface samples and the renderer.
 * Segment frames: origin at the proximal joint centre, +Y along the bone, +Z toward the pad
 * (palmar), +X toward the thumb side (right hand).
 */
export const SEGMENT_IDS = [
  'forearm',
  'thumb.0',
  'thumb.1',
  'thumb.2',
  'index.0',
  'index.1',
  'index.2',
  'middle.0',
  'middle.1',
  'middle.2',
  'ring.0',
  'ring.1',
  'ring.2',
  'little.0',
  'little.1',
  'little.2',
  'nail.thumb',
  'nail.index',
  'nail.middle',
  'nail.ring',
  'nail.little',
] as const;
export type SegmentId = (typeof SEGMENT_IDS)[number];
export const SEGMENT_COUNT = SEGMENT_IDS.length;

export const segmentIndex = (id: SegmentId): number => SEGMENT_IDS.indexOf(id);

/** Index of bone `bone` (0 proximal .. 2 distal) of a digit. */
export const boneIndex = (digit: DigitId, bone: 0 | 1 | 2): number => segmentIndex(`${digit}.${bone}`);
export const nailIndex = (digit: DigitId): number => segmentIndex(`nail.${digit}`);

/** The shape of a round cone: radii at both ends, axis length, and cross-section scales. */
export interface SegmentShape {
  readonly r0: number;
  readonly r1: number;
  readonly length: number;
  /** Scale across the segment (local X). */
  readonly widthScale: number;
  /** Scale through the segment (local Z, palmar-dorsal). */
  readonly depthScale: number;
  /** Skin or nail (the renderer colours them apart). */
  readonly material: 'skin' | 'nail';
}

function buildShapes(): readonly SegmentShape[] {
  const shapes: SegmentShape[] = [];
  // The forearm is drawn from its own sections (`forearm.ts`); this round cone is what lies
  // inside it from the wrist to the sleeve, for code that wants a rough size.
  const skin = HAND.forearm.skin;
  const wrist = skin[3]!;
  const end = skin[skin.length - 1]!;
  shapes.push({ r0: wrist[2], r1: end[2], length: end[0], widthScale: wrist[1] / wrist[2], depthScale: 1, material: 'skin' });
  for (const b of HAND.thumb.bones) {
    shapes.push({ ...b, widthScale: 1.08, depthScale: 1, material: 'skin' });
  }
  for (const f of FINGERS) {
    for (const b of HAND.fingers[f].phalanges) {
      shapes.push({ ...b, widthScale: FINGER_WIDTH_SCALE, depthScale: 1, material: 'skin' });
    }
  }
  const n = HAND.nail;
  for (const digit of ['thumb', ...FINGERS] as const) {
    const tip = digit === 'thumb' ? HAND.thumb.bones[2] : HAND.fingers[digit].phalanges[2];
    const scale = digit === 'thumb' ? 1.05 : 1;
    shapes.push({
      r0: tip.r1 * n.r0 * scale,
      r1: tip.r1 * n.r1 * scale,
      length: n.length,
      widthScale: 1,
      depthScale: n.depthScale,
      material: 'nail',
    });
  }
  if (shapes.length !== SEGMENT_COUNT) throw new Error('hands: segment shapes out of step with SEGMENT_IDS');
  return shapes;
}

/** The shape of every segment, in `SEGMENT_IDS` order; the same for both hands and every pose. */
export const SEGMENT_SHAPES: readonly SegmentShape[] = buildShapes();
