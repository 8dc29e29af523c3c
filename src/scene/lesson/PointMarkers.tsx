import { useLayoutEffect, useMemo, useRef } from 'react';
import { CircleGeometry, Color, InstancedMesh, Matrix4, MeshStandardMaterial, Quaternion, TorusGeometry, Vector3 } from 'three';
import type { ViewId } from '../../technique/ids';
import type { DrawnPoint } from './overlayGeometry';
import { COLOURS } from './pathStyles';

/** Marker size [EST]: about a thumb pad, so it reads as "press here". */
const RING_RADIUS = 0.0075;
const RING_TUBE = 0.0016;
const LIFT = 0.0022;
const DIMMED = new Color('#d9d2ca');

/** All pressure-point markers as two instanced meshes (a red ring and a white face): two draw calls. */
export interface PointMarkersProps {
  readonly points: readonly DrawnPoint[];
  readonly selected: ViewId;
  readonly onOpen: (point: DrawnPoint) => void;
}

export function PointMarkers({ points, selected, onOpen }: PointMarkersProps) {
  const rings = useRef<InstancedMesh>(null);
  const faces = useRef<InstancedMesh>(null);
  const resources = useMemo(
    () => ({
      ring: new TorusGeometry(RING_RADIUS, RING_TUBE, 8, 24),
      face: new CircleGeometry(RING_RADIUS, 24),
      ringMaterial: new MeshStandardMaterial({ color: '#ffffff', roughness: 0.5 }),
      faceMaterial: new MeshStandardMaterial({ color: '#ffffff', roughness: 0.7 }),
    }),
    [],
  );

  useLayoutEffect(() => {
    const m = new Matrix4();
    const q = new Quaternion();
    const z = new Vector3(0, 0, 1);
    const n = new Vector3();
    const p = new Vector3();
    const one = new Vector3(1, 1, 1);
    const red = new Color(COLOURS.point);
    const white = new Color(COLOURS.pointFill);
    points.forEach((point, i) => {
      n.set(...point.at.normal);
      q.setFromUnitVectors(z, n);
      p.set(...point.at.point).addScaledVector(n, LIFT);
      m.compose(p, q, one);
      rings.current?.setMatrixAt(i, m);
      faces.current?.setMatrixAt(i, m);
      const lit = selected === 'setting' || selected === point.stepId;
      rings.current?.setColorAt(i, lit ? red : DIMMED);
      faces.current?.setColorAt(i, lit ? white : DIMMED);
    });
    for (const mesh of [rings.current, faces.current]) {
      if (!mesh) continue;
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
      mesh.computeBoundingSphere();
    }
  }, [points, selected]);

  return (
    <>
      <instancedMesh ref={rings} args={[resources.ring, resources.ringMaterial, points.length]} raycast={() => null} />
      <instancedMesh
        ref={faces}
        args={[resources.face, resources.faceMaterial, points.length]}
        onClick={(event) => {
          const point = event.instanceId === undefined ? undefined : points[event.instanceId];
          if (!point) return;
          event.stopPropagation();
          onOpen(point);
        }}
      />
    </>
  );
}
