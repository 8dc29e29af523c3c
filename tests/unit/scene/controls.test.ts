import { describe, expect, test } from 'vitest';
import { cameraPoseFor, CAMERA_LIMITS } from '../../../src/scene/camera/viewPresets';
import { litCopies } from '../../../src/scene/playback/activePhases';
import { cameraRequestForKey as commandForKey } from '../../../src/state/cameraRequests';
import { VIEW_PRESETS } from '../../../src/state/viewPresetIds';
import { distance } from '../../../src/anatomy/vec';
import { LANDMARKS } from '../../../src/anatomy/landmarks';

describe('keyboard camera', () => {
  test('arrows orbit, shift+arrows pan, +/- zoom, other keys are not ours', () => {
    expect(commandForKey('ArrowLeft', false)).toMatchObject({ kind: 'orbit' });
    expect(commandForKey('ArrowUp', true)).toMatchObject({ kind: 'pan', up: expect.any(Number) });
    expect(commandForKey('+', false)).toMatchObject({ kind: 'zoom' });
    expect((commandForKey('+', false) as { factor: number }).factor).toBeLessThan(1);
    expect((commandForKey('-', false) as { factor: number }).factor).toBeGreaterThan(1);
    expect(commandForKey('x', false)).toBeNull();
    expect(commandForKey('r', false)).toEqual({ kind: 'preset', view: 'back' });
    expect(commandForKey('Home', false)).toEqual({ kind: 'preset', view: 'back' });
  });
});

describe('preset views', () => {
  test('every preset looks at the body from behind it, within the zoom limits', () => {
    for (const id of VIEW_PRESETS) {
      const pose = cameraPoseFor(id);
      const d = distance(pose.position, pose.target);
      expect(d, id).toBeGreaterThanOrEqual(CAMERA_LIMITS.minDistance);
      expect(d, id).toBeLessThanOrEqual(CAMERA_LIMITS.maxDistance);
      expect(pose.position[2], `${id}: the giver's side`).toBeGreaterThan(pose.target[2]);
    }
  });

  test('the shoulder views look at their own shoulder', () => {
    expect(cameraPoseFor('leftShoulder').position[0]).toBeLessThan(LANDMARKS['L.scapula.acromion'].skin[0] + 0.1);
    expect(cameraPoseFor('rightShoulder').position[0]).toBeGreaterThan(0);
  });
});

describe('which drawn line lights up', () => {
  const copies = [
    { index: 4, mirrored: false },
    { index: 5, mirrored: true },
  ];
  test('both copies when both sides work together, one when they alternate', () => {
    expect(litCopies(copies, 'both')).toEqual([4, 5]);
    expect(litCopies(copies, 'R')).toEqual([4]);
    expect(litCopies(copies, 'L')).toEqual([5]);
    expect(litCopies([{ index: 7, mirrored: false }], 'L')).toEqual([7]);
    expect(litCopies(undefined, 'both')).toEqual([]);
  });
});
