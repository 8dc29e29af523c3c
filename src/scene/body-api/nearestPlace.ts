import { distanceAlongSkin } from '../../anatomy/alongSkin';
import type { SkinSurface } from '../../anatomy/paths';
import { distance, type Vec3 } from '../../anatomy/vec';
import type { NamedPlace } from '../../state/slices/bodySlice';

/** How many of the straight-line nearest places are measured along the skin before choosing. */
const CANDIDATES = 3;

export interface NearestPlace {
  readonly place: NamedPlace;
  /** Along the skin, in millimetres, to the nearest point of the place. */
  readonly distanceMm: number;
}

/**
 * The named place (a pressure point or a stroke's path) nearest to a point on the skin, with the
 * distance along the skin. The few nearest in a straight line are measured along the skin, since
 * a place just across the spine's furrow or a shoulder blade's edge is further than it looks.
 */
export function nearestPlace(point: Vec3, places: readonly NamedPlace[], surface: SkinSurface): NearestPlace | null {
  const byStraightLine = places
    .map((place) => {
      let best = Infinity;
      let closest: Vec3 = point;
      for (const p of place.points) {
        const d = distance(point, p);
        if (d < best) {
          best = d;
          closest = p;
        }
      }
      return { place, closest, straight: best };
    })
    .sort((a, b) => a.straight - b.straight)
    .slice(0, CANDIDATES);
  let nearest: NearestPlace | null = null;
  for (const { place, closest } of byStraightLine) {
    const distanceMm = distanceAlongSkin(point, closest, surface) * 1000;
    if (!nearest || distanceMm < nearest.distanceMm) nearest = { place, distanceMm };
  }
  return nearest;
}
