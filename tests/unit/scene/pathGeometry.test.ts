import { describe, expect, test } from 'vitest';
import type { SkinPoint } from '../../../src/anatomy/paths';
import { buildPathGeometry } from '../../../src/scene/paths/pathGeometry';
import { GLIDE_STYLE, PRESSURE_STYLE } from '../../../src/scene/lesson/pathStyles';

/** 10 cm straight down a flat back (normal +z), one point per 2 mm. */
const line: SkinPoint[] = Array.from({ length: 51 }, (_, i) => ({ point: [0, -i * 0.002, 0] as const, normal: [0, 0, 1] as const }));

describe('path geometry', () => {
  test('a pressure line sits on the skin, lifted by its style, and never inside it', () => {
    const g = buildPathGeometry(line, PRESSURE_STYLE);
    const z = g.getAttribute('position');
    let minZ = Infinity;
    for (let i = 0; i < z.count; i++) minZ = Math.min(minZ, z.getZ(i));
    expect(minZ).toBeGreaterThanOrEqual(PRESSURE_STYLE.lift - PRESSURE_STYLE.radius - 1e-6 - 0.0001);
    expect(minZ).toBeGreaterThan(-0.0005);
  });

  test('arrowheads point along the direction of travel', () => {
    // Tips are the vertices furthest along travel within each arrow: the geometry must reach
    // past the last point only at the downhill (travel) end, by less than half an arrow.
    const g = buildPathGeometry(line, PRESSURE_STYLE);
    g.computeBoundingBox();
    const box = g.boundingBox!;
    expect(box.max.y).toBeLessThan(PRESSURE_STYLE.radius + 1e-6);
    expect(box.min.y).toBeGreaterThan(-0.1 - PRESSURE_STYLE.radius - PRESSURE_STYLE.arrowLength);
  });

  test('a glide line is dashed: fewer, thinner triangles than a solid one and gaps in between', () => {
    const solid = buildPathGeometry(line, { ...GLIDE_STYLE, dash: null, arrowSpacing: null });
    const dashed = buildPathGeometry(line, { ...GLIDE_STYLE, arrowSpacing: null });
    expect(dashed.getAttribute('position').count).toBeGreaterThan(0);
    // Every vertex of a dash lies in an "on" stretch of the period.
    const period = GLIDE_STYLE.dash!.on + GLIDE_STYLE.dash!.off;
    const y = dashed.getAttribute('position');
    let inGap = 0;
    for (let i = 0; i < y.count; i++) {
      const s = -y.getY(i);
      const phase = ((s % period) + period) % period;
      if (phase > GLIDE_STYLE.dash!.on + 0.0025 && phase < period - 0.0025) inGap++;
    }
    expect(inGap).toBe(0);
    expect(solid.getIndex()!.count).not.toBe(dashed.getIndex()!.count);
  });

  test('each vertex knows how far along the line it is, 0 at the start to 1 at the end', () => {
    const g = buildPathGeometry(line, PRESSURE_STYLE);
    const along = g.getAttribute('along');
    const pos = g.getAttribute('position');
    for (let i = 0; i < along.count; i++) {
      expect(along.getX(i)).toBeGreaterThanOrEqual(0);
      expect(along.getX(i)).toBeLessThanOrEqual(1);
      // Roughly proportional to the distance down the 10 cm line.
      expect(Math.abs(along.getX(i) - -pos.getY(i) / 0.1)).toBeLessThan(0.1);
    }
  });
});
