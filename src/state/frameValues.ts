/**
 * The one place for values that change every frame. The scene's frame loop writes them; the
 * camera reads them in its own frame callback; the DOM pulls them after each frame through
 * `afterEachFrame` (the scene pumps it from react-three-fiber's `addAfterEffect`). Never React
 * state, so animation re-renders nothing.
 */
export interface FrameValues {
  /** The working hand's relative pressure, 0..1. */
  pressure: number;
  /**
   * The frame being drawn is the first after the scene stood still (it draws only when something
   * moves): react-three-fiber's delta then spans the whole pause, which is no time to animate by.
   */
  resumed: boolean;
  /** Where the working hand (or the middle of two working hands) touches the skin, for the camera. */
  readonly follow: { active: boolean; readonly point: [number, number, number]; readonly normal: [number, number, number] };
}

export const frameValues: FrameValues = {
  pressure: 0,
  resumed: true,
  follow: { active: false, point: [0, 0, 0], normal: [0, 0, 1] },
};

type FrameReader = (values: Readonly<FrameValues>) => void;
const readers = new Set<FrameReader>();

/** Calls `reader` after every drawn frame (the DOM reading per-frame values); returns the way out. */
export function afterEachFrame(reader: FrameReader): () => void {
  readers.add(reader);
  return () => readers.delete(reader);
}

/** Seconds an animation moves on in this frame: `delta`, or none on a frame that ends a pause (`resumed`). */
export const animationStep = (delta: number): number => (frameValues.resumed ? 0 : delta);

/** Hands this frame's values to every reader; called once per frame by the scene. */
export function frameDrawn(): void {
  for (const reader of readers) reader(frameValues);
}
