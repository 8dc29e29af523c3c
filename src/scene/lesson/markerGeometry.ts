import { BufferAttribute, CircleGeometry, Color, Matrix4, Quaternion, RingGeometry, TorusGeometry, Vector3, type BufferGeometry } from 'three';
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

/**
 * The overview's small dot [design choice]: a red disc in a white rim, flat on the skin, so it
 * reads as a point on any patch colour, and it is a shape (the legend's "small dot"), not a colour.
 */
export const DOT_RADIUS = 0.0045;
const DOT_CORE = 0.003;
const DOT_SEGMENTS = 14;

/**
 * The two shapes a pressure point takes: a numbered step's marker (`ring`, a red ring round a white
 * face) and the overview's small `dot`.
 */
export type MarkerShape = 'ring' | 'dot';

/** One marker facing +Z; `face` is true for the vertices of its inner part (the face, the dot's core). */
function markerTemplate(shape: MarkerShape): { geometry: BufferGeometry; face: boolean[] } {
  const ring = shape === 'ring' ? new TorusGeometry(RING_RADIUS, RING_TUBE, TUBE_SEGMENTS, RIM_SEGMENTS) : new RingGeometry(DOT_CORE, DOT_RADIUS, DOT_SEGMENTS);
  const disc = shape === 'ring' ? new CircleGeometry(RING_RADIUS, RIM_SEGMENTS) : new CircleGeometry(DOT_CORE, DOT_SEGMENTS);
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
export function buildMarkerGeometry(points: readonly SkinPoint[], shape: MarkerShape = 'ring'): MarkerGeometry {
  const template = markerTemplate(shape);
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
  // A ring marker: a red rim round a white face; a dot: a red core in a white rim.
  const [faceColour, rimColour] = shape === 'ring' ? [white, red] : [red, white];
  return {
    geometry,
    trianglesPerMarker,
    paint(lit) {
      points.forEach((_, i) => {
        for (let v = 0; v < perMarker; v++) {
          const c = lit[i] ? (template.face[v] ? faceColour : rimColour) : DIMMED;
          colour.setXYZ(i * perMarker + v, c.r, c.g, c.b);
        }
      });
      colour.needsUpdate = true;
    },
  };
}
