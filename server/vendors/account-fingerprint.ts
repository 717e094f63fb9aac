import { createHmac, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { VendorId } from '../../src/model/conversation';
import type { ServerConfig } from '../config';

/**
 * A short, stable, non-secret name for the account a vendor is read from, so the browser keeps each
 * account's history apart: change the credentials or the server, and the old account's rows are not shown.
 * It is an HMAC, under a random key that never leaves this server (`fingerprintKey`), of what identifies
 * the account (base URL, account id, login or user id) and of the credentials: a new token for the same
 * login may well be another account at the vendor, so it gets a history of its own. Being keyed, the
 * fingerprint tells nothing about a credential, not even to someone guessing it. Demo data has its own
 * fingerprint, which also changes with the demo's size.
 */
export function accountFingerprint(config: ServerConfig, vendor: VendorId, key: Buffer): string | null {
  const parts = identifyingParts(config, vendor);
  if (parts === null) return null;
  return createHmac('sha256', key)
    .update(JSON.stringify([vendor, ...parts]))
    .digest('hex')
    .slice(0, 16);
}

/**
 * The fingerprints' key: 32 random bytes kept in the data folder (created on first start, readable by this
 * server's user only). A new data folder is a new server, whose histories start afresh.
 */
export function fingerprintKey(dataDir: string): Buffer {
  const file = path.join(dataDir, 'account-fingerprint.key');
  try {
    const held = readFileSync(file);
    if (held.length === 32) return held;
  } catch {
    // Not there yet: made below.
  }
  const key = randomBytes(32);
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, key, { mode: 0o600 });
  return key;
}

function identifyingParts(config: ServerConfig, vendor: VendorId): string[] | null {
  if (config.modes[vendor] === 'off') return null;
  // The emulated vendors answer the same fixed demo credentials whatever the size: the size is what
  // changes their data.
  if (config.demo) return ['demo', String(config.demoSize)];
  switch (vendor) {
    case 'socialintents': {
      const si = config.socialintents;
      return si ? [si.baseUrl, si.accountId, si.apiToken] : null;
    }
    case 'livechat':
      return config.livechat
        ? [config.livechat.baseUrl, config.livechat.login, config.livechat.apiKey]
        : null;
    case 'imbox':
      return config.imbox ? [config.imbox.baseUrl, config.imbox.userId, config.imbox.apiKey] : null;
    case 'snapengage': {
      if (!config.snapengage) return null;
      const logs = config.snapengage.logs;
      // The inbox lives in this server's data folder; the Logs API adds the SnapEngage org and widget.
      return [
        'inbox',
        config.dataDir,
        ...(logs ? [logs.baseUrl, logs.orgId, logs.widgetId, logs.apiToken] : []),
      ];
    }
  }
}
