import { describe, expect, test } from 'vitest';
import { distanceAlongSkin } from '../../../src/anatomy/alongSkin';
import type { SkinSurface } from '../../../src/anatomy/paths';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { SKIN_SURFACE } from '../../../src/anatomy/skin/skinSurface';
import { distance, type Vec3 } from '../../../src/anatomy/vec';
import { nearestPlace } from '../../../src/scene/body-api/nearestPlace';
import { layTechnique } from '../../../src/motion/laid/layTechnique';
import { buildTechniqueOverlay, namedPlaces } from '../../../src/scene/lesson/overlayGeometry';
import { TECHNIQUE } from '../../../src/technique';

/** A flat skin at z = 0: along it is the straight line. */
const FLAT: SkinSurface = { project: ([x, y]) => ({ point: [x, y, 0], normal: [0, 0, 1] }) };
/** A cylinder of radius 0.1 about the y axis: along it is the arc. */
const CYLINDER: SkinSurface = {
  project: ([x, y, z]) => {
    const r = Math.hypot(x, z) || 1;
    return { point: [(x / r) * 0.1, y, (z / r) * 0.1], normal: [x / r, 0, z / r] };
  },
};

describe('distance along the skin', () => {
  test('on a flat skin it is the straight line', () => {
    expect(distanceAlongSkin([0, 0, 0], [0.03, 0.04, 0], FLAT)).toBeCloseTo(0.05, 12);
  });

  test('over a curve it is the arc, longer than the chord', () => {
    const a: Vec3 = [0, 0, 0.1];
    const b: Vec3 = [0.1, 0, 0];
    expect(distanceAlongSkin(a, b, CYLINDER)).toBeCloseTo((Math.PI / 2) * 0.1, 4);
    expect(distanceAlongSkin(a, b, CYLINDER)).toBeGreaterThan(distance(a, b));
  });
});

describe('the nearest named place to a tap', () => {
  const surface = SKIN_SURFACE;
  const places = namedPlaces(buildTechniqueOverlay(TECHNIQUE, layTechnique(TECHNIQUE, LANDMARKS, surface)));
  const place = (actionId: string) => places.find((p) => p.actionId === actionId)!;

  test('every movement of the technique is a named place, points with one place each', () => {
    const actionIds = TECHNIQUE.steps.flatMap((s) => s.actions.map((a) => a.id));
    expect(new Set(places.map((p) => p.actionId))).toEqual(new Set(actionIds));
    for (const p of places) expect(p.points.length, p.actionId).toBeGreaterThan(0);
  });

  test('a tap on a pressure point finds it at 0 mm; a tap 2 cm off finds it about 2 cm away', () => {
    const mastoid = place('mastoid-press').points[0]!;
    expect(nearestPlace(mastoid, places, surface)).toMatchObject({ place: { actionId: 'mastoid-press' }, distanceMm: 0 });
    const off = surface.project([mastoid[0], mastoid[1] - 0.02, mastoid[2]]).point;
    const nearest = nearestPlace(off, places, surface)!;
    expect(nearest.distanceMm).toBeGreaterThan(15);
    expect(nearest.distanceMm).toBeLessThan(30);
  });

  test('no places, no answer', () => {
    expect(nearestPlace([0, 1.3, 0.1], [], surface)).toBeNull();
  });
});
