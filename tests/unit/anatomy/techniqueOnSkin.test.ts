/**
 * The whole technique laid on the real skin (the distance field the mesh is made from): every
 * path lies on the skin, every pressure point sits on the skin over its bone.
 */
import { describe, expect, test } from 'vitest';
import { clockPoint } from '../../../src/anatomy/clockFace';
import { LANDMARKS } from '../../../src/anatomy/landmarks';
import { mirrorAnchor, resolveAnchor, resolvePath } from '../../../src/anatomy/paths';
import { SKIN_SURFACE, skinDistance } from '../../../src/anatomy/skin/skinSurface';
import { distance } from '../../../src/anatomy/vec';
import { TECHNIQUE, isPressPoint, isStroke } from '../../../src/technique';

const ON_SKIN = 0.0005;

describe('the technique on the skin', () => {
  const strokes = TECHNIQUE.steps.flatMap((s) => s.actions.filter(isStroke));
  const points = TECHNIQUE.steps.flatMap((s) => s.actions.filter(isPressPoint));

  test.each(strokes.map((s) => [s.id, s] as const))('%s lies on the skin, both copies', (_, stroke) => {
    for (const mirror of stroke.mirror === 'none' ? [false] : [false, true]) {
      const path = resolvePath(stroke.path, LANDMARKS, SKIN_SURFACE, { mirror });
      expect(path.length).toBeGreaterThan(5);
      const worst = Math.max(...path.map((p) => Math.abs(skinDistance(p.point))));
      expect(worst, `${stroke.id}${mirror ? ' (mirror)' : ''}: furthest from the skin`).toBeLessThan(ON_SKIN);
    }
  });

  test.each(points.map((p) => [p.id, p] as const))('%s sits on the skin over its bone', (_, point) => {
    const anchors = point.mirror === 'together' ? [point.anchor, mirrorAnchor(point.anchor)] : [point.anchor];
    for (const anchor of anchors) {
      const at = resolveAnchor(anchor, LANDMARKS, SKIN_SURFACE);
      expect(Math.abs(skinDistance(at.point))).toBeLessThan(ON_SKIN);
      const bone = 'clock' in anchor ? clockPoint(anchor.clock.side, anchor.clock.hour).bone : LANDMARKS[anchor.landmark].bone;
      if ('landmark' in anchor && anchor.landmark.endsWith('shoulderTop')) {
        // The C-grip holds the upper trapezius, which rises above the outer collarbone.
        expect(at.point[1], `${point.id}: above the collarbone`).toBeGreaterThan(bone[1]);
        continue;
      }
      // Skin and soft tissue over these bones are 5-30 mm thick (anatomy-reference §6).
      expect(distance(at.point, bone), `${point.id}: skin to bone`).toBeLessThan(0.035);
    }
  });

  test('the clock points keep their order on the real skin: 3 nearer the spine than 8, 6 the lowest', () => {
    const at = (side: 'L' | 'R', hour: number) => resolveAnchor({ clock: { side, hour: hour as 3 } }, LANDMARKS, SKIN_SURFACE).point;
    expect(Math.abs(at('L', 3)[0])).toBeLessThan(Math.abs(at('L', 8)[0]));
    expect(Math.abs(at('R', 9)[0])).toBeLessThan(Math.abs(at('R', 4)[0]));
    expect(at('L', 6)[1]).toBeLessThan(Math.min(at('L', 3)[1], at('L', 8)[1]));
    expect(at('R', 6)[1]).toBeLessThan(Math.min(at('R', 9)[1], at('R', 4)[1]));
  });
});
