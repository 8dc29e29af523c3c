import { BufferGeometry, Float32BufferAttribute, Vector3 } from 'three';
import type { SkinPoint } from '../../anatomy/paths';

/**
 * Tubes, dashes and arrowheads laid along a polyline on the skin, built straight into typed
 * arrays so one stroke style is one geometry (one draw call).
 */
export interface PathStyle {
  /** Tube radius in metres. */
  readonly radius: number;
  /** Lift off the skin along its normal so the tube sits on, not in, the surface. */
  readonly lift: number;
  /** Dash and gap lengths in metres; null for a solid line. */
  readonly dash: { readonly on: number; readonly off: number } | null;
  /** Distance between arrowheads along the path. */
  readonly arrowSpacing: number | null;
  readonly arrowLength: number;
  readonly arrowRadius: number;
}

const RING = 6;

class MeshBuilder {
  readonly positions: number[] = [];
  readonly normals: number[] = [];
  /** Fraction 0..1 along the whole line, so a shader can light the part already travelled. */
  readonly along: number[] = [];
  readonly indices: number[] = [];
  /** Arc fraction given to vertices added next. */
  u = 0;
  get vertexCount(): number {
    return this.positions.length / 3;
  }
  vertex(p: Vector3, n: Vector3): void {
    this.positions.push(p.x, p.y, p.z);
    this.normals.push(n.x, n.y, n.z);
    this.along.push(this.u);
  }
  build(): BufferGeometry {
    const g = new BufferGeometry();
    g.setAttribute('position', new Float32BufferAttribute(this.positions, 3));
    g.setAttribute('normal', new Float32BufferAttribute(this.normals, 3));
    g.setAttribute('along', new Float32BufferAttribute(this.along, 1));
    g.setIndex(this.indices);
    g.computeBoundingSphere();
    return g;
  }
}

interface Frame {
  /** Fraction of the line's length at this frame. */
  u: number;
  readonly centre: Vector3;
  readonly tangent: Vector3;
  readonly side: Vector3;
  readonly up: Vector3;
}

/** Lifted centres with a tangent frame whose `up` follows the skin normal (no tube twist). */
function framesOf(points: readonly SkinPoint[], lift: number): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const next = points[Math.min(points.length - 1, i + 1)]!;
    const prev = points[Math.max(0, i - 1)]!;
    const up = new Vector3(...p.normal).normalize();
    const tangent = new Vector3(...next.point).sub(new Vector3(...prev.point));
    tangent.addScaledVector(up, -tangent.dot(up));
    if (tangent.lengthSq() < 1e-14) tangent.copy(frames[i - 1]?.tangent ?? new Vector3(0, -1, 0));
    tangent.normalize();
    const side = new Vector3().crossVectors(tangent, up).normalize();
    frames.push({ u: 0, centre: new Vector3(...p.point).addScaledVector(up, lift), tangent, side, up });
  }
  return frames;
}

function tubeRun(builder: MeshBuilder, frames: readonly Frame[], radius: number): void {
  if (frames.length < 2) return;
  const start = builder.vertexCount;
  const offset = new Vector3();
  const normal = new Vector3();
  for (const f of frames) {
    builder.u = f.u;
    for (let k = 0; k < RING; k++) {
      const a = (k / RING) * Math.PI * 2;
      normal.copy(f.side).multiplyScalar(Math.cos(a)).addScaledVector(f.up, Math.sin(a));
      offset.copy(f.centre).addScaledVector(normal, radius);
      builder.vertex(offset, normal);
    }
  }
  for (let i = 0; i < frames.length - 1; i++) {
    for (let k = 0; k < RING; k++) {
      const a = start + i * RING + k;
      const b = start + i * RING + ((k + 1) % RING);
      const c = a + RING;
      const d = b + RING;
      builder.indices.push(a, c, b, b, c, d);
    }
  }
  capEnd(builder, frames[0]!, radius, -1);
  capEnd(builder, frames[frames.length - 1]!, radius, 1);
}

/** A flat disc closing a tube end so dashes read as solid pieces. */
function capEnd(builder: MeshBuilder, f: Frame, radius: number, direction: 1 | -1): void {
  builder.u = f.u;
  const n = f.tangent.clone().multiplyScalar(direction);
  const centreIndex = builder.vertexCount;
  builder.vertex(f.centre, n);
  const p = new Vector3();
  for (let k = 0; k < RING; k++) {
    const a = (k / RING) * Math.PI * 2;
    p.copy(f.centre).addScaledVector(f.side, Math.cos(a) * radius).addScaledVector(f.up, Math.sin(a) * radius);
    builder.vertex(p, n);
  }
  for (let k = 0; k < RING; k++) {
    const a = centreIndex + 1 + k;
    const b = centreIndex + 1 + ((k + 1) % RING);
    if (direction === 1) builder.indices.push(centreIndex, a, b);
    else builder.indices.push(centreIndex, b, a);
  }
}

/** A flattened arrowhead lying on the skin, pointing along the frame's tangent. */
function arrowhead(builder: MeshBuilder, f: Frame, length: number, radius: number): void {
  builder.u = f.u;
  const base = builder.vertexCount;
  const tip = f.centre.clone().addScaledVector(f.tangent, length / 2);
  const back = f.centre.clone().addScaledVector(f.tangent, -length / 2);
  const corners = [
    back.clone().addScaledVector(f.side, radius),
    back.clone().addScaledVector(f.up, radius * 0.45),
    back.clone().addScaledVector(f.side, -radius),
    back.clone().addScaledVector(f.up, -radius * 0.2),
  ];
  for (let k = 0; k < corners.length; k++) {
    const a = corners[k]!;
    const b = corners[(k + 1) % corners.length]!;
    const n = new Vector3().crossVectors(new Vector3().subVectors(b, tip), new Vector3().subVectors(a, tip)).normalize();
    builder.vertex(tip, n);
    builder.vertex(a, n);
    builder.vertex(b, n);
    const i = base + k * 3;
    builder.indices.push(i, i + 1, i + 2);
  }
  const n = f.tangent.clone().negate();
  const baseCap = builder.vertexCount;
  for (const c of corners) builder.vertex(c, n);
  builder.indices.push(baseCap, baseCap + 2, baseCap + 1, baseCap, baseCap + 3, baseCap + 2);
}

/** Cumulative arc length at each point. */
function arcLengths(frames: readonly Frame[]): number[] {
  const s = [0];
  for (let i = 1; i < frames.length; i++) s.push(s[i - 1]! + frames[i]!.centre.distanceTo(frames[i - 1]!.centre));
  return s;
}

/** The geometry of one phase's line: a solid or dashed tube with arrowheads in the direction of travel. */
export function buildPathGeometry(points: readonly SkinPoint[], style: PathStyle): BufferGeometry {
  const builder = new MeshBuilder();
  const frames = framesOf(points, style.lift);
  const s = arcLengths(frames);
  const total = s[s.length - 1] ?? 0;
  frames.forEach((f, i) => (f.u = total > 0 ? s[i]! / total : 0));
  if (style.dash) {
    const period = style.dash.on + style.dash.off;
    let run: Frame[] = [];
    for (let i = 0; i < frames.length; i++) {
      const on = s[i]! % period < style.dash.on;
      if (on) run.push(frames[i]!);
      if ((!on || i === frames.length - 1) && run.length > 0) {
        tubeRun(builder, run.length > 1 ? run : [run[0]!, frames[Math.min(i, frames.length - 1)]!], style.radius);
        run = [];
      }
    }
  } else {
    tubeRun(builder, frames, style.radius);
  }
  const arrows = style.arrowSpacing === null ? 0 : Math.max(1, Math.floor(total / style.arrowSpacing));
  for (let a = 0; a < arrows; a++) {
    const target = ((a + 0.5) / arrows) * total;
    const i = s.findIndex((v) => v >= target);
    const f = frames[Math.max(0, i)];
    if (f) arrowhead(builder, f, style.arrowLength, style.arrowRadius);
  }
  return builder.build();
}
