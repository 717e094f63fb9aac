import type { Hono } from 'hono';
import type { ServerConfig } from '../config';
import { inboxFile } from '../inbox/inbox';
import type { Logger } from '../log';
import { createAuditRoutes, type AuditEnv } from './audit-routes';
import { openAuditTrail, type AuditTrail } from './audit-trail';
import { releaseAuditTrail, setProcessAuditTrail } from './record-audit';

const DAY_MS = 86_400_000;

/**
 * The audit trail of this server: its table in the SnapEngage inbox's SQLite file (open it after the
 * inbox, which in demo mode wipes that file on start), its routes, and retention at start and daily.
 * It becomes the trail `recordAudit` writes to.
 */
export function createAudit({
  config,
  logger,
  now = Date.now,
}: {
  config: ServerConfig;
  logger: Logger;
  now?: () => number;
}): { routes: Hono<AuditEnv>; trail: AuditTrail; close: () => void } {
  const trail = openAuditTrail(inboxFile(config), { retentionDays: config.audit.retentionDays, now });
  const prune = () => {
    const removed = trail.prune();
    if (removed > 0) {
      logger.info(
        `[audit] removed ${removed} entries older than ${config.audit.retentionDays} days (BACKSCROLL_AUDIT_DAYS)`,
      );
    }
  };
  prune();
  const timer = setInterval(prune, DAY_MS);
  timer.unref();
  setProcessAuditTrail(trail);
  return {
    routes: createAuditRoutes({ trail, config: config.audit, now }),
    trail,
    close() {
      clearInterval(timer);
      releaseAuditTrail(trail);
      trail.close();
    },
  };
}
