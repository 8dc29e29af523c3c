/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { earlyStart } from './scripts/earlyStart.ts';
import { skinCacheKey } from './scripts/generatorKey.ts';
import { RAW_TECHNIQUE } from './src/technique/data/technique.ts';
import { parseTechnique } from './src/technique/parse.ts';

/** Matches a package directory inside node_modules, on any OS path separator. */
const pkg = (name: string): RegExp =>
  new RegExp(`node_modules[\\\\/]${name.replace('/', '[\\\\/]')}[\\\\/]`);

/** react-three-fiber's `<Canvas>`, whose `import * as THREE` is its catalogue of JSX elements. */
const R3F_CANVAS_MODULE = /@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/;
const THREE_CATALOGUE = fileURLToPath(new URL('./src/scene/threeCatalogue.ts', import.meta.url));

/** Kept in step with `<meta name="theme-color">` in index.html. */
const THEME_COLOUR = '#1f3a4d';

/** The key the skin mesh is kept under on the device: changes whenever its generator does. */
const SKIN_KEY = skinCacheKey(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  define: { __SKIN_CACHE_KEY__: JSON.stringify(SKIN_KEY) },
  plugins: [
    react(),
    earlyStart(SKIN_KEY),
    {
      // `<Canvas>` registers the whole three.js namespace as its catalogue, which defeats tree
      // shaking (53 kB gzipped of the first load). Its one `three` import gets the classes the
      // scene uses as elements instead (src/scene/threeCatalogue.ts); every other import of three
      // is left alone.
      name: 'r3f-catalogue',
      enforce: 'pre',
      resolveId: (source, importer) => (source === 'three' && importer && R3F_CANVAS_MODULE.test(importer) ? THREE_CATALOGUE : null),
    },
    {
      // The technique data is checked here, not in the shipped app: bad data fails the build.
      name: 'check-technique',
      buildStart: () => void parseTechnique(RAW_TECHNIQUE),
    },
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      // A tiny same-origin registerSW.js, loaded with `defer` so it never blocks first paint.
      // autoUpdate: a new deploy takes over on the next load, no prompt needed.
      injectRegister: 'script-defer',
      manifestFilename: 'manifest.webmanifest',
      // The icons are in public/ and so already matched by globPatterns below; listing them
      // again would only duplicate precache entries.
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Pijat Oksitosin 3D',
        short_name: 'Pijat Oksitosin',
        description:
          'Pelatih 3D interaktif untuk pijat oksitosin: langkah, titik, arah dan tekanan di punggung ibu.',
        lang: 'id',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: THEME_COLOUR,
        background_color: THEME_COLOUR,
        categories: ['education', 'health', 'medical'],
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'maskable' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the build emits, so the whole trainer (code, models, fonts) works offline
        // after the first visit.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,webp,ico,webmanifest,woff2,bin,glb,gltf,ktx2,wasm,json}'],
        // vite-plugin-pwa adds the manifest to the precache itself.
        globIgnores: ['**/node_modules/**', 'manifest.webmanifest'],
        maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Only our own precache; requests to any other origin are never intercepted or cached.
        runtimeCaching: [],
        // Bundle the workbox runtime into sw.js: no workbox-*.js side file, no CDN.
        inlineWorkboxRuntime: true,
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        sourcemap: false,
      },
    }),
  ],
  build: {
    // Android Chrome >= 90 is the floor (plus iOS Safari 15 for completeness); below the
    // Vite default, so modern syntax from newer engines gets lowered where needed.
    target: ['es2020', 'chrome90', 'safari15'],
    // three alone is ~700 kB minified; the warning would fire on every build.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        // Stable vendor chunks: they change far less often than app code, so an update
        // re-downloads little. Groups only capture modules that are imported at all; anything the
        // app loads with a dynamic import() stays out of the first load.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'three', test: pkg('three'), priority: 2 },
            { name: 'r3f', test: pkg('@react-three'), priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Component tests opt into a DOM with a `// @vitest-environment jsdom` docblock.
    environment: 'node',
  },
});
