import { OrbitControls } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Spherical, Vector3 } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import type { Vec3 } from '../../anatomy/vec';
import { useAppStore } from '../../state/store';
import { prefersReducedMotion } from '../../state/reducedMotion';
import type { CameraRequest } from '../../state/cameraRequests';
import { animationStep, frameValues } from '../../state/frameValues';
import { FRAME_ORDER } from '../frameOrder';
import { CAMERA_LIMITS, cameraPoseFor, type CameraPose } from './viewPresets';

export interface CameraRigProps {
  /** Moves a camera position that ended up inside the body back out; identity if absent. */
  readonly keepOutside?: (position: Vec3, clearance: number) => Vec3;
}

/** Frame-rate independent approach: the remaining distance halves every `halfLife` seconds. */
const approach = (halfLife: number, dt: number) => 1 - Math.pow(0.5, dt / halfLife);
const FLY_HALF_LIFE = 0.18;
const ARRIVED = 0.0005;
/** Following the hands is slower and calmer than flying to a preset. */
const FOLLOW_HALF_LIFE = 0.9;
/** Where the camera sits relative to the working hand: off the skin, a little above and behind. */
const FOLLOW_DISTANCE = 0.75;
const FOLLOW_BIAS = new Vector3(0, 0.45, 0.7);

/** Orbit, zoom and pan by mouse, touch and keyboard, preset views, and limits that keep the body in sight. */
export function CameraRig({ keepOutside }: CameraRigProps) {
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera);
  // A step chosen before the scene mounted (a shared link) is framed as soon as it appears.
  const [startPose] = useState(() => cameraPoseFor(useAppStore.getState().view ?? 'back'));
  const goal = useRef<CameraPose | null>(startPose);
  const scratch = useRef({ position: new Vector3(), target: new Vector3(), spherical: new Spherical(), offset: new Vector3() });

  /** Puts the camera at its goal at once (reduced motion). */
  const land = useCallback(() => {
    const c = controls.current;
    const g = goal.current;
    if (!c || !g) return;
    camera.position.set(...g.position);
    c.target.set(...g.target);
    goal.current = null;
    c.update();
  }, [camera]);

  /** An orbit, zoom or pan nudge from the keyboard: the camera moves at once. */
  const nudge = useCallback((command: Exclude<CameraRequest, { kind: 'preset' }>) => {
    const c = controls.current;
    if (!c) return;
    goal.current = null;
    const { offset, spherical } = scratch.current;
    offset.copy(camera.position).sub(c.target);
    if (command.kind === 'orbit') {
      spherical.setFromVector3(offset);
      spherical.theta += command.azimuth;
      spherical.phi = Math.min(CAMERA_LIMITS.maxPolarAngle, Math.max(0.05, spherical.phi + command.polar));
      offset.setFromSpherical(spherical);
      camera.position.copy(c.target).add(offset);
    } else if (command.kind === 'zoom') {
      const d = Math.min(CAMERA_LIMITS.maxDistance, Math.max(CAMERA_LIMITS.minDistance, offset.length() * command.factor));
      camera.position.copy(c.target).add(offset.setLength(d));
    } else {
      const right = new Vector3().setFromMatrixColumn(camera.matrix, 0).multiplyScalar(command.right);
      const up = new Vector3().setFromMatrixColumn(camera.matrix, 1).multiplyScalar(command.up);
      c.target.add(right).add(up);
      camera.position.add(right).add(up);
    }
    c.update();
  }, [camera]);

  // Every request comes through the store: a preset sets a goal (reduced motion jumps straight
  // there), a nudge moves the camera at once.
  useEffect(
    () =>
      useAppStore.subscribe((state, previous) => {
        const { request, serial } = state.camera;
        if (serial === previous.camera.serial || request === null) return;
        if (request.kind !== 'preset') {
          nudge(request);
          return;
        }
        goal.current = cameraPoseFor(request.view);
        if (prefersReducedMotion()) land();
      }),
    [land, nudge],
  );
  useEffect(() => {
    if (prefersReducedMotion()) land();
  }, [land]);

  useFrame(({ invalidate }, delta) => {
    const c = controls.current;
    if (!c) return;
    const g = goal.current;
    const { position, target } = scratch.current;
    const dt = animationStep(delta);
    const state = useAppStore.getState();
    // While the body is made there is nothing to watch a flight over: the body appears framed.
    if (g && state.sceneStatus === 'loading') {
      land();
      return;
    }
    if (g) {
      invalidate(); // flying: the next frame flies on
      const k = approach(FLY_HALF_LIFE, Math.min(dt, 0.1));
      position.set(...g.position);
      target.set(...g.target);
      camera.position.lerp(position, k);
      c.target.lerp(target, k);
      if (camera.position.distanceToSquared(position) < ARRIVED * ARRIVED) goal.current = null;
    } else {
      // Reduced motion: the camera moves only when the user moves it.
      const { follow } = frameValues;
      if (state.followHands && state.playing && follow.active && !prefersReducedMotion()) {
        const k = approach(FOLLOW_HALF_LIFE, Math.min(dt, 0.1));
        target.set(...follow.point);
        position.set(...follow.normal).add(FOLLOW_BIAS).normalize().multiplyScalar(FOLLOW_DISTANCE).add(target);
        c.target.lerp(target, k);
        camera.position.lerp(position, k);
      }
    }
    clampTarget(c.target);
    if (keepOutside) {
      const p = keepOutside([camera.position.x, camera.position.y, camera.position.z], CAMERA_LIMITS.skinClearance);
      camera.position.set(p[0], p[1], p[2]);
    }
  }, FRAME_ORDER.camera);

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping
      dampingFactor={0.12}
      minDistance={CAMERA_LIMITS.minDistance}
      maxDistance={CAMERA_LIMITS.maxDistance}
      maxPolarAngle={CAMERA_LIMITS.maxPolarAngle}
      target={startPose.target}
      onStart={() => {
        // The user takes over: stop flying and following until they ask again.
        goal.current = null;
        useAppStore.getState().releaseView();
        useAppStore.getState().setFollowHands(false);
      }}
    />
  );
}

function clampTarget(target: Vector3) {
  const { min, max } = CAMERA_LIMITS.targetBox;
  target.set(
    Math.min(max[0], Math.max(min[0], target.x)),
    Math.min(max[1], Math.max(min[1], target.y)),
    Math.min(max[2], Math.max(min[2], target.z)),
  );
}
