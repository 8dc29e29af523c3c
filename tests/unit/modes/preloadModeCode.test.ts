// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { preloadModeCode } from '../../../src/modes/preloadModeCode';

const CHUNKS = {
  lesson: ['/assets/LessonMode-a.js', '/assets/body-api-b.js'],
  check: ['/assets/CheckMode-c.js', '/assets/records-d.js'],
};

/** The page at `search`, the inline script run on its own text, as the built page runs it. */
function runAt(search: string): string[] {
  document.head.replaceChildren();
  window.history.replaceState(null, '', `/${search}`);
  const standalone = new Function(`return (${preloadModeCode.toString()})`)() as typeof preloadModeCode;
  standalone(CHUNKS, 'lesson');
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => {
    expect(link.getAttribute('crossorigin')).toBe(''); // as the build's own module preloads: one fetch, not two
    return new URL(link.href).pathname;
  });
}

describe("the open mode's code, asked for as the HTML is parsed", () => {
  test('the mode the link names', () => {
    expect(runAt('?mode=check&lang=en')).toEqual(CHUNKS.check);
  });

  test('the default mode where the link names none, or one the app does not have (as the app opens it)', () => {
    expect(runAt('')).toEqual(CHUNKS.lesson);
    expect(runAt('?mode=quiz')).toEqual(CHUNKS.lesson);
  });
});
