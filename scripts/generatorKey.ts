/**
 * The key under which what the app generates at start (the skin mesh) is kept on the device: a
 * hash of the generator's source files (every file its entry imports, followed through relative
 * imports) and the app's version. Computed at build time and handed to the app as
 * `__SKIN_CACHE_KEY__` (vite.config.ts `define`), so any change to the generator, to the data it
 * reads (landmarks, proportions) or to the record format gives a new key and the mesh is generated
 * again on the next visit; an unchanged build reads it back.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Entry files of what is cached: the generator, and the record format it is stored in. */
export const SKIN_KEY_ENTRIES = ['src/anatomy/skin/generateSkin.ts', 'src/scene/skin/skinRecord.ts'];

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
 */
export function sourceClosure(entries: readonly string[], root: string): string[] {
  const seen = new Set<string>();
  const queue = entries.map((e) => path.resolve(root, e));
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
