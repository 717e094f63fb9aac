import type { IncomingMessage, ServerResponse } from 'node:http';
import { Hono } from 'hono';
import type { Auth } from './auth';

/**
 * In development Vite serves the pages, not Hono. This runs the same sign-in middleware in front of every
 * page navigation (a request that accepts HTML), with the Node request as connection info so the peer
 * address is known: a navigation without a session is redirected or refused exactly as in production.
 */
const PASS = 'x-backscroll-page-gate-pass';

export function createDevPageGate(auth: Auth) {
  const gate = new Hono();
  gate.use('*', auth.middleware);
  gate.all('*', (c) => c.body(null, 204, { [PASS]: '1' }));

  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
      else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const response = await gate.fetch(new Request(url, { method: req.method ?? 'GET', headers }), {
      incoming: req,
      outgoing: res,
    });
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) res.setHeader('set-cookie', cookies);
    if (response.headers.get(PASS)) {
      next();
      return;
    }
    res.statusCode = response.status;
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') res.setHeader(name, value);
    });
    res.end(Buffer.from(await response.arrayBuffer()));
  };
}

export function isPageNavigation(req: IncomingMessage): boolean {
  return (req.method === 'GET' || req.method === 'HEAD') && (req.headers.accept ?? '').includes('text/html');
}
