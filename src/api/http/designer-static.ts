/**
 * Serves the designer (designer/dist, built by `npm run designer:build`) from the API's own origin, so
 * the session cookie and the admin API need no CORS. `/console` is the agent console, the build's
 * second entry (console.html). Any other GET outside the API paths gets the app's index.html: the app
 * routes in the browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler } from 'express';

/** The API's own paths, and files (a missing asset is a 404, not the app), never fall back to the app. */
const RESERVED = /^\/(api|webhooks|assets)(\/|$)|^\/(openapi\.json|healthz|metrics)$|\.[A-Za-z0-9]+$/;

/** Where the build is: beside the sources (tsx) or two levels further up (compiled into dist/). */
export function designerDist(): string | null {
  const candidates = [path.resolve(__dirname, '../../../designer/dist'), path.resolve(__dirname, '../../../../designer/dist')];
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'index.html'))) ?? null;
}

export function serveDesigner(dist: string | null = designerDist()): RequestHandler {
  const router = express.Router();
  if (!dist) {
    router.get(['/', '/console'], (_req, res) => {
      res.type('text/plain').send('Patchcord API. The designer is not built: run `npm run designer:build` (npm start does).\n');
    });
    return router;
  }
  const index = path.join(dist, 'index.html');
  const consolePage = path.join(dist, 'console.html');
  // Hashed asset names never change content, so they may be cached for good; index.html never is.
  router.use('/assets', express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '365d' }));
  // Other files (the favicon) are revalidated; index.html, asked for by name, is never kept stale either.
  router.use(
    express.static(dist, {
      index: false,
      maxAge: 0,
      setHeaders: (res, file) => {
        if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || RESERVED.test(req.path) || !req.accepts('html')) return next();
    const isConsole = /^\/console(\/|$)/.test(req.path);
    res.set({
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'same-origin',
    });
    res.sendFile(isConsole ? consolePage : index);
  });
  return router;
}
