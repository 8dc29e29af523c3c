import { useEffect, useLayoutEffect, useMemo } from 'react';
import type { ViewId } from '../../technique/ids';
import { createVertexLitMaterial } from '../materials/vertexLitMaterial';
import { buildMarkerGeometry } from './markerGeometry';
import type { DrawnPoint } from './overlayGeometry';
import { DRAG_PX } from '../body-api/sendPick';

/**
 * All pressure points as one mesh (one draw call): in a step, markers (a red ring round a white
 * face, the step's own lit, the others grey); in the overview, small dots (a red core in a white
 * rim), so the steps' numbered patches stay the first thing seen.
 */
export interface PointMarkersProps {
  readonly points: readonly DrawnPoint[];
  readonly selected: ViewId;
  readonly onOpen: (point: DrawnPoint, at: [number, number, number]) => void;
}

export function PointMarkers({ points, selected, onOpen }: PointMarkersProps) {
  const overview = selected === 'setting';
  const rings = useMemo(() => buildMarkerGeometry(points.map((p) => p.at), 'ring'), [points]);
  const dots = useMemo(() => buildMarkerGeometry(points.map((p) => p.at), 'dot'), [points]);
  const markers = overview ? dots : rings;
  const material = useMemo(() => createVertexLitMaterial({ vertexColors: true, sheen: 0.15 }), []);
  useEffect(() => () => rings.geometry.dispose(), [rings]);
  useEffect(() => () => dots.geometry.dispose(), [dots]);
  useEffect(() => () => material.dispose(), [material]);

  // The overview lights every point; a chosen step lights its own.
  useLayoutEffect(() => {
    markers.paint(points.map((point) => overview || selected === point.stepId));
  }, [markers, points, selected, overview]);

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
