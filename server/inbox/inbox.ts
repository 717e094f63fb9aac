import { Hono } from 'hono';
import type { ServerConfig } from '../config';
import type { Logger } from '../log';

// Placeholder until the SnapEngage inbox lands.
export function createInbox(_deps: { config: ServerConfig; logger: Logger }): { routes: Hono; close: () => void } {
  return { routes: new Hono(), close: () => {} };
}
