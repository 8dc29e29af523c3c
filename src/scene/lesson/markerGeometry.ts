import { BufferAttribute, CircleGeometry, Color, Matrix4, Quaternion, TorusGeometry, Vector3, type BufferGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { SkinPoint } from '../../anatomy/paths';
import { COLOURS } from './pathStyles';

/** Marker size [EST]: about a thumb pad, so it reads as "press here". */
export const RING_RADIUS = 0.0075;
const RING_TUBE = 0.0016;
/** Lift off the skin so the face never flickers into it. */
const LIFT = 0.0022;
/** Tube and rim segments: round at the size a marker ever has on screen, and few triangles. */
const TUBE_SEGMENTS = 6;
const RIM_SEGMENTS = 20;
const DIMMED = new Color('#d9d2ca');

/** One marker, a red ring round a white face, facing +Z; `face` is true for the face's vertices. */
function markerTemplate(): { geometry: BufferGeometry; face: boolean[] } {
  const ring = new TorusGeometry(RING_RADIUS, RING_TUBE, TUBE_SEGMENTS, RIM_SEGMENTS);
  const disc = new CircleGeometry(RING_RADIUS, RIM_SEGMENTS);
  ring.deleteAttribute('uv');
  disc.deleteAttribute('uv');
  const geometry = mergeGeometries([ring, disc]);
  if (!geometry) throw new Error('markers: the ring and the face could not be merged');
  const ringCount = ring.getAttribute('position').count;
  const face = Array.from({ length: geometry.getAttribute('position').count }, (_, v) => v >= ringCount);
  ring.dispose();
  disc.dispose();
  return { geometry, face };
}

export interface MarkerGeometry {
  /** Every marker in one geometry (one draw call), with a `color` attribute. */
  readonly geometry: BufferGeometry;
  /** Triangles per marker, in the order of the points: a hit triangle's index / this is its point. */
  readonly trianglesPerMarker: number;
  /** Colours each marker: lit ones red and white, the others a faint grey. */
  paint(lit: readonly boolean[]): void;
}

/** The pressure-point markers, each lying on the skin at its point, facing out along the normal. */
export function buildMarkerGeometry(points: readonly SkinPoint[]): MarkerGeometry {
  const template = markerTemplate();
  const perMarker = template.geometry.getAttribute('position').count;
  const trianglesPerMarker = template.geometry.getIndex()!.count / 3;
  const m = new Matrix4();
  const q = new Quaternion();
  const z = new Vector3(0, 0, 1);
  const n = new Vector3();
  const p = new Vector3();
  const one = new Vector3(1, 1, 1);
  const placed = points.map((point) => {
    n.set(...point.normal);
    q.setFromUnitVectors(z, n);
    p.set(...point.point).addScaledVector(n, LIFT);
    return template.geometry.clone().applyMatrix4(m.compose(p, q, one));
  });
  const geometry = (placed.length ? mergeGeometries(placed) : null) ?? template.geometry.clone();
  for (const g of placed) g.dispose();
  template.geometry.dispose();
  const colour = new BufferAttribute(new Float32Array(perMarker * Math.max(1, points.length) * 3), 3);
  geometry.setAttribute('color', colour);
  geometry.computeBoundingSphere();

  const red = new Color(COLOURS.point);
  const white = new Color(COLOURS.pointFill);
  return {
    geometry,
    trianglesPerMarker,
    paint(lit) {
      points.forEach((_, i) => {
        for (let v = 0; v < perMarker; v++) {
          const c = lit[i] ? (template.face[v] ? white : red) : DIMMED;
          colour.setXYZ(i * perMarker + v, c.r, c.g, c.b);
        }
      });
      colour.needsUpdate = true;
    },
  };
}
