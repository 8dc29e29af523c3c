import type { ThreeEvent } from '@react-three/fiber';
import { useEffect } from 'react';
import type { BufferGeometry, Material } from 'three';
import { createVertexLitMaterial } from '../materials/vertexLitMaterial';
import { useAppStore } from '../../state/store';
import { linesDrawnIn, type TechniqueOverlay as Overlay } from './overlayGeometry';
import { createLineMaterial, type LineUniforms } from './lineMaterial';
import { COLOURS } from './pathStyles';
import { PointMarkers } from './PointMarkers';
import { useLabelPlacement } from './useLabelPlacement';
import { DRAG_PX, pickTarget } from '../body-api/sendPick';

export interface OverlayLines {
  readonly pressure: { readonly material: Material; readonly uniforms: LineUniforms };
  readonly glide: { readonly material: Material; readonly uniforms: LineUniforms };
  readonly dial: Material;
}

/** The line materials for an overlay; their uniforms are how the animation lights the playing phase. */
export function createOverlayLines(overlay: Overlay): OverlayLines {
  return {
    pressure: createLineMaterial(COLOURS.pressure, overlay.phases.length),
    glide: createLineMaterial(COLOURS.glide, overlay.phases.length),
    dial: createVertexLitMaterial({ color: COLOURS.dial }),
  };
}

export interface TechniqueOverlayProps {
  readonly overlay: Overlay;
  readonly lines: OverlayLines;
}

/**
 * Every path and pressure point of the technique on the skin: the overview draws every line,
 * faintly; a chosen step draws only its own lines, lit.
 */
export function TechniqueOverlay({ overlay, lines }: TechniqueOverlayProps) {
  const selected = useAppStore((s) => s.selectedView);
  useLabelPlacement();

  const layers = useAppStore((s) => s.bodyLayers);

  // A tapped line or marker goes to the open mode as a pick (the lesson opens its details).
  const onLine = (geometry: BufferGeometry) => (event: ThreeEvent<MouseEvent>) => {
    const index = event.face ? geometry.getAttribute('drawnPhase').getX(event.face.a) : -1;
    const phase = overlay.phases[index];
    if (!phase || event.delta > DRAG_PX) return;
    event.stopPropagation();
    pickTarget('tap', phase, event.point.toArray());
  };

  useEffect(() => {
    overlay.phases.forEach((phase, i) => {
      const lit = selected === phase.stepId ? 1 : 0;
      lines.pressure.uniforms.uLit.value[i] = lit;
      lines.glide.uniforms.uLit.value[i] = lit;
    });
    for (const kind of ['pressure', 'glide'] as const) {
      const range = linesDrawnIn(overlay, kind, selected);
      overlay[kind].setDrawRange(range.start, range.count);
    }
  }, [overlay, lines, selected]);

  const showDials = layers.points && (selected === 'setting' || selected === 'scapulae');
  return (
    <group>
      <mesh visible={layers.paths} geometry={overlay.pressure} material={lines.pressure.material} onClick={onLine(overlay.pressure)} />
      <mesh visible={layers.paths} geometry={overlay.glide} material={lines.glide.material} onClick={onLine(overlay.glide)} />
      {showDials && <mesh geometry={overlay.dials} material={lines.dial} raycast={() => null} />}
      {layers.points && (
        <PointMarkers points={overlay.points} selected={selected} onOpen={(p, at) => pickTarget('tap', p, at)} />
      )}
    </group>
  );
}
