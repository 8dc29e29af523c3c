/**
 * The key under which what the app generates at start (the skin mesh and the technique laid on
 * it) is kept on the device: a hash of the generators' source files (every file the entries
 * import, followed through relative imports) and the app's version. Computed at build time and
 * handed to the app as `__SKIN_CACHE_KEY__` (vite.config.ts `define`), so any change to the skin
 * generator, to the laying code, to the data they read (landmarks, proportions, the technique) or
 * to the record formats gives a new key and both are made again on the next visit; an unchanged
 * build reads them back.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Entry files of what is cached: the skin generator and the record format it is stored in; the
 * laying code, the skin surface it lays on, the technique data and the laid technique's record.
 */
export const SKIN_KEY_ENTRIES = [
  'src/anatomy/skin/generateSkin.ts',
  'src/scene/skin/skinRecord.ts',
  'src/motion/laid/layTechnique.ts',
  'src/anatomy/skin/skinSurface.ts',
  'src/technique/index.ts',
  'src/scene/skin/laidRecord.ts',
];

/** Relative module specifiers in `import … from`, `export … from`, `import '…'` and `import('…')`. */
const RELATIVE_IMPORT = /\b(?:import|export)\b[^'"`;]*?['"](\.\.?\/[^'"]+)['"]|\bimport\(\s*['"](\.\.?\/[^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The relative specifiers a source file imports. */
export function relativeImports(source: string): string[] {
  return [...source.matchAll(RELATIVE_IMPORT)].map((m) => (m[1] ?? m[2])!);
}

function resolve(fromFile: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(fromFile), specifier);
  for (const ext of EXTENSIONS) {
    const file = base + ext;
    if (statSync(file, { throwIfNoEntry: false })?.isFile()) return file;
  }
  return null;
}

/**
 * Every source file the entries reach through relative imports (type-only ones too: harmless,
 * and they can carry constants' types), as paths relative to `root` with '/' separators, sorted.
 * An entry that is not in the tree is left out (a unit test checks that the real tree has them all).
 */
export function sourceClosure(entries: readonly string[], root: string): string[] {
  const seen = new Set<string>();
  const queue = entries.map((e) => path.resolve(root, e)).filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile());
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of relativeImports(readFileSync(file, 'utf8'))) {
      const target = resolve(file, specifier);
      if (target && /\.tsx?$/.test(target)) queue.push(target);
    }
  }
  return [...seen].map((f) => path.relative(root, f).split(path.sep).join('/')).sort();
}

/** 16 hex digits of SHA-256 over the version and each file's path and text, in a fixed order. */
export function keyOf(version: string, files: readonly { path: string; text: string }[]): string {
  const hash = createHash('sha256').update(`v${version}\0`);
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`${file.path}\0${file.text}\0`);
  return hash.digest('hex').slice(0, 16);
}

/** The skin cache key of the source tree at `root` (the repository). */
export function skinCacheKey(root: string = process.cwd()): string {
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const files = sourceClosure(SKIN_KEY_ENTRIES, root).map((p) => ({ path: p, text: readFileSync(path.join(root, p), 'utf8') }));
  return keyOf(version, files);
}
