import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { DoubleSide, Group, MeshBasicMaterial, Quaternion, RingGeometry, Vector3 } from 'three';
import { SKIN_SURFACE } from '../../anatomy/skin/skinSurface';
import type { Vec3 } from '../../anatomy/vec';
import { prefersReducedMotion } from '../../state/reducedMotion';
import type { BodyHighlight, NamedPlace } from '../../state/slices/bodySlice';
import { useAppStore } from '../../state/store';
import { FRAME_ORDER } from '../frameOrder';

/** Ring size (metres): about a fingertip wide, visible from across a room on a projector. */
const RING_INNER = 0.011;
const RING_OUTER = 0.016;
/** Off the skin so the ring is never buried in it. */
const LIFT = 0.003;
/** One pulse a second, growing to 1.6x. */
const PULSE_HZ = 1;
const PULSE_GROWTH = 0.6;

const _z = new Vector3(0, 0, 1);
const _normal = new Vector3();

interface Ring {
  readonly at: Vec3;
  readonly normal: Vec3;
}

/** Where rings go for a highlight: the point itself, or every place of a movement. */
function ringsFor(highlight: BodyHighlight | null, places: readonly NamedPlace[]): Ring[] {
  if (!highlight) return [];
  if (highlight.kind === 'point') return [{ at: highlight.at, normal: highlight.normal }];
  return places
    .filter((place) => place.actionId === highlight.actionId)
    // A point's places; where each line of a stroke starts (both sides of a mirrored one).
    .flatMap((place) => (place.kind === 'point' ? place.points : place.lines.map((line) => line[0]).filter((p) => p !== undefined)))
    .map((p) => ({ at: p, normal: SKIN_SURFACE.project(p).normal }));
}

/**
 * Pulsing rings on the skin where the open mode asks for attention (the body API's `highlight`):
 * a trainer's pointer, a quiz's true answer. A dark edge inside a bright ring reads on light and
 * dark skin alike; with reduced motion the ring stands still.
 */
export function HighlightRings() {
  const highlight = useAppStore((s) => s.bodyHighlight);
  const places = useAppStore((s) => s.namedPlaces);
  const rings = useMemo(() => ringsFor(highlight, places), [highlight, places]);
  const geometry = useMemo(() => ({ outer: new RingGeometry(RING_INNER, RING_OUTER, 48), edge: new RingGeometry(RING_INNER - 0.002, RING_INNER, 48) }), []);
  const materials = useMemo(
    () => ({
      outer: new MeshBasicMaterial({ color: '#f2a900', side: DoubleSide, depthTest: false, transparent: true }),
      edge: new MeshBasicMaterial({ color: '#1d2a33', side: DoubleSide, depthTest: false, transparent: true }),
    }),
    [],
  );
  const group = useRef<Group>(null);
  useEffect(
    () => () => {
      for (const part of [geometry.outer, geometry.edge, materials.outer, materials.edge]) part.dispose();
    },
    [geometry, materials],
  );

  useFrame(({ clock, invalidate }) => {
    if (!group.current) return;
    const still = prefersReducedMotion();
    if (rings.length > 0 && !still) invalidate(); // pulsing: the next frame too
    const phase = still ? 0 : (clock.elapsedTime * PULSE_HZ) % 1;
    const scale = 1 + PULSE_GROWTH * phase;
    for (const child of group.current.children) child.scale.setScalar(scale);
    materials.outer.opacity = 1 - 0.6 * phase;
  }, FRAME_ORDER.labels);

  return (
    <group ref={group}>
      {rings.map((ring, i) => {
        _normal.set(...ring.normal);
        const quaternion = new Quaternion().setFromUnitVectors(_z, _normal);
        const position = new Vector3(...ring.at).addScaledVector(_normal, LIFT);
        return (
          <group key={i} position={position} quaternion={quaternion} renderOrder={10}>
            <mesh geometry={geometry.outer} material={materials.outer} renderOrder={10} raycast={() => null} />
            <mesh geometry={geometry.edge} material={materials.edge} renderOrder={10} raycast={() => null} />
          </group>
        );
      })}
    </group>
  );
}
