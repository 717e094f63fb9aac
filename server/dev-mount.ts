import { getRequestListener } from '@hono/node-server';
import type { ViteDevServer } from 'vite';
import { loadAuthConfig } from './auth/auth-config';
import { createDevPageGate, isPageNavigation } from './auth/dev-page-gate';
import { describeModes, startBackscroll } from './bootstrap';
import { loadConfig } from './config';
import { loadEnvFile } from './env-file';
import { nodeHostGuard } from './security/host-guard';

/** Mounts the proxy inside Vite's dev server, so `npm run dev` is the whole product with hot reload. */
export async function mountBackscroll(server: ViteDevServer): Promise<void> {
  loadEnvFile(server.config.root);
  const config = loadConfig();
  const backscroll = await startBackscroll(config, undefined, undefined, loadAuthConfig());
  backscroll.logger.info(`[backscroll] serving ${describeModes(config)}`);
  const listener = getRequestListener(backscroll.app.fetch);
  // First of all middlewares, so a foreign Host gets the same 421 as in production: Vite's own check
  // (installed before plugins) answers 403 and lets every IP address through.
  server.middlewares.stack.unshift({ route: '', handle: nodeHostGuard(config.security) });
  const pageGate = createDevPageGate(backscroll.auth);
  server.middlewares.use((req, res, next) => {
    const url = req.url ?? '';
    if (url.startsWith('/api/') || url.startsWith('/hooks/') || url.startsWith('/auth/'))
      void listener(req, res);
    // Sign-in guards the pages Vite serves too (server/auth/dev-page-gate.ts).
    else if (isPageNavigation(req)) void pageGate(req, res, next);
    else next();
  });
  server.httpServer?.once('close', () => backscroll.close());
}
