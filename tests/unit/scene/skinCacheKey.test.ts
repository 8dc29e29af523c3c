import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { SKIN_KEY_ENTRIES, keyOf, relativeImports, skinCacheKey, sourceClosure } from '../../../scripts/generatorKey';

const ROOT = path.resolve(__dirname, '../../..');

describe('the skin cache key', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** A throw-away source tree: package.json plus the given files. */
  function tree(files: Record<string, string>, version = '1.0.0'): string {
    const root = mkdtempSync(path.join(tmpdir(), 'skin-key-'));
    dirs.push(root);
    writeFileSync(path.join(root, 'package.json'), JSON.stringify({ version }));
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    return root;
  }

  test('finds relative imports in every form, and only relative ones', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      'import {\n  c,\n  d,\n} from "./cd";',
      "export * from './e';",
      "export { f } from './f';",
      "import './side-effect';",
      "const g = await import('./g');",
      "import { Vector3 } from 'three';",
      "const text = 'import from nowhere';",
    ].join('\n');
    expect(relativeImports(source)).toEqual(['./a', '../b', './cd', './e', './f', './side-effect', './g']);
  });

  test("covers the generator's whole import closure and the record format", () => {
    const files = sourceClosure(SKIN_KEY_ENTRIES, ROOT);
    for (const file of [
      ...SKIN_KEY_ENTRIES,
      'src/anatomy/skin/bodySdf.ts',
      'src/anatomy/skin/surfaceNets.ts',
      'src/anatomy/skin/smooth.ts',
      'src/anatomy/skin/program.ts',
      'src/anatomy/landmarks.ts',
      'src/anatomy/vec.ts',
    ])
      expect(files).toContain(file);
    // What only reads or draws the mesh is not an input to it.
    expect(files).not.toContain('src/scene/skin/loadSkin.ts');
    expect(files).not.toContain('src/scene/skin/skinCache.ts');
  });

  test('changes with any source file of the closure and with the version; stable otherwise', () => {
    // The entries' real paths, importing a small made-up tree.
    const files = {
      'src/anatomy/skin/generateSkin.ts': "import { shape } from './shape';\nexport const mesh = shape;",
      'src/anatomy/skin/shape.ts': "import { size } from '../size';\nexport const shape = size;",
      'src/anatomy/size.ts': 'export const size = 1;',
      'src/scene/skin/skinRecord.ts': "import type { Mesh } from '../../anatomy/skin/generateSkin';\nexport const FORMAT = 1;",
      'src/scene/skin/loadSkin.ts': "import { FORMAT } from './skinRecord';",
    };
    const base = tree(files);
    expect(sourceClosure(SKIN_KEY_ENTRIES, base)).toEqual([
      'src/anatomy/size.ts',
      'src/anatomy/skin/generateSkin.ts',
      'src/anatomy/skin/shape.ts',
      'src/scene/skin/skinRecord.ts',
    ]);
    const key = skinCacheKey(base);
    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(skinCacheKey(tree(files))).toBe(key);
    expect(skinCacheKey(tree(files, '1.0.1'))).not.toBe(key);
    // A deep input (two imports away) or the record format changes the key...
    expect(skinCacheKey(tree({ ...files, 'src/anatomy/size.ts': 'export const size = 2;' }))).not.toBe(key);
    expect(skinCacheKey(tree({ ...files, 'src/scene/skin/skinRecord.ts': 'export const FORMAT = 2;' }))).not.toBe(key);
    // ...a file outside the closure does not.
    expect(skinCacheKey(tree({ ...files, 'src/scene/skin/loadSkin.ts': '// rewritten' }))).toBe(key);
  });

  test('does not depend on the order the files are listed in', () => {
    const a = { path: 'a.ts', text: 'A' };
    const b = { path: 'b.ts', text: 'B' };
    expect(keyOf('1', [a, b])).toBe(keyOf('1', [b, a]));
    expect(keyOf('1', [a, b])).not.toBe(keyOf('1', [{ ...a, text: 'A2' }, b]));
  });

  test('the build hands the app the key of the sources as they are', () => {
    expect(__SKIN_CACHE_KEY__).toBe(skinCacheKey(ROOT));
  });
});
