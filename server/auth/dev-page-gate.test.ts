import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../log';
import { createAuth } from './auth';
import { loadAuthConfig } from './auth-config';
import { createDevPageGate, isPageNavigation } from './dev-page-gate';

/**
 * `npm run dev`: Vite serves the pages, so the dev mount runs the sign-in middleware in front of page
 * navigations, with the Node request as connection info (the peer address must be known there too).
 */
let server: Server | null = null;
afterEach(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
  server = null;
});

async function devServer(trusted: string): Promise<string> {
  const auth = createAuth(
    loadAuthConfig({
      BACKSCROLL_AUTH_HEADER: 'X-Email',
      BACKSCROLL_TRUSTED_PROXIES: trusted,
      BACKSCROLL_ALLOWED_EMAILS: 'lead@example.com',
    }),
    { logger: silentLogger },
  );
  const gate = createDevPageGate(auth);
  server = createServer((req, res) => {
    const vite = () => res.end('the page from vite');
    if (isPageNavigation(req)) void gate(req, res, vite);
    else vite();
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  return `http://127.0.0.1:${address.port}`;
}

describe('the development page gate', () => {
  it('lets a signed-in page navigation through to Vite', async () => {
    const origin = await devServer('127.0.0.1');
    const response = await fetch(`${origin}/`, {
      headers: { accept: 'text/html', 'x-email': 'lead@example.com' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('the page from vite');
  });

  it('answers a page navigation without a session itself, never reaching Vite', async () => {
    const origin = await devServer('10.0.0.0/8');
    const response = await fetch(`${origin}/`, {
      headers: { accept: 'text/html', 'x-email': 'lead@example.com' },
    });
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/not signed in/i);
  });
});
