import { createHash } from 'node:crypto';
import type { VendorId } from '../../src/model/conversation';
import type { ServerConfig } from '../config';

/**
 * A short, stable, non-secret name for the account a vendor is read from, so the browser keeps each
 * account's history apart (change the credentials or the server, and the old account's rows are not shown).
 * It hashes only what identifies the account (base URL and the account id, login or user id), never a key
 * or token. Demo data has its own fingerprint, which also changes with the demo's size.
 */
export function accountFingerprint(config: ServerConfig, vendor: VendorId): string | null {
  const parts = identifyingParts(config, vendor);
  if (parts === null) return null;
  return createHash('sha256')
    .update(JSON.stringify([vendor, ...parts]))
    .digest('hex')
    .slice(0, 16);
}

function identifyingParts(config: ServerConfig, vendor: VendorId): string[] | null {
  if (config.modes[vendor] === 'off') return null;
  // The emulated vendors answer the same fixed demo credentials whatever the size: the size is what
  // changes their data.
  if (config.demo) return ['demo', String(config.demoSize)];
  switch (vendor) {
    case 'socialintents':
      return config.socialintents ? [config.socialintents.baseUrl, config.socialintents.accountId] : null;
    case 'livechat':
      return config.livechat ? [config.livechat.baseUrl, config.livechat.login] : null;
    case 'imbox':
      return config.imbox ? [config.imbox.baseUrl, config.imbox.userId] : null;
    case 'snapengage': {
      if (!config.snapengage) return null;
      const logs = config.snapengage.logs;
      // The inbox lives in this server's data folder; the Logs API adds the SnapEngage org and widget.
      return ['inbox', config.dataDir, ...(logs ? [logs.baseUrl, logs.orgId, logs.widgetId] : [])];
    }
  }
}
