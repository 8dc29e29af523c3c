import { useEffect } from 'react';
import { MeshStandardMaterial, type Material } from 'three';
import { useAppStore } from '../../state/store';
import { useLocalized } from '../../ui/useLocalized';
import type { TechniqueOverlay as Overlay } from './overlayGeometry';
import { createLineMaterial, type LineUniforms } from './lineMaterial';
import { COLOURS } from './pathStyles';
import { PointMarkers } from './PointMarkers';
import { SceneLabel } from './SceneLabel';
import { useLabelFacing } from './useLabelFacing';

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
    dial: new MeshStandardMaterial({ color: COLOURS.dial, roughness: 0.8 }),
  };
}

export interface TechniqueOverlayProps {
  readonly overlay: Overlay;
  readonly lines: OverlayLines;
}

/** Every path and pressure point of the technique on the skin, with the chosen step lit and the rest dimmed. */
export function TechniqueOverlay({ overlay, lines }: TechniqueOverlayProps) {
  const selected = useAppStore((s) => s.selectedView);
  const inspect = useAppStore((s) => s.inspect);
  const local = useLocalized();
  useLabelFacing();

  useEffect(() => {
    overlay.phases.forEach((phase, i) => {
      // The overview shows every path faintly; a chosen step lights its own.
      const lit = selected === phase.stepId ? 1 : 0;
      lines.pressure.uniforms.uLit.value[i] = lit;
      lines.glide.uniforms.uLit.value[i] = lit;
    });
  }, [overlay, lines, selected]);

  const showDials = selected === 'setting' || selected === 'scapulae';
  return (
    <group>
      <mesh geometry={overlay.pressure} material={lines.pressure.material} raycast={() => null} />
      <mesh geometry={overlay.glide} material={lines.glide.material} raycast={() => null} />
      {showDials && <mesh geometry={overlay.dials} material={lines.dial} raycast={() => null} />}
      <PointMarkers points={overlay.points} selected={selected} />
      {selected !== 'setting' && (
        <>
          {overlay.points
            .filter((p) => p.stepId === selected)
            .map((p, i) => (
              <SceneLabel key={`${p.actionId}-${i}`} at={p.at} name={local(p.label)} className="point-label" onActivate={() => inspect(p.actionId)}>
                {p.number}
              </SceneLabel>
            ))}
          {overlay.strokes
            .filter((s) => s.stepId === selected)
            .map((s) => (
              <SceneLabel key={s.actionId} at={s.labelAt} name={local(s.title)} className="stroke-label" onActivate={() => inspect(s.actionId)}>
                {s.letter}
              </SceneLabel>
            ))}
        </>
      )}
      {selected === 'scapulae' &&
        overlay.dialNumbers.map((d) => (
          <SceneLabel key={`${d.side}${d.hour}`} at={d.at} name="" className="dial-number">
            {d.hour}
          </SceneLabel>
        ))}
    </group>
  );
}
