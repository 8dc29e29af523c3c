import { useTranslation } from 'react-i18next';
import { SKIN_MODES, type SkinMode } from '../state/preferences';
import { useAppStore } from '../state/store';

const SKIN_LABEL_KEYS = {
  opaque: 'layers.skinOpaque',
  translucent: 'layers.skinTranslucent',
  hidden: 'layers.skinHidden',
} as const satisfies Record<SkinMode, string>;

/** Skin solid / see-through / hidden, bones on or off, bone names on request. */
export function LayerControls() {
  const { t } = useTranslation();
  const { skinMode, showBones, showBoneLabels } = useAppStore((s) => s.preferences);
  const setSkinMode = useAppStore((s) => s.setSkinMode);
  const setShowBones = useAppStore((s) => s.setShowBones);
  const setShowBoneLabels = useAppStore((s) => s.setShowBoneLabels);
  return (
    <section className="panel-section" aria-labelledby="layers-title">
      <h2 id="layers-title">{t('layers.title')}</h2>
      <fieldset className="segmented">
        <legend>{t('layers.skin')}</legend>
        {SKIN_MODES.map((mode) => (
          <label key={mode}>
            <input type="radio" name="skin-mode" value={mode} checked={skinMode === mode} onChange={() => setSkinMode(mode)} />
            <span>{t(SKIN_LABEL_KEYS[mode])}</span>
          </label>
        ))}
      </fieldset>
      <label className="toggle">
        <input type="checkbox" checked={showBones} onChange={(e) => setShowBones(e.target.checked)} />
        <span>{t('layers.bones')}</span>
      </label>
      <label className="toggle">
        <input type="checkbox" checked={showBoneLabels} onChange={(e) => setShowBoneLabels(e.target.checked)} />
        <span>{t('layers.boneLabels')}</span>
      </label>
    </section>
  );
}
