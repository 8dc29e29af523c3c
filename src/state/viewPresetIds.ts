/** Named camera views. Their geometry lives in `scene/camera/viewPresets.ts`. */
export const VIEW_PRESETS = [
  'back',
  'leftShoulder',
  'rightShoulder',
  'neck',
  'leftScapula',
  'rightScapula',
  'shoulders',
  'scapulae',
] as const;
export type ViewPresetId = (typeof VIEW_PRESETS)[number];

/** The presets offered as buttons; the others frame whole steps. */
export const VIEW_BUTTONS = ['back', 'leftShoulder', 'rightShoulder', 'neck', 'leftScapula', 'rightScapula'] as const satisfies readonly ViewPresetId[];
