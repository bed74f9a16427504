import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by `registrar-kit serve` under /console/ with `Content-Security-Policy: default-src 'self'`:
// every asset is a file of its own (no data: URIs, no inline script), hashed for a long cache.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    // The bundle carries React and TanStack Query: their licences ship beside it.
    license: { fileName: 'THIRD-PARTY-LICENSES.md' },
  },
});
