import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as THREE from 'three';
import { describe, expect, test } from 'vitest';
import * as CATALOGUE from '../../../src/scene/threeCatalogue';

/** Every .tsx file under a folder. */
function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

/** HTML and SVG elements whose names are also three.js classes: in a .tsx file they are the DOM's. */
const DOM_NAMESAKES = new Set(['path', 'line', 'audio']);

/** The three.js class a lower-case JSX element stands for (`<directionalLight>` -> DirectionalLight), if any. */
function threeClassOf(tag: string): string | null {
  if (DOM_NAMESAKES.has(tag)) return null;
  const name = tag[0]!.toUpperCase() + tag.slice(1);
  return name in THREE ? name : null;
}

describe("the scene's catalogue of three.js elements", () => {
  test('holds every three.js class the scene writes as a JSX element (else react-three-fiber refuses it at run time)', () => {
    const used = new Set<string>();
    for (const file of tsxFiles(path.resolve('src'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/<([a-z][A-Za-z0-9]*)[\s/>]/g)) {
        const name = threeClassOf(match[1]!);
        if (name) used.add(name);
      }
    }
    expect(used.size).toBeGreaterThan(0);
    for (const name of used) expect(Object.keys(CATALOGUE), `<${name[0]!.toLowerCase()}${name.slice(1)}>`).toContain(name);
  });

  test('holds nothing the scene does not use: each entry costs first-load bytes', () => {
    const source = tsxFiles(path.resolve('src')).map((file) => readFileSync(file, 'utf8')).join('\n');
    for (const name of Object.keys(CATALOGUE)) {
      expect(source, name).toMatch(new RegExp(`<${name[0]!.toLowerCase()}${name.slice(1)}[\\s/>]`));
    }
  });
});
