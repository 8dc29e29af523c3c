import type { SkinPoint, SkinSurface } from './paths';

/**
 * A skin surface that remembers its answers. Laying the technique on the skin asks the same
 * projections twice (the drawn paths and the hands' tracks resolve the same specs), and each one
 * costs a few dozen distance-field evaluations; on a slow phone that is seconds at start-up.
 */
export function cachedSurface(surface: SkinSurface): SkinSurface {
  const answers = new Map<string, SkinPoint>();
  return {
    ...(surface.distance ? { distance: surface.distance } : {}),
    project(p) {
      const key = `${p[0]},${p[1]},${p[2]}`;
      let answer = answers.get(key);
      if (!answer) {
        answer = surface.project(p);
        answers.set(key, answer);
      }
      return answer;
    },
  };
}
