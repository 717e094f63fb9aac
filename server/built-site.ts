import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

/**
 * Every file Vite writes under `assets/` has a hash of its content in its name, so a browser may keep it
 * for good: a new build is new names, reached through a fresh `index.html`. Without this header each
 * visit downloaded the 1.2 MB app script and both workers again and compiled them from scratch; kept,
 * the browser reuses the file and, from the third visit, the code V8 compiled for it. `private`: with
 * sign-in on, the files are served to signed-in people only, so no shared cache may keep them.
 */
export const HASHED_ASSET_CACHE = 'private, max-age=31536000, immutable';
/** The page names the current build's assets: it is asked again on every visit. */
export const PAGE_CACHE = 'no-cache';

/**
 * Routes the built SPA on `site`: `assets/` and the favicon from `distDir`, and `index.html` for every
 * other GET (the client-side routes). Mount it after the API, whose answers set their own headers.
 */
export function serveBuiltSite(site: Hono, distDir: string): void {
  const indexHtml = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const root = path.relative(process.cwd(), distDir);
  site.use('/assets/*', cacheWhenFound(HASHED_ASSET_CACHE), serveStatic({ root }));
  // A name no build has (a page left open across an upgrade asking for an old chunk) is a 404, not the
  // page's HTML where a script was expected.
  site.get('/assets/*', (c) => c.notFound());
  site.use('/favicon.svg', cacheWhenFound(PAGE_CACHE), serveStatic({ root }));
  site.get('*', (c) => c.html(indexHtml, 200, { 'cache-control': PAGE_CACHE }));
}

/** Sets `cacheControl` on a file that was found (serveStatic answers with a Response of its own). */
function cacheWhenFound(cacheControl: string): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('cache-control', cacheControl);
  };
}
