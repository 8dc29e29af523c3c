/**
 * Where the back massage ends: the region text (the setting) and the back step's paths agree.
 * The app reads seed 003's "costa (tulang rusuk) ke 5-6" as the level of the 5th-6th ribs beside
 * the spine, the T6 spinous process at the lowest (`MASSAGE_FLOOR`), and says so as its reading.
 */
import { describe, expect, test } from 'vitest';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { resolvePath } from '../../../src/anatomy/paths';
import { SKIN_SURFACE } from '../../../src/anatomy/skin/skinSurface';
import { TRUNK_UP } from '../../../src/anatomy/spine';
import { dot, type Vec3 } from '../../../src/anatomy/vec';
import { FLOOR_READING, MASSAGE_FLOOR } from '../../../src/technique/data/back';
import { TECHNIQUE, isStroke, stepById } from '../../../src/technique';

const height = (p: Vec3): number => dot(p, TRUNK_UP);
const floor = height(LANDMARKS[MASSAGE_FLOOR].skin);
/** The fists' circles and the hearts' curves may dip this far below the floor's level, metres. */
const TOLERANCE = 0.005;

describe('where the back massage ends', () => {
  const back = stepById(TECHNIQUE, 'back');

  test.each(back.actions.filter(isStroke).map((s) => [s.id, s] as const))('%s stays at or above the level of the 5th-6th ribs (T6)', (_, stroke) => {
    for (const mirror of stroke.mirror === 'none' ? [false] : [false, true]) {
      const path = resolvePath(stroke.path, LANDMARKS, SKIN_SURFACE, { mirror });
      const lowest = Math.min(...path.map((p) => height(p.point)));
      expect(lowest, `${stroke.id}: lowest point, metres above the floor's level`).toBeGreaterThanOrEqual(floor - TOLERANCE);
    }
  });

  test('the back circles reach down to that level (within 2 cm), not short of it', () => {
    const circles = back.actions.filter(isStroke).find((s) => s.id === 'back-circles')!;
    const lowest = Math.min(...resolvePath(circles.path, LANDMARKS, SKIN_SURFACE).map((p) => height(p.point)));
    expect(lowest - floor).toBeLessThan(0.02);
  });

  test('the floor lies between the 6th and the 7th rib, above the lower tips of the shoulder blades (T7)', () => {
    expect(floor).toBeLessThan(height(LANDMARKS['L.rib6.posterior'].skin));
    expect(floor).toBeGreaterThan(height(LANDMARKS.T7.skin));
  });

  test('the region text names the same end, and the reading is marked as the app\'s', () => {
    const region = TECHNIQUE.setting.items.find((i) => i.id === 'region')!;
    expect(region.text.id).toContain('tulang rusuk ke-5 dan ke-6');
    expect(region.text.en).toContain('5th and 6th ribs');
    expect(region.sources).toContainEqual(FLOOR_READING);
    expect(FLOOR_READING.kind).toBe('interpretation');
    for (const id of ['back-circles', 'back-heart']) {
      const stroke = back.actions.find((a) => a.id === id)!;
      expect(stroke.sources, id).toContainEqual(FLOOR_READING);
      expect(isStroke(stroke) && stroke.instruction.id, id).toContain('tulang rusuk ke-5 dan ke-6');
    }
  });
});
