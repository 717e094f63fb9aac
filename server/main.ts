import { existsSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { loadAuthConfig } from './auth/auth-config';
import { describeModes, startBackscroll } from './bootstrap';
import { serveBuiltSite } from './built-site';
import { ConfigError, loadConfig } from './config';
import { loadEnvFile } from './env-file';
import { describeError } from './log';
import { securityHeaders } from './security-headers';
import { stopGracefully } from './shutdown';
import { hostGuard } from './security/host-guard';

/** Production entry (`npm start`, through scripts/start.mjs): the server plus the built SPA from dist/. */
async function main(): Promise<void> {
  loadEnvFile();
  let config;
  let authConfig;
  try {
    config = loadConfig();
    authConfig = loadAuthConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const distDir = path.resolve(process.env.BACKSCROLL_DIST_DIR ?? 'dist');
  const indexFile = path.join(distDir, 'index.html');
  if (!existsSync(indexFile)) {
    console.error(
      'The app is not built yet: run `npm run build` (or `npm start`, which builds when needed).',
    );
    process.exit(1);
  }

  const backscroll = await startBackscroll(config, undefined, undefined, authConfig);
  const { logger } = backscroll;
  // From here on even an unexpected crash is reported through the logger, so redaction covers its stack.
  process.on('uncaughtException', (error) => {
    logger.warn(`[server] crashed: ${describeError(error)}`);
    process.exit(1);
  });
  process.on('unhandledRejection', (reason) => {
    logger.warn(`[server] unhandled rejection: ${describeError(reason)}`);
  });

  const site = new Hono();
  // The static files and the SPA are refused to a foreign Host too, not only the API.
  site.use('*', hostGuard(config.security));
  site.use('*', securityHeaders());
  site.route('/', backscroll.app);
  serveBuiltSite(site, distDir);

  const server = serve({ fetch: site.fetch, hostname: config.host, port: config.port }, (info) => {
    const host = info.address.includes(':') ? `[${info.address}]` : info.address;
    logger.info(`Backscroll is serving ${describeModes(config)}`);
    logger.info(`Open http://${host}:${info.port}/`);
  });
  // Ctrl+C in a terminal reaches both `npm start` and this process, and `npm start` passes it on too: a
  // repeated signal while stopping is ignored, so it cannot cut the requests being finished.
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(`[server] ${signal}: finishing the requests in flight, then stopping`);
    void stopGracefully(server, backscroll.close).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
