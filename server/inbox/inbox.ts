import { existsSync } from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import type { ServerConfig } from '../config';
import type { Logger } from '../log';
import { createCaseRoutes } from './case-routes';
import { openInboxStore, type InboxStore } from './inbox-store';
import { createWebhookRoutes } from './webhook-route';

export const INBOX_FILE = 'snapengage-inbox.sqlite';

/** Demo data lives apart from the live store and is wiped on start, so it never mixes with real deliveries. */
export function inboxFile(config: ServerConfig): string {
  return config.demo ? path.join(config.dataDir, 'demo', INBOX_FILE) : path.join(config.dataDir, INBOX_FILE);
}

/**
 * The SnapEngage inbox: the webhook SnapEngage pushes finished cases to, and the read endpoints the
 * browser lists them with (`/api/inbox/snapengage/...`, apart from the vendor proxy under `/api/proxy`).
 * Mounted by server/app.ts.
 */
export function createInbox({
  config,
  logger,
  maxPageBytes,
}: {
  config: ServerConfig;
  logger: Logger;
  /** Case bodies per listing page; tests shrink it (default MAX_PAGE_BYTES, server/inbox/case-routes.ts). */
  maxPageBytes?: number;
}): {
  routes: Hono;
  close: () => void;
} {
  const token = config.snapengage?.webhookToken ?? null;
  const file = inboxFile(config);
  // Without a token nothing can arrive, so no data folder is created; an existing store is still served.
  const store: InboxStore | null =
    token !== null || existsSync(file) ? openInboxStore(file, { wipe: config.demo }) : null;

  const routes = new Hono();
  routes.route('/', createWebhookRoutes({ token, store, logger, logDeliveries: !config.demo }));
  routes.route('/', createCaseRoutes(store, maxPageBytes));
  return { routes, close: () => store?.close() };
}
