import { describe, expect, test } from 'vitest';
import { Vector3 } from 'three';
import { clockPoint } from '../../../src/anatomy/clockFace';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { spineAtVertebra } from '../../../src/anatomy/spine';
import { add, scale, sub, type Vec3 } from '../../../src/anatomy/vec';
import { handNormals } from '../../../src/motion/handNormals';
import { proxyProject, proxySkinDistance } from '../../../src/motion/hands/bodyProxy';
import type { Aim } from '../../../src/motion/hands/aim';
import type { HandSide, PoseId } from '../../../src/motion/hands/ids';
import { MAX_LIFT, MAX_TILT } from '../../../src/motion/hands/keepClear';
import { placeHand } from '../../../src/motion/hands/placement';
import { CONFORM, HAND_POSES } from '../../../src/motion/hands/poses';
import { handSurfaceSamples } from '../../../src/motion/hands/samples';

/**
 * The hands never go through the mother. Every surface sample of a placed hand (and its sleeve)
 * must stay outside the skin, except the pose's contact surface, which may sink by the press.
 *
 * The skin: the real signed distance from `src/anatomy/skin/` as soon as that module exists
 * (picked up automatically below); until then the stand-in `bodyProxy.ts`, fitted to the
 * landmark skin points. NOTE: with the stand-in this test proves clearance from the stand-in
 * only; its fit to the landmarks is checked at the end (within ±12 mm).
 */

interface SkinModule {
  skinDistance?: (p: Vec3) => number;
  SKIN_SURFACE?: { project: (p: Vec3) => { point: Vec3; normal: Vec3 } };
}
const skinModules = import.meta.glob<SkinModule>('../../../src/anatomy/skin/*.ts', { eager: true });
const real = Object.values(skinModules).find((m) => typeof m.skinDistance === 'function' && m.SKIN_SURFACE);
const skinDistance = real?.skinDistance ?? proxySkinDistance;
const project = real?.SKIN_SURFACE ? (p: Vec3) => real.SKIN_SURFACE!.project(p) : proxyProject;
const SKIN = real ? 'skin SDF (src/anatomy/skin)' : 'stand-in body proxy';

const PRESS = 0.004;
/**
 * Non-contact parts may graze the skin by this much (the SDF's own precision). The stand-in only
 * fits the landmarks to about a centimetre, so with it every limit is that much looser.
 */
const LOOSE = real ? 0 : 0.02;
/**
 * `placeHand` clears the skin at a few hundred probe points; the dense samples here fall between
 * them, where the surface may graze a little deeper (an SDF-precision and sampling allowance).
 */
const SAMPLING = 0.0005;
const GRAZE = 0.001 + SAMPLING + LOOSE;

interface Case {
  readonly name: string;
  readonly side: HandSide;
  readonly pose: PoseId;
  readonly at: Vec3;
  readonly travel: Vec3;
  readonly aim?: Aim;
  /** Metres pressed in (default PRESS; a supporting hand holds without pressure). */
  readonly press?: number;
}

const c7 = spineAtVertebra('C7');
const t4 = spineAtVertebra('T4');
const down = (s: { up: Vec3 }): Vec3 => scale(s.up, -1);
const LEFT: Vec3 = [-1, 0, 0];
const RIGHT: Vec3 = [1, 0, 0];
const UP: Vec3 = [0, 1, 0];
const side = (x: number): HandSide => (x < 0 ? 'left' : 'right');

const CASES: Case[] = [
  // WHO: fists either side of the spine at the base of the neck.
  ...[-0.025, 0.025].map((x): Case => ({ name: `C7 fist ${x}`, side: side(x), pose: 'fistThumb', at: add(c7.point, [x, 0, 0]), travel: down(c7) })),
  // Shoulders: from each acromion toward the neck.
  { name: 'R acromion palm', side: 'right', pose: 'palmStroke', at: LANDMARKS['R.scapula.acromion'].skin, travel: LEFT },
  { name: 'L acromion palm', side: 'left', pose: 'palmStroke', at: LANDMARKS['L.scapula.acromion'].skin, travel: RIGHT },
  // The C-grip: thumb on the back of the trapezius, 3 cm below and 4.5 cm behind the shoulder top [EST], fingers over it.
  ...(['L', 'R'] as const).map(
    (s): Case => ({
      name: `${s} C-grip`,
      side: s === 'L' ? 'left' : 'right',
      pose: 'cGrip',
      at: add(LANDMARKS[`${s}.shoulderTop`].skin, [0, -0.03, 0.045]),
      travel: UP,
    }),
  ),
  // Scapula clock points, pressed with the thumb; the dial centres with the fingertips.
  ...([3, 6, 8] as const).map((h): Case => ({ name: `L scapula ${h} o'clock`, side: 'left', pose: 'thumbPress', at: clockPoint('L', h).skin, travel: UP })),
  ...([9, 6, 4] as const).map((h): Case => ({ name: `R scapula ${h} o'clock`, side: 'right', pose: 'thumbPress', at: clockPoint('R', h).skin, travel: UP })),
  { name: 'L scapula fingertips', side: 'left', pose: 'fingertips', at: LANDMARKS['L.scapula.dialCentre'].skin, travel: UP },
  // The shoulder blades are massaged with the palm (technique data, step 3).
  { name: 'L scapula palm', side: 'left', pose: 'palmStroke', at: LANDMARKS['L.scapula.dialCentre'].skin, travel: UP },
  { name: 'R scapula palm', side: 'right', pose: 'palmStroke', at: LANDMARKS['R.scapula.dialCentre'].skin, travel: UP },
  { name: 'R scapula fingertips', side: 'right', pose: 'fingertips', at: LANDMARKS['R.scapula.dialCentre'].skin, travel: UP },
  // Step 1's other hand holds the forehead (a point in front of the bowed head, projected).
  { name: 'forehead support', side: 'left', pose: 'supportHead', at: add(LANDMARKS.occiput.skin, add(scale(LANDMARKS.occiput.normal, -0.19), [0, 0.02, 0])), travel: RIGHT, press: 0 },
  // The pressure point behind each ear.
  { name: 'R mastoid thumb', side: 'right', pose: 'thumbPress', at: LANDMARKS['R.mastoid'].skin, travel: UP },
  { name: 'L mastoid thumb', side: 'left', pose: 'thumbPress', at: LANDMARKS['L.mastoid'].skin, travel: UP },
  // Beside the spine at T4: the back strokes and the heart patterns.
  ...(['fistThumb', 'backOfHand', 'backOfFingers', 'palmStroke', 'fingertips'] as const).flatMap((pose) =>
    [-0.03, 0.03].map((x): Case => ({ name: `T4 ${pose} ${x}`, side: side(x), pose, at: add(t4.point, [x, 0, 0]), travel: down(t4) })),
  ),
];

describe(`hands stay outside the body (${SKIN})`, () => {
  test.each(CASES)('$name', (c) => {
    const surface = project(c.at);
    const press = c.press ?? PRESS;
    // As the app places hands: with the skin, so a rigid pose may tilt a little to clear it.
    const placement = placeHand({ side: c.side, pose: c.pose, contact: surface.point, normal: surface.normal, travel: c.travel, press, aim: c.aim, skin: skinDistance });
    // Within the pose's own tilt limit (the fist's thumb pad may slant over the curve of the back).
    const maxTilt = HAND_POSES[c.pose].maxTilt !== undefined ? (HAND_POSES[c.pose].maxTilt! * Math.PI) / 180 : MAX_TILT;
    expect(placement.tilt).toBeLessThanOrEqual(maxTilt + 1e-9);
    expect(placement.contactNormal.dot(new Vector3(...surface.normal))).toBeLessThan(-Math.cos(maxTilt) + 1e-9);
    const contactParts = new Set<string>(HAND_POSES[c.pose].contactParts);
    const worst = { depth: -Infinity, part: '' };
    const worstContact = { depth: -Infinity, part: '' };
    for (const s of handSurfaceSamples(placement)) {
      const depth = -skinDistance([s.point.x, s.point.y, s.point.z]);
      const slot = contactParts.has(s.part) ? worstContact : worst;
      if (depth > slot.depth) {
        slot.depth = depth;
        slot.part = s.part;
      }
    }
    expect(worst.depth, `deepest non-contact sample: ${worst.part} ${(worst.depth * 1000).toFixed(1)} mm inside`).toBeLessThanOrEqual(GRAZE);
    const conform = HAND_POSES[c.pose].conform ?? CONFORM;
    expect(worstContact.depth, `deepest contact sample: ${worstContact.part} ${(worstContact.depth * 1000).toFixed(1)} mm inside`).toBeLessThanOrEqual(press + conform + SAMPLING + LOOSE);
    // The hand really touches: the contact point is on the skin, pressed in by the press.
    // The hand really touches: the contact point is on the skin, pressed in by the press, unless
    // clearance had to lift it (reported, and limited).
    const depth = -skinDistance([placement.contact.x, placement.contact.y, placement.contact.z]);
    expect(placement.lift).toBeLessThanOrEqual(MAX_LIFT + 1e-9);
    expect(depth).toBeGreaterThan(press / 2 - 0.0005 - placement.lift);
    expect(depth).toBeLessThan(press + 0.001);
  });

  test('the forearms come from the giver, behind the mother (+z) and not from below the waist', () => {
    for (const c of CASES) {
      const surface = project(c.at);
      const p = placeHand({ side: c.side, pose: c.pose, contact: surface.point, normal: surface.normal, travel: c.travel, press: c.press ?? PRESS, aim: c.aim, skin: skinDistance });
      // Behind the ears the hands hold the sides of the head: the forearms run out to the sides,
      // the giver's elbows spread, still not from in front of her.
      const onHead = c.name.includes('mastoid');
      expect(p.forearm.z, c.name).toBeGreaterThan(onHead ? 0 : 0.2);
      // And not from below: the giver stands behind her, hands at the height of her back or above.
      expect(p.forearm.y, c.name).toBeGreaterThan(-0.6);
    }
  });

  test('the body used here fits the landmark skin points', () => {
    const ids = ['C7', 'T4', 'R.scapula.acromion', 'L.scapula.acromion', 'R.mastoid', 'L.mastoid', 'L.scapula.dialCentre', 'R.rib5.posterior', 'occiput'] as const;
    for (const id of ids) expect(Math.abs(skinDistance(LANDMARKS[id].skin)), id).toBeLessThan(0.012);
    expect(Math.abs(skinDistance(clockPoint('L', 8).skin))).toBeLessThan(0.012);
  });

  test('a hand pushed through the body is caught (the test can fail)', () => {
    const surface = project(t4.point);
    const p = placeHand({ side: 'right', pose: 'palmStroke', contact: sub(surface.point, scale(surface.normal, 0.03)), normal: surface.normal, travel: down(t4) });
    const inside = handSurfaceSamples(p).filter((s) => skinDistance([s.point.x, s.point.y, s.point.z]) < -0.001 && !HAND_POSES.palmStroke.contactParts.includes(s.part));
    expect(inside.length).toBeGreaterThan(0);
  });
});

/**
 * The neck stroke (step 1): "the thumb and fingers of your right hand on either side of the neck
 * bones". Along the stroke's line, from below the skull to the base of the neck, the right hand's
 * thumb lies on the mother's right of the spine (+x) and its fingertips on her left, the palm
 * bridging the line, the forearm coming from behind.
 */
describe(`the nape grip along the neck stroke (${SKIN})`, () => {
  const top = LANDMARKS.C1.skin;
  const base = LANDMARKS.C7.skin;
  // With the hand-sized normals the app's hand tracks use (the line runs in the midline furrow).
  const along = handNormals([0, 0.25, 0.5, 0.75, 1].map((f) => project(add(top, scale(sub(base, top), f)))));
  const tipX = (p: ReturnType<typeof placeHand>, segment: string): number => {
    const i = ['forearm', 'thumb.0', 'thumb.1', 'thumb.2', 'index.0', 'index.1', 'index.2', 'middle.0', 'middle.1', 'middle.2', 'ring.0', 'ring.1', 'ring.2'].indexOf(segment);
    return new Vector3(0, 0.015, 0).applyMatrix4(p.segments[i]!).x;
  };

  test.each(along.map((s, i) => ({ s, f: i / 4 })))('at $f of the way down: thumb on one side of the spine, fingers on the other', ({ s }) => {
    const p = placeHand({ side: 'right', pose: 'napeGrip', contact: s.point, normal: s.normal, travel: down(c7), press: PRESS, skin: skinDistance });
    const x0 = s.point[0];
    expect(tipX(p, 'thumb.2') - x0, 'thumb tip on the mother\'s right of the spine').toBeGreaterThan(0.015);
    for (const f of ['index.2', 'middle.2', 'ring.2']) expect(tipX(p, f) - x0, `${f} on her left`).toBeLessThan(-0.015);
    // Nothing of the hand lies on the spine itself: the palm bridges the line by its standoff.
    expect(Math.abs(p.contact.x - x0)).toBeLessThan(0.01);
  });

  test('below the skull the grip stays outside the neck (non-contact parts)', () => {
    const s = along[0]!;
    const p = placeHand({ side: 'right', pose: 'napeGrip', contact: s.point, normal: s.normal, travel: down(c7), press: PRESS, skin: skinDistance });
    const contact = new Set<string>(HAND_POSES.napeGrip.contactParts);
    let worst = -Infinity;
    for (const smp of handSurfaceSamples(p)) if (!contact.has(smp.part)) worst = Math.max(worst, -skinDistance([smp.point.x, smp.point.y, smp.point.z]));
    expect(worst).toBeLessThanOrEqual(GRAZE + 0.002);
  });
});
