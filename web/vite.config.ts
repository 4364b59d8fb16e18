import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { inlineBundle } from './inline-bundle.js';

// The app is built into dist/web, where `tidings serve` finds it; `npm run dev:web` proxies /api to a running server.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [inlineBundle({ boot: fileURLToPath(new URL('src/boot.ts', import.meta.url)) })],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // One chunk, written into the page (inline-bundle.ts): no module preload polyfill to carry.
  build: { outDir: fileURLToPath(new URL('../dist/web', import.meta.url)), emptyOutDir: true, sourcemap: true, modulePreload: { polyfill: false } },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' } },
});
