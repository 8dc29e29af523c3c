import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { ViewId } from '../../technique/ids';
import { createVertexLitMaterial } from '../materials/vertexLitMaterial';
import { buildMarkerGeometry } from './markerGeometry';
import type { DrawnPoint } from './overlayGeometry';
import { DRAG_PX } from '../body-api/sendPick';

/** All pressure-point markers (a red ring round a white face) as one mesh: one draw call. */
export interface PointMarkersProps {
  readonly points: readonly DrawnPoint[];
  readonly selected: ViewId;
  readonly onOpen: (point: DrawnPoint, at: [number, number, number]) => void;
}

export function PointMarkers({ points, selected, onOpen }: PointMarkersProps) {
  const markers = useMemo(() => buildMarkerGeometry(points.map((p) => p.at)), [points]);
  const material = useMemo(() => createVertexLitMaterial({ vertexColors: true, sheen: 0.15 }), []);
  useEffect(() => () => markers.geometry.dispose(), [markers]);
  useEffect(() => () => material.dispose(), [material]);

  // The overview lights every point; a chosen step lights its own.
  useLayoutEffect(() => {
    markers.paint(points.map((point) => selected === 'setting' || selected === point.stepId));
  }, [markers, points, selected]);

  return (
    <mesh
      name="point-markers"
      geometry={markers.geometry}
      material={material}
      onClick={(event) => {
        const point = event.faceIndex == null ? undefined : points[Math.floor(event.faceIndex / markers.trianglesPerMarker)];
        if (!point || event.delta > DRAG_PX) return;
        event.stopPropagation();
        onOpen(point, event.point.toArray());
      }}
    />
  );
}
