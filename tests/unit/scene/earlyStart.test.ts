import { describe, expect, test } from 'vitest';
import type { IndexHtmlTransformContext } from 'vite';
import { earlyStart } from '../../../scripts/earlyStart';
import { EARLY_SKIN_GLOBAL } from '../../../src/scene/skin/earlySkin';
import { MODE_IDS } from '../../../src/state/modeIds';

const KEY = '0123456789abcdef';
const HTML = `<!doctype html>
<html><head>
    <title>t</title>
    <script type="module" crossorigin src="/assets/index-1.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-2.js">
    <link rel="stylesheet" crossorigin href="/assets/index-3.css">
  </head><body></body></html>`;

const chunk = (facadeModuleId: string | null, imports: string[] = []) => ({ type: 'chunk', facadeModuleId, imports });
const mode = (id: string) => `/work/src/modes/${id}/${id[0]!.toUpperCase()}${id.slice(1)}Mode.tsx`;

/** A build's files: the entry, the scene's chunk and what it imports, each mode's chunk, the worker. */
function bundle() {
  const files: Record<string, unknown> = {
    'assets/index-1.js': chunk('/work/index.html', ['assets/react-2.js']),
    'assets/react-2.js': chunk(null),
    'assets/Stage-4.js': chunk('/work/src/scene/Stage.tsx', ['assets/react-2.js', 'assets/bodySdf-5.js']),
    'assets/bodySdf-5.js': chunk(null),
    'assets/body-api-6.js': chunk(null, ['assets/bodySdf-5.js']),
    'assets/skin.worker-7.js': { type: 'asset', source: 'self.close()' },
  };
  for (const id of MODE_IDS) files[`assets/${id}-8.js`] = chunk(mode(id), ['assets/body-api-6.js', 'assets/react-2.js']);
  return files;
}

function transform(files: Record<string, unknown>): string {
  const hook = earlyStart(KEY).transformIndexHtml as unknown as { handler: (html: string, context: IndexHtmlTransformContext) => string };
  return hook.handler(HTML, { bundle: files } as unknown as IndexHtmlTransformContext);
}

describe('the early-start build step', () => {
  test('puts its script before the module script and the style sheet, and preloads the scene once', () => {
    const page = transform(bundle());
    const script = page.indexOf(`(function startEarlySkin`);
    expect(script).toBeGreaterThan(0);
    expect(script).toBeLessThan(page.indexOf('<script type="module"'));
    expect(page).toContain('"/assets/skin.worker-7.js"');
    expect(page).toContain(JSON.stringify(EARLY_SKIN_GLOBAL));
    expect(page).toContain('<link rel="modulepreload" crossorigin href="/assets/Stage-4.js">');
    expect(page).toContain('<link rel="modulepreload" crossorigin href="/assets/bodySdf-5.js">');
    expect(page.match(/href="\/assets\/react-2.js"/g)).toHaveLength(1); // preloaded already: not twice
  });

  test("gives each mode its own chunks, less what the page preloads anyway", () => {
    const page = transform(bundle());
    const call = page.slice(page.indexOf('(function preloadModeCode'));
    const chunks = JSON.parse(call.slice(call.indexOf('})(') + 3, call.lastIndexOf(', "lesson");'))) as Record<string, string[]>;
    expect(Object.keys(chunks).sort()).toEqual([...MODE_IDS].sort());
    expect(chunks.check).toEqual(['/assets/check-8.js', '/assets/body-api-6.js']);
  });

  test('a build without the worker or the scene fails, instead of a page that starts nothing', () => {
    const files = bundle();
    delete files['assets/skin.worker-7.js'];
    expect(() => transform(files)).toThrow(/early-start/);
  });
});
