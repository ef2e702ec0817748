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
    chunkSizeWarningLimit: 500,
    rolldownOptions: {
      input: { main: `${root}index.html`, console: `${root}console.html` },
      output: {
        // Libraries in chunks of their own stay cached across releases of the app's code. CodeMirror is
        // only reached from the lazily loaded mapping designer, so its chunk loads with that screen.
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 2 },
            {
              name: 'codemirror',
              test: /[\\/]node_modules[\\/](@codemirror|@lezer|@marijn|style-mod|w3c-keyname|crelt)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  // `npx vite --config designer/vite.config.mts` for UI work against a running `npm start`.
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' } },
});
