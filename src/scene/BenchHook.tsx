import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { Spherical, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';

export interface BenchApi {
  stats(): { triangles: number; drawCalls: number; lights: number };
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
  const scene = useThree((s) => s.scene);

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
        return { triangles: gl.info.render.triangles, drawCalls: gl.info.render.calls, lights };
      },
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
  }, [gl, camera, controls, scene, play]);
  return null;
}
