// ESLint, flat config. `npm run lint` runs this and knip (unused exports, files, dependencies).
//
// Three parts:
// 1. typescript-eslint's recommended type-checked rules for .ts/.tsx (the type program is built
//    once per run from tsconfig.json), ESLint's recommended rules for the .js/.mjs scripts.
// 2. The React hooks rules (eslint-plugin-react-hooks, recommended: rules-of-hooks,
//    exhaustive-deps and the React Compiler's checks).
// 3. The layer table of shared/design.md as import rules: see LAYERS below.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Type-aware rules (`npm run lint:types`, LINT_TYPES=1): typescript-eslint's recommendedTypeChecked.
 * Not part of `npm run lint`: building the type program costs about as much as `tsc --noEmit`
 * (measured here: about 25 s of CPU for the plain run, 70 to 80 s with types), and `npm test`
 * already type-checks. Run it before a larger change, or when promises or `any` are involved.
 */
const TYPES = Boolean(process.env.LINT_TYPES);

// ---------------------------------------------------------------------------------------------
// The layer table (shared/design.md, "The shape of the app"). Each unit of src/ and the layers it
// may import from src/; anything else in src/ (and anything outside it) is refused. Imports inside
// a unit are always fine. src/App.tsx and src/main.tsx, the composition root, may import anything.
// Checked on `import`, `export … from` and `import()`; specifiers are relative (there are no path
// aliases), so each rule is written for the depth of the importing file.

/** The only part of the scene a mode may use: the body as an API. Change it here if it moves. */
const BODY_API = 'scene/body-api';

/** @type {Record<string, string[]>} layer (folder under src/) -> the src/ paths it may import */
const LAYERS = {
  anatomy: [],
  technique: ['anatomy'],
  motion: ['anatomy', 'technique'],
  // i18n too: the body view's own messages (no WebGL, a lost GPU context) are in both languages.
  scene: ['anatomy', 'technique', 'motion', 'state', 'i18n'],
  ui: ['state', 'technique', 'i18n'],
  // Each mode is src/modes/<id>/ and never imports another mode; files right in src/modes/ (the
  // registry) may import the modes.
  modes: ['ui', 'state', 'technique', 'motion', 'records', 'i18n', BODY_API],
  records: ['technique'],
  // The design says `technique`; the playback slice also reads the timeline's pure clock and
  // schedule (src/motion/playhead.ts, schedule.ts, techniqueSchedule.ts), and `state/procedure.ts` presents
  // the timeline to the shell's controls, so motion is allowed too.
  state: ['technique', 'i18n', 'motion'],
  i18n: [],
};

/** Packages a layer may not import: regular expressions on the import specifier. */
const REACT = '^(?:react|react-dom|zustand)(?:/|$)|^@react-three/';
const PACKAGES = {
  // Pure: no React, no store. three's maths and geometry are fine; of three's add-ons anatomy
  // uses only BufferGeometryUtils (to merge the bone meshes).
  anatomy: [REACT, '^three/(?:examples/jsm|addons)/(?!utils/BufferGeometryUtils\\.js$)', '^three-stdlib(?:/|$)'],
  technique: [REACT],
  motion: [REACT],
};

/** Deepest folder nesting inside a unit that the rules are written out for (deeper is refused). */
const MAX_DEPTH = 8;

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ups = (n) => `(?:\\.\\./){${n}}`;
const TS = '*.{ts,tsx}';

/**
 * The import rules for files `depth` folders below `dir` (a unit `levels` folders below src/).
 * @param {string} label how the message names the unit
 * @param {string} dir e.g. 'src/ui' or 'src/modes/*'
 * @param {number} levels folders between src/ and `dir`
 * @param {number} depth folders between `dir` and the file
 * @param {string[]} allowed src/ paths the unit may import
 * @param {string[]} packages packages it may not import (regular expressions)
 * @param {string[]} siblings folders beside `dir` it may not import (other modes)
 */
function unitRules(label, dir, levels, depth, allowed, packages, siblings) {
  const toSrc = levels + depth; // how many `../` lead from the file to src/
  const may = allowed.length > 0 ? allowed.join(', ') : 'nothing else in src/';
  const message = `${label} may import only ${may} (layer table, shared/design.md; README "Lint").`;
  const allow = allowed.map(escapeRe).join('|');
  /** Specifiers that leave the unit for somewhere in (or above) src/ that is not allowed. */
  const refused = [
    { regex: `^${ups(toSrc)}${allow ? `(?!(?:${allow})(?:/|$))` : ''}`, message },
    // `..` or `../..` on its own: the index of a folder above the unit.
    { regex: `^${ups(toSrc - 1)}\\.\\./?$`, message },
    // Vite's root-absolute form would slip past the relative checks.
    { regex: '^/', message },
  ];
  if (siblings.length > 0) {
    refused.push({
      regex: `^${ups(toSrc - 1)}(?:${siblings.map(escapeRe).join('|')})(?:/|$)`,
      message: 'A mode never imports another mode (shared/design.md).',
    });
  }
  for (const regex of packages) {
    refused.push({ regex, message: `${label} is pure: not this package (shared/design.md).` });
  }
  // esquery reads a regex up to the first `/`, so slashes are written as \x2F there.
  const selector = (regex) => `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`;
  return {
    name: `layers/${label}/depth-${depth}`,
    files: [`${dir}/${'*/'.repeat(depth)}${TS}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: refused }],
      'no-restricted-syntax': [
        'error',
        ...refused.map(({ regex, message }) => ({ selector: selector(regex), message })),
      ],
    },
  };
}

/** Mode folders that exist now (src/modes/<id>/), each kept out of the others. */
function modeIds() {
  try {
    return readdirSync(new URL('./src/modes/', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return []; // no modes yet
  }
}

const depths = [...Array(MAX_DEPTH + 1).keys()];
const layerRules = [];
for (const [layer, allowed] of Object.entries(LAYERS)) {
  const packages = PACKAGES[layer] ?? [];
  for (const depth of depths) {
    layerRules.push(unitRules(`src/${layer}`, `src/${layer}`, 1, depth, allowed, packages, []));
  }
}
// Inside a mode folder (src/modes/<id>/, covered by `modes` above at depth 1 and below): the
// same list, and no other mode.
const modes = modeIds();
for (const id of modes) {
  const others = modes.filter((other) => other !== id);
  for (const depth of depths) {
    layerRules.push(unitRules(`src/modes/${id}`, `src/modes/${id}`, 2, depth, LAYERS.modes, [], others));
  }
}
// Deeper than the rules are written out: refuse, so nothing escapes them unnoticed.
layerRules.push({
  name: 'layers/too-deep',
  files: [`src/*/${'*/'.repeat(MAX_DEPTH + 1)}**/${TS}`],
  rules: {
    'no-restricted-syntax': [
      'error',
      { selector: 'Program', message: `Nested deeper than eslint.config.js MAX_DEPTH (${MAX_DEPTH}): raise it.` },
    ],
  },
});

// ---------------------------------------------------------------------------------------------

export default defineConfig(
  // Build output, reports, and scratch files (`*.tmp.*`) nobody commits.
  globalIgnores(['dist/', 'dist-*/', 'artifacts/', 'test-results/', 'playwright-report/', 'coverage/', '**/*.tmp.*']),

  js.configs.recommended,

  {
    name: 'typescript',
    files: ['**/*.{ts,tsx}'],
    extends: [TYPES ? tseslint.configs.recommendedTypeChecked : tseslint.configs.recommended],
    languageOptions: TYPES
      ? { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } }
      : {},
    rules: {
      // `_`-prefixed names are the codebase's way to say "unused on purpose" (tsc agrees).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  {
    name: 'tests',
    files: ['tests/**/*.{ts,tsx}'],
    rules: TYPES
      ? {
          // vitest's asymmetric matchers (expect.any(Number), expect.stringMatching(…)) are typed any.
          '@typescript-eslint/no-unsafe-assignment': 'off',
          // Fakes of Promise-returning interfaces are async methods with nothing to await.
          '@typescript-eslint/require-await': 'off',
          // Tests save prototype methods to wrap them and pass spies around (typescript-eslint's
          // docs suggest turning it off for test files).
          '@typescript-eslint/unbound-method': 'off',
        }
      : {},
  },

  {
    name: 'scripts (node)',
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The benchmark hands functions to page.evaluate(): they run in the page.
    name: 'benchmark scripts (node and the page)',
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },

  {
    name: 'react-hooks',
    files: ['src/**/*.tsx', 'src/**/*.ts', 'bench/**/*.tsx', 'tests/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // React Compiler checks (the app does not use the compiler) that are noise for
      // react-three-fiber code. The frame loop mutates memoized three.js objects by design
      // (r3f's docs/advanced/pitfalls.mdx: mutate in useFrame, never setState), which this reports:
      'react-hooks/immutability': 'off',
      // useMemo(createThing, []) with a named factory is as good as an inline arrow:
      'react-hooks/use-memo': 'off',
      // A stale closure in an effect is a real defect: fail on it, not just warn.
      'react-hooks/exhaustive-deps': 'error',
    },
  },

  ...layerRules,
);
