import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Spherical, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';

export interface BenchApi {
  stats(): { triangles: number; drawCalls: number };
  setAzimuth(radians: number): void;
  play?(): void;
}

declare global {
  interface Window {
    __oxyBench?: BenchApi;
  }
}

/** Read-only numbers and a fixed orbit for `npm run bench`; costs nothing unless called. */
export function BenchHook({ play }: { play?: () => void }) {
  const gl = useThree((s) => s.gl);
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as OrbitControlsImpl | null;

  useEffect(() => {
    const spherical = new Spherical();
    const offset = new Vector3();
    window.__oxyBench = {
      stats: () => ({ triangles: gl.info.render.triangles, drawCalls: gl.info.render.calls }),
      setAzimuth: (radians) => {
        const target = controls?.target ?? new Vector3();
        spherical.setFromVector3(offset.copy(camera.position).sub(target));
        spherical.theta = radians;
        camera.position.copy(target).add(offset.setFromSpherical(spherical));
        camera.lookAt(target);
      },
      ...(play ? { play } : {}),
    };
    return () => {
      delete window.__oxyBench;
    };
  }, [gl, camera, controls, play]);
  return null;
}
