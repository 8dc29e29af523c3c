// @vitest-environment jsdom
import { readFileSync, statSync } from 'node:fs';
import { render } from '@testing-library/react';
import { act } from 'react';
import { beforeEach, expect, test } from 'vitest';
import { INITIAL_APP_STATE, useAppStore } from '../../../src/state/store';
import { HAND_PART_LABELS } from '../../../src/technique/labels';
import type { HandPart } from '../../../src/technique/types';
import { HAND_PART_PICTURE_SIZE, HandPartPicture } from '../../../src/ui/HandPartPicture';

const PARTS = Object.keys(HAND_PART_LABELS) as HandPart[];

beforeEach(() => {
  useAppStore.setState(INITIAL_APP_STATE, true);
});

test('every hand part has its picture, a small WebP made by scripts/hand-pictures.mjs', () => {
  expect(PARTS).toHaveLength(8);
  for (const part of PARTS) {
    const file = `public/hand-parts/${part}.webp`;
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 4).toString('latin1'), file).toBe('RIFF');
    expect(bytes.subarray(8, 12).toString('latin1'), file).toBe('WEBP');
    expect(statSync(file).size, file).toBeLessThanOrEqual(8 * 1024);
  }
});

test('a lazy picture with its size set and the part named in the current language', () => {
  const { container, rerender } = render(<HandPartPicture part="backOfFingers" />);
  const img = container.querySelector('img')!;
  expect(img.getAttribute('src')).toMatch(/hand-parts\/backOfFingers\.webp$/);
  expect(img.getAttribute('loading')).toBe('lazy');
  expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual([String(HAND_PART_PICTURE_SIZE), String(HAND_PART_PICTURE_SIZE)]);
  expect(img.getAttribute('alt')).toBe('Punggung jari');
  expect(container.querySelector('figcaption')!.textContent).toBe('Punggung jari');
  act(() => useAppStore.getState().chooseLanguage('en'));
  rerender(<HandPartPicture part="fist" size={64} />);
  expect(img.getAttribute('alt')).toBe('Fist');
  expect(img.getAttribute('width')).toBe('64');
  expect(container.querySelector('figcaption')!.textContent).toBe('Fist');
});
