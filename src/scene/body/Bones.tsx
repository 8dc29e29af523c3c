import { Html } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { boneLabels, DEFAULT_LABELLED_BONES, boneIndexOf, boneSide, buildSkeletonGeometry, type BoneId } from '../../anatomy/bones';
import { useAppStore } from '../../state/store';
import { createBoneMaterial } from './boneMaterial';

export interface BonesProps {
  /** Draw the skeleton at all. It is built the first time it is shown. */
  readonly visible?: boolean;
  /** One bone drawn in the highlight colour (and labelled, if labels are on). */
  readonly highlight?: BoneId | null;
  /** Show the names of a few bones as DOM labels. */
  readonly showLabels?: boolean;
  /** Which bones get a label; by default the few the massage points sit on. */
  readonly labelled?: readonly BoneId[];
}

/**
 * The bones under the skin: one merged geometry (one draw call) with an ivory material, a
 * highlight for one bone picked by its index, and optional name labels.
 */
export function Bones({ visible = true, highlight = null, showLabels = false, labelled = DEFAULT_LABELLED_BONES }: BonesProps) {
  // Build lazily: the skeleton is hidden by default, and building it takes a little while.
  const [wanted, setWanted] = useState(visible);
  if (visible && !wanted) setWanted(true);
  const geometry = useMemo(() => (wanted ? buildSkeletonGeometry() : null), [wanted]);
  const bone = useMemo(() => createBoneMaterial(), []);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => () => geometry?.dispose(), [geometry]);
  useEffect(() => () => bone.material.dispose(), [bone]);
  useEffect(() => {
    bone.setHighlight(highlight ? boneIndexOf(highlight) : null);
    invalidate();
  }, [bone, highlight, invalidate]);

  if (!geometry) return null;
  return (
    <group visible={visible} name="bones">
      <mesh geometry={geometry} material={bone.material} name="skeleton" renderOrder={0} />
      {visible && showLabels ? <BoneLabels ids={highlight && !labelled.includes(highlight) ? [...labelled, highlight] : labelled} highlight={highlight} /> : null}
    </group>
  );
}

const LABEL_STYLE: CSSProperties = {
  display: 'inline-block',
  transform: 'translate(6px, -50%)',
  padding: '1px 6px',
  borderRadius: 4,
  background: 'rgba(255, 252, 245, 0.88)',
  color: '#3a2f22',
  font: '600 11px/1.35 system-ui, sans-serif',
  whiteSpace: 'nowrap',
  boxShadow: '0 1px 3px rgba(0, 0, 0, 0.25)',
  pointerEvents: 'none',
  userSelect: 'none',
};

const LEFTWARD: CSSProperties = { transform: 'translate(calc(-100% - 6px), -50%)' };
const HIGHLIGHTED: CSSProperties = { background: '#f0a020', color: '#1d1408' };

const DOT_STYLE: CSSProperties = {
  position: 'absolute',
  left: -3,
  top: -3,
  width: 6,
  height: 6,
  borderRadius: 3,
  background: '#8a6a3a',
  pointerEvents: 'none',
};

function BoneLabels({ ids, highlight }: { ids: readonly BoneId[]; highlight: BoneId | null }) {
  const language = useAppStore((s) => s.language);
  const labels = useMemo(() => boneLabels().filter((l) => ids.includes(l.id)), [ids]);
  // drei's <Html> re-creates its DOM root when the event target connects after it mounted, and
  // the new root stays empty; so mount the labels only once the canvas's events are connected.
  const connected = useThree((s) => s.events.connected);
  if (!connected) return null;
  return (
    <>
      {labels.map((l) => {
        const name = l.name[language];
        const on = l.id === highlight;
        // Seen from behind (the giver's view) the mother's left is on the left: left labels run leftward.
        const style = { ...LABEL_STYLE, ...(boneSide(l.id) === 'L' ? LEFTWARD : null), ...(on ? HIGHLIGHTED : null) };
        return (
          <Html key={l.id} position={[...l.position]} zIndexRange={[10, 0]} pointerEvents="none" style={{ pointerEvents: 'none' }}>
            <span style={DOT_STYLE} aria-hidden="true" />
            <span role="note" aria-label={name} data-bone={l.id} style={style}>
              {name}
            </span>
          </Html>
        );
      })}
    </>
  );
}
