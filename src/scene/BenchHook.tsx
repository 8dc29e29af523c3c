import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Spherical, Vector3, type Camera, type Scene, type WebGLRenderer } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { distance } from '../anatomy/vec';
import { useAppStore } from '../state/store';
import { bodyProbe } from './body-api/bodyProbe';

export interface BenchApi {
  stats(): { triangles: number; drawCalls: number; lights: number; framesDrawn: number };
  setAzimuth(radians: number): void;
  play?(): void;
  coverage?(): number;
  /**
   * Where a movement's place is drawn (viewport pixels): its `line`-th line's first point (a point's
   * place), its last, or a fraction of the way along it. Without `line`, the first line that can be
   * seen (its middle shows the skin it lies on, not skin in front of it: the far mastoid, seen
   * past the neck, cannot be tapped).
   */
  placeOnScreen(actionId: string, line?: number, along?: 'start' | 'end' | number): { x: number; y: number } | null;
  /** Where a body point is drawn (viewport pixels), or null before the scene is there. */
  pointOnScreen(point: readonly [number, number, number]): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __oxyBench?: BenchApi;
  }
}

/** A channel closer than this to the background's counts as background (antialiased edges count as covered). */
const BACKGROUND_TOLERANCE = 3;

/**
 * Fraction of the canvas's pixels that the scene's geometry covers, by rendering now and reading
 * the pixels back. The background is found by first rendering with every layer off (a bare
 * clear), so tone mapping, colour space and a transparent canvas need no special cases. Costs two
 * renders and a pipeline stall: only for the benchmark, never during a measured frame.
 */
export function measureCoverage(gl: WebGLRenderer, scene: Scene, camera: Camera): number {
  const ctx = gl.getContext();
  const width = ctx.drawingBufferWidth;
  const height = ctx.drawingBufferHeight;
  const pixels = new Uint8Array(width * height * 4);
  const mask = camera.layers.mask;
  const autoReset = gl.info.autoReset;
  gl.info.autoReset = false; // keeps the stats of the last real frame
  camera.layers.disableAll();
  gl.render(scene, camera);
  const bg = new Uint8Array(4);
  ctx.readPixels(0, 0, 1, 1, ctx.RGBA, ctx.UNSIGNED_BYTE, bg);
  camera.layers.mask = mask;
  gl.render(scene, camera);
  gl.info.autoReset = autoReset;
  ctx.readPixels(0, 0, width, height, ctx.RGBA, ctx.UNSIGNED_BYTE, pixels);
  let covered = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    for (let c = 0; c < 4; c++) {
      if (Math.abs(pixels[i + c]! - bg[c]!) > BACKGROUND_TOLERANCE) {
        covered++;
        break;
      }
    }
  }
  return covered / (width * height);
}

/** Nearer than this, the skin under a place's pixel is that place: it is in sight, metres. */
const IN_SIGHT = 0.01;

/** Whether a line's middle is in sight: the skin drawn at its pixel is the skin it lies on. */
function seen(line: readonly (readonly [number, number, number])[]): boolean {
  const probe = bodyProbe();
  const middle = line[Math.floor((line.length - 1) / 2)];
  const at = middle && probe?.toScreen(middle);
  const hit = at ? probe?.skinAt(at.x, at.y) : null;
  return Boolean(middle && hit && distance(hit.point, middle) < IN_SIGHT);
}

/** Read-only numbers and a fixed orbit for `npm run bench` (and places on the screen for the browser tests); costs nothing unless called. */
export function BenchHook({ play }: { play?: () => void }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null;
  const scene = useThree((s) => s.scene);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const spherical = new Spherical();
    const offset = new Vector3();
    window.__oxyBench = {
      stats: () => {
        // Direct lights, so the bare comparison scene can light itself the same way.
        let lights = 0;
        scene.traverse((o) => {
          if (o.type === 'DirectionalLight' || o.type === 'PointLight' || o.type === 'SpotLight') lights++;
        });
        return { triangles: gl.info.render.triangles, drawCalls: gl.info.render.calls, lights, framesDrawn: gl.info.render.frame };
      },
      setAzimuth: (radians) => {
        const target = controls?.target ?? new Vector3();
        spherical.setFromVector3(offset.copy(camera.position).sub(target));
        spherical.theta = radians;
        camera.position.copy(target).add(offset.setFromSpherical(spherical));
        camera.lookAt(target);
        invalidate(); // the canvas draws on demand
      },
      coverage: () => measureCoverage(gl, scene, camera),
      placeOnScreen: (actionId, line, along = 'start') => {
        const lines = useAppStore.getState().namedPlaces.filter((p) => p.actionId === actionId).flatMap((p) => p.lines);
        const chosen = (line === undefined ? lines.find(seen) : lines[line]) ?? lines[line ?? 0] ?? [];
        const fraction = along === 'start' ? 0 : along === 'end' ? 1 : along;
        const at = chosen[Math.round(fraction * (chosen.length - 1))];
        return at ? bodyProbe()?.toScreen(at) ?? null : null;
      },
      pointOnScreen: (point) => bodyProbe()?.toScreen(point) ?? null,
      ...(play ? { play } : {}),
    };
    return () => {
      delete window.__oxyBench;
    };
  }, [gl, camera, controls, scene, play, invalidate]);
  return null;
}
