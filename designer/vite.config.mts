/**
 * Builds the designer to designer/dist, which the API serves under its own origin (src/api/designer-static.ts):
 * two entries, the designer (index.html) and the agent console (console.html, served at /console).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: { input: { main: `${root}index.html`, console: `${root}console.html` } },
  },
  // `npx vite --config designer/vite.config.ts` for UI work against a running `npm start`.
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' } },
});
