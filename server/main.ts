import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { describeModes, startBackscroll } from './bootstrap';
import { ConfigError, loadConfig } from './config';
import { loadEnvFile } from './env-file';
import { hostGuard } from './security/host-guard';

/**
 * Production entry (`npm start`): the proxy plus the built SPA from dist/, with a strict Content Security
 * Policy so that even a vendor string that slipped past React's escaping could not run script.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

async function main(): Promise<void> {
  loadEnvFile();
  let config;
  try {
    config = loadConfig();
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
  const indexHtml = readFileSync(indexFile, 'utf8');

  const backscroll = await startBackscroll(config);
  const site = new Hono();
  // The static files and the SPA are refused to a foreign Host too, not only the API.
  site.use('*', hostGuard(config.security));
  site.use('*', async (c, next) => {
    await next();
    c.header('content-security-policy', CSP);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
  });
  site.route('/', backscroll.app);
  site.use('/assets/*', serveStatic({ root: path.relative(process.cwd(), distDir) }));
  site.use('/favicon.svg', serveStatic({ root: path.relative(process.cwd(), distDir) }));
  // Client-side routes (/, /conversations/...) all get the SPA.
  site.get('*', (c) => c.html(indexHtml));

  const server = serve({ fetch: site.fetch, hostname: config.host, port: config.port }, (info) => {
    const host = info.address.includes(':') ? `[${info.address}]` : info.address;
    backscroll.logger.info(`Backscroll is serving ${describeModes(config)}`);
    backscroll.logger.info(`Open http://${host}:${info.port}/`);
  });
  const stop = () => {
    server.close();
    backscroll.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
