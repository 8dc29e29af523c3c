import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Builds the bare comparison scene for `npm run bench` into dist-bench/ (gitignored).
 * Separate from the app's build: nothing here reaches the app's bundle or its first load.
 */
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist-bench', import.meta.url)),
    emptyOutDir: true,
    target: ['es2020', 'chrome90', 'safari15'],
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: fileURLToPath(new URL('bare.html', import.meta.url)) },
  },
});
