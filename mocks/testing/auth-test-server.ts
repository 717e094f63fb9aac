import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve, type HttpBindings, type Http2Bindings } from '@hono/node-server';
import { loadAuthConfig } from '../../server/auth/auth-config';
import { startBackscroll, type Backscroll } from '../../server/bootstrap';
import { loadConfig } from '../../server/config';

/**
 * The whole Backscroll server (demo vendors, inbox, sign-in) on a real loopback socket, so the peer
 * address and cookies are what Node really sees. The port is known before the sign-in settings are
 * given (an OpenID provider needs the redirect URI first), so `configure` comes after `listen`.
 */
export type AuthTestServer = {
  origin: string;
  lines: string[];
  configure: (authEnv: Record<string, string>) => Promise<void>;
  close: () => Promise<void>;
};

export async function startAuthTestServer(hostname = '127.0.0.1'): Promise<AuthTestServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'backscroll-auth-'));
  const lines: string[] = [];
  let backscroll: Backscroll | null = null;
  let port = 0;
  const server = serve({
    hostname,
    port: 0,
    fetch: (request: Request, env: HttpBindings | Http2Bindings) =>
      backscroll ? backscroll.app.fetch(request, env) : new Response('not configured', { status: 503 }),
  });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  port = address.port;
  const host = hostname.includes(':') ? `[${hostname}]` : hostname;
  return {
    origin: `http://${host}:${port}`,
    lines,
    configure: async (authEnv) => {
      backscroll?.close();
      const env = {
        BACKSCROLL_DEMO: '1',
        BACKSCROLL_DEMO_SIZE: '40',
        BACKSCROLL_DATA_DIR: path.join(dataDir, String(Date.now())),
        HOST: hostname,
        ...authEnv,
      };
      backscroll = await startBackscroll(
        loadConfig(env),
        (line) => lines.push(line),
        undefined,
        loadAuthConfig(env),
      );
    },
    close: async () => {
      backscroll?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
