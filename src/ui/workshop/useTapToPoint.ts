import { useCallback, useRef, type PointerEvent } from 'react';
import type { Point3 } from '../../state/workshop/workshopSync';

/** A press that moves less than this (px) before it lifts is a point on the body, not a camera drag. */
const TAP_SLOP_PX = 6;

type SkinAt = (clientX: number, clientY: number) => { readonly point: Point3; readonly normal: Point3 } | null;

/**
 * The trainer's pointer: a click or tap on the body (not a drag that turns the camera) puts a
 * pulsing ring at that place on the skin. Returns the handlers for the element round the 3D view;
 * `skinAt` is the body API's, `point` the workshop's (the ring shows in both windows).
 */
export function useTapToPoint(skinAt: SkinAt, point: (at: Point3, normal: Point3) => void) {
  const press = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = useCallback((event: PointerEvent) => {
    press.current = event.button === 0 ? { x: event.clientX, y: event.clientY } : null;
  }, []);
  const onPointerUp = useCallback(
    (event: PointerEvent) => {
      const start = press.current;
      press.current = null;
      if (!start || Math.hypot(event.clientX - start.x, event.clientY - start.y) > TAP_SLOP_PX) return;
      const hit = skinAt(event.clientX, event.clientY);
      if (hit) point(hit.point, hit.normal);
    },
    [skinAt, point],
  );
  return { onPointerDown, onPointerUp };
}
