/** Named camera views a trainer can jump to. Their geometry lives in `scene/camera/viewPresets.ts`. */
export const VIEW_PRESETS = ['back', 'leftShoulder', 'rightShoulder', 'neck', 'leftScapula', 'rightScapula'] as const;
export type ViewPresetId = (typeof VIEW_PRESETS)[number];
