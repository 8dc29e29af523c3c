/**
 * The `early-start` build plugin: what the built page starts as its HTML is parsed, before its
 * modules have come and run. Not on the dev server (it keeps no skin, and loads modules one by one).
 * - The skin: the look into the cache for the kept mesh and the skin worker making it
 *   (`src/scene/skin/earlySkin.ts`).
 * - The code every mode with a body loads as main runs, the scene's (`src/scene/Stage.tsx` and the
 *   chunks it imports), as `modulepreload` links.
 * - The open mode's code (`src/modes/preloadModeCode.ts`).
 */
import type { Plugin } from 'vite';
import { preloadModeCode } from '../src/modes/preloadModeCode.ts';
import { EARLY_SKIN_GLOBAL, SKIN_KEPT_FLAG, startEarlySkin } from '../src/scene/skin/earlySkin.ts';
import { LAID_ENTRY, SKIN_ENTRY, skinCacheName } from '../src/scene/skin/skinCacheNames.ts';
import { skinWorkerName } from '../src/scene/skin/skinWorkerMessages.ts';
import { DEFAULT_MODE, MODE_IDS } from '../src/state/modeIds.ts';

/** What is used here of a built chunk or asset. */
interface BuiltFile {
  readonly type: string;
  readonly facadeModuleId?: string | null;
  readonly imports?: readonly string[];
}
type Bundle = Readonly<Record<string, BuiltFile>>;

/** The skin worker's built file (`src/scene/skin/skin.worker.ts`), hash and all. */
const SKIN_WORKER_FILE = /(^|\/)skin\.worker-[\w-]+\.js$/;

/** The chunk whose entry module's path ends with `path`, and every chunk it imports, in order. */
function chunksOf(bundle: Bundle, path: string): string[] | null {
  const entry = Object.keys(bundle).find((file) => bundle[file]!.type === 'chunk' && bundle[file]!.facadeModuleId?.endsWith(path));
  if (!entry) return null;
  const files = new Set<string>();
  const add = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of bundle[file]?.imports ?? []) add(imported);
  };
  add(entry);
  return [...files];
}

/** A call of `fn` with these arguments, as the text of a script (`<` escaped: it must not end the element). */
const inlineCall = (fn: (...args: never[]) => void, ...args: unknown[]): string =>
  `(${fn.toString()})(${args.map((a) => JSON.stringify(a).replace(/</g, '\\u003c')).join(', ')});`;

export function earlyStart(skinKey: string): Plugin {
  return {
    name: 'early-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const bundle: Bundle = context.bundle ?? {};
        const worker = Object.keys(bundle).find((name) => SKIN_WORKER_FILE.test(name));
        const stage = chunksOf(bundle, '/src/scene/Stage.tsx');
        const entry = html.indexOf('<script type="module"');
        if (!worker || !stage || entry < 0) throw new Error('early-start: no skin worker, scene chunk or module script in the build');
        const preloaded = (file: string) => html.includes(`/${file}"`);
        const skin = inlineCall(
          startEarlySkin,
          `/${worker}`,
          skinWorkerName({ skin: true, key: skinKey }),
          skinKey,
          skinCacheName(skinKey),
          [SKIN_ENTRY, LAID_ENTRY],
          EARLY_SKIN_GLOBAL,
          SKIN_KEPT_FLAG,
        );
        const modeChunks: Record<string, string[]> = {};
        for (const id of MODE_IDS) {
          const files = chunksOf(bundle, `/src/modes/${id}/${id[0]!.toUpperCase()}${id.slice(1)}Mode.tsx`);
          if (!files) throw new Error(`early-start: no chunk for the ${id} mode`);
          modeChunks[id] = files.filter((file) => !preloaded(file) && !stage.includes(file)).map((file) => `/${file}`);
        }
        const mode = inlineCall(preloadModeCode, modeChunks, DEFAULT_MODE);
        // Before the module script and the style sheet: a script after a style sheet waits for it.
        const page = `${html.slice(0, entry)}<script>${skin}\n${mode}</script>\n    ${html.slice(entry)}`;
        const stageLinks = stage.filter((file) => !preloaded(file)).map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`);
        return page.replace('</head>', `  ${stageLinks.join('\n    ')}\n  </head>`);
      },
    },
  };
}
