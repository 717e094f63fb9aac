import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/**
 * The address of the machine at the other end of the TCP connection (not any forwarded-for header,
 * which the client writes itself). @hono/node-server supplies it in production; server/dev-mount.ts
 * passes Vite's Node request so it is there in development too. Unknown means untrusted.
 */
export function peerAddressOf(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}
