/**
 * The order of the scene's frame callbacks (react-three-fiber `useFrame` priorities: lower runs
 * first). The timeline moves first, the camera follows what it wrote, the hands are posed, then
 * the labels are placed for the camera's new view; last, whether the next frame is needed
 * (`DrawOnDemand`), after drei's controls (-1) have moved the camera. All negative: in
 * react-three-fiber a positive priority takes the render over from it.
 */
export const FRAME_ORDER = {
  timeline: -40,
  camera: -30,
  hands: -20,
  labels: -10,
  demand: -0.5,
} as const;
