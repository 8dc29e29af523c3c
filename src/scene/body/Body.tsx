import { useAppStore } from '../../state/store';
import { pickOnSkin } from '../body-api/sendPick';
import { Bones } from './Bones';
import { Skin } from './Skin';

/** The mother: skin over bones, each layer switched from the layer controls. */
export function Body() {
  const skinMode = useAppStore((s) => s.preferences.skinMode);
  const showBones = useAppStore((s) => s.preferences.showBones);
  const showBoneLabels = useAppStore((s) => s.preferences.showBoneLabels);
  const setSceneStatus = useAppStore((s) => s.setSceneStatus);
  return (
    <group>
      <Skin mode={skinMode} onReady={() => setSceneStatus('ready')} onTap={pickOnSkin} />
      <Bones visible={showBones} showLabels={showBones && showBoneLabels} />
    </group>
  );
}
