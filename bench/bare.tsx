/**
 * Bare react-three-fiber comparison scene for `npm run bench`: one mesh with about N triangles,
 * MeshStandardMaterial, one ambient light plus L directional lights, nothing else. The bench
 * measures the app against this to see what the app's own work costs (target: app fps >= 0.8 x
 * bare fps at the same triangle count, canvas size and pixel coverage).
 *
 * Query: ?triangles=N (default 50000) &lights=L (default 2) &width=W&height=H (canvas size in CSS
 * px; default: the whole window) &coverage=C (0..1: before it reports ready, the scene zooms the
 * camera until its ellipsoid covers this fraction of the canvas's pixels, averaged over the
 * orbit; default: no zoom, the old fixed framing).
 * Not part of the app: built by bench/vite.config.ts into dist-bench/.
 */
import { StrictMode, useLayoutEffect, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { Canvas, useFrame, useThree } from '@react-three/fiber';
import { PerspectiveCamera, SphereGeometry, Vector3 } from 'three';
import { measureCoverage } from '../src/scene/BenchHook';
import type { OxyBench } from './oxyBench';

const params = new URLSearchParams(window.location.search);
const TRIANGLES = Math.max(2, Number(params.get('triangles') ?? 50_000) || 50_000);
const LIGHTS = Math.max(0, Math.floor(Number(params.get('lights') ?? 2)));
const WIDTH = Number(params.get('width')) || null;
const HEIGHT = Number(params.get('height')) || null;
const COVERAGE = params.has('coverage') ? Math.min(0.99, Math.max(0.01, Number(params.get('coverage')))) : null;

/** A body-sized ellipsoid whose triangle count is as close to `target` as a UV sphere allows. */
function makeGeometry(target: number): SphereGeometry {
  // A UV sphere with w x h segments has 2w(h-1) triangles; take w = 2h.
  const h = Math.max(3, Math.round((1 + Math.sqrt(1 + 2 * target)) / 2));
  const w = Math.max(3, Math.round(target / (2 * (h - 1))));
  const geometry = new SphereGeometry(1, w, h);
  geometry.scale(0.2, 0.35, 0.13);
  return geometry;
}

const TARGET = new Vector3(0, 1.2, 0);
const RADIUS = 1.4;
/** Azimuths the coverage is averaged over while calibrating (the orbit turns the whole way round). */
const CALIBRATION_AZIMUTHS = [0, Math.PI / 4, Math.PI / 2, (3 * Math.PI) / 4];

function Orbit() {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  useLayoutEffect(() => {
    const bench: OxyBench = {
      stats: () => ({ triangles: gl.info.render.triangles, drawCalls: gl.info.render.calls, lights: LIGHTS }),
      setAzimuth: (a) => {
        camera.position.set(TARGET.x + RADIUS * Math.sin(a), TARGET.y + 0.2, TARGET.z + RADIUS * Math.cos(a));
        camera.lookAt(TARGET);
      },
      coverage: () => measureCoverage(gl, scene, camera),
    };
    Object.assign(window, { __oxyBench: bench });
    bench.setAzimuth(0);
  }, [camera, gl, scene]);
  let drawn = 0;
  useFrame(() => {
    if (++drawn !== 2) return;
    if (COVERAGE !== null && camera instanceof PerspectiveCamera) calibrate(camera);
    // As the app's ReadySignal does (a frame after the first drawn one), so start-up times compare.
    requestAnimationFrame(() => {
      document.body.dataset.sceneReady = 'true';
    });
  });
  return null;
}

/**
 * Zooms the camera (not the mesh: no near-plane clipping, same vertices) until the mean
 * coverage over the orbit matches COVERAGE. Coverage grows with zoom, so bisect on log zoom.
 */
function calibrate(camera: PerspectiveCamera): void {
  const bench = (window as unknown as { __oxyBench: OxyBench }).__oxyBench;
  const mean = () => {
    let sum = 0;
    for (const a of CALIBRATION_AZIMUTHS) {
      bench.setAzimuth(a);
      sum += bench.coverage!();
    }
    return sum / CALIBRATION_AZIMUTHS.length;
  };
  let lo = Math.log(0.1);
  let hi = Math.log(40);
  for (let i = 0; i < 14; i++) {
    camera.zoom = Math.exp((lo + hi) / 2);
    camera.updateProjectionMatrix();
    if (mean() < COVERAGE!) lo = Math.log(camera.zoom);
    else hi = Math.log(camera.zoom);
  }
  bench.setAzimuth(0);
  document.body.dataset.zoom = camera.zoom.toFixed(3);
}

function Scene() {
  const geometry = useMemo(() => makeGeometry(TRIANGLES), []);
  const lights = useMemo(
    () => Array.from({ length: LIGHTS }, (_, i) => [Math.cos(i * 2.4) * 3, 3, Math.sin(i * 2.4) * 3] as const),
    [],
  );
  return (
    <>
      <ambientLight intensity={0.4} />
      {lights.map((p, i) => (
        <directionalLight key={i} position={p} intensity={1.2} />
      ))}
      <mesh geometry={geometry} position={TARGET}>
        <meshStandardMaterial color="#f4e6d8" roughness={0.7} />
      </mesh>
      <Orbit />
    </>
  );
}

const root = document.getElementById('root');
// The app's canvas sits beside its panels; here it gets the same size in the window's corner.
if (root && WIDTH && HEIGHT) Object.assign(root.style, { width: `${WIDTH}px`, height: `${HEIGHT}px` });
if (root)
  createRoot(root).render(
    <StrictMode>
      <Canvas camera={{ fov: 40, near: 0.05, far: 20 }} gl={{ preserveDrawingBuffer: false }}>
        <Scene />
      </Canvas>
    </StrictMode>,
  );
