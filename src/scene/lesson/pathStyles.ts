import type { PathStyle } from '../paths/pathGeometry';

/**
 * The two ways a stroke is drawn. They differ in thickness and dashes, not only in colour, so
 * pressure reads for colour-blind trainees and on a washed-out projector too.
 */
export const PRESSURE_STYLE: PathStyle = {
  radius: 0.0026,
  lift: 0.0028,
  dash: null,
  arrowSpacing: 0.045,
  arrowLength: 0.014,
  arrowRadius: 0.0065,
};

export const GLIDE_STYLE: PathStyle = {
  radius: 0.0011,
  lift: 0.0016,
  dash: { on: 0.006, off: 0.005 },
  arrowSpacing: 0.05,
  arrowLength: 0.01,
  arrowRadius: 0.0042,
};

export const DIAL_STYLE: PathStyle = {
  radius: 0.0008,
  lift: 0.0012,
  dash: null,
  arrowSpacing: null,
  arrowLength: 0,
  arrowRadius: 0,
};

export const COLOURS = {
  pressure: '#c8423a',
  glide: '#2f7fb0',
  dial: '#3b3b3b',
  point: '#c8423a',
  pointFill: '#ffffff',
  /**
   * The steps' patches in the overview (sRGB; from the Okabe-Ito palette, which stays apart for
   * colour-blind eyes; red is kept for pressure). Each patch also carries its step's number, so
   * the colour is never the only way to tell them apart.
   */
  regions: { neck: '#009e73', shoulders: '#f0e442', scapulae: '#cc79a7', back: '#56b4e9' },
} as const;
