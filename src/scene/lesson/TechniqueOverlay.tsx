import type { ThreeEvent } from '@react-three/fiber';
import { useEffect } from 'react';
import type { BufferGeometry, Material } from 'three';
import { createVertexLitMaterial } from '../materials/vertexLitMaterial';
import { useAppStore } from '../../state/store';
import { linesDrawnIn, type TechniqueOverlay as Overlay } from './overlayGeometry';
import { createLineMaterial, type LineUniforms } from './lineMaterial';
import { COLOURS } from './pathStyles';
import { PointMarkers } from './PointMarkers';
import type { RegionSeeds } from './stepRegions';
import { StepRegions } from './StepRegions';
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
  /** Each step's places on the skin, which the overview's patches grow from. */
  readonly seeds: RegionSeeds;
}

/**
 * The technique on the skin. The overview is a calm map: each step's region shaded (its number
 * is a label) and the pressure points as small dots, no lines. A chosen step draws its own
 * lines, lit, its numbered markers and (the shoulder blades) the clock dials.
 * The `paths` layer carries the lines and the overview's patches, `points` the markers and dials.
 */
export function TechniqueOverlay({ overlay, lines, seeds }: TechniqueOverlayProps) {
  const selected = useAppStore((s) => s.selectedView);
  useLabelPlacement();

  const layers = useAppStore((s) => s.bodyLayers);
  const skinShown = useAppStore((s) => s.preferences.skinMode !== 'hidden');
  const overview = selected === 'setting';

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

  const showDials = layers.points && selected === 'scapulae';
  const showLines = layers.paths && !overview;
  return (
    <group>
      <mesh visible={showLines} geometry={overlay.pressure} material={lines.pressure.material} onClick={onLine(overlay.pressure)} />
      <mesh visible={showLines} geometry={overlay.glide} material={lines.glide.material} onClick={onLine(overlay.glide)} />
      <StepRegions seeds={seeds} visible={overview && layers.paths && skinShown} />
      {showDials && <mesh geometry={overlay.dials} material={lines.dial} raycast={() => null} />}
      {layers.points && (
        <PointMarkers points={overlay.points} selected={selected} onOpen={(p, at) => pickTarget('tap', p, at)} />
      )}
    </group>
  );
}
