import { describe, expect, it } from 'vitest';
import { vendorIds } from '../../src/model/conversation';
import { loadConfig } from '../config';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { accountFingerprint, fingerprintKey } from './account-fingerprint';

const key = Buffer.alloc(32, 7);

const live = {
  SOCIALINTENTS_ACCOUNT_ID: 'acct-1',
  SOCIALINTENTS_API_TOKEN: 'si-token-SECRET',
  LIVECHAT_LOGIN: 'lead@example.com',
  LIVECHAT_API_KEY: 'lc-key-SECRET',
  IMBOX_API_KEY: 'imbox-key-SECRET',
  IMBOX_USER_ID: '4711',
  SNAPENGAGE_WEBHOOK_TOKEN: 'hook-SECRET',
};

const fingerprints = (env: Record<string, string>) => {
  const config = loadConfig(env);
  return Object.fromEntries(vendorIds.map((id) => [id, accountFingerprint(config, id, key)]));
};

describe('accountFingerprint', () => {
  it('is stable, short hex, and carries no secret', () => {
    const a = fingerprints(live);
    expect(fingerprints(live)).toEqual(a);
    for (const value of Object.values(a)) {
      expect(value).toMatch(/^[0-9a-f]{16}$/);
      for (const secret of Object.values(live)) expect(value).not.toContain(secret);
    }
  });

  it('changes with the credentials: a new token may be another account at the vendor', () => {
    const a = fingerprints(live);
    const b = fingerprints({ ...live, SOCIALINTENTS_API_TOKEN: 'other', LIVECHAT_API_KEY: 'other' });
    expect(b.socialintents).not.toBe(a.socialintents);
    expect(b.livechat).not.toBe(a.livechat);
    expect(b.imbox).toBe(a.imbox);
  });

  it('depends on the key of the server, so nobody can test a guessed credential against it', () => {
    const config = loadConfig(live);
    expect(accountFingerprint(config, 'livechat', Buffer.alloc(32, 8))).not.toBe(
      accountFingerprint(config, 'livechat', key),
    );
  });

  it('keeps its key in the data folder across restarts, readable by the server only', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'fingerprint-')), 'data');
    const first = fingerprintKey(dir);
    expect(first).toHaveLength(32);
    expect(fingerprintKey(dir).equals(first)).toBe(true);
    expect(fingerprintKey(`${dir}-other`).equals(first)).toBe(false);
  });

  it('changes with the account id, login, user id or base URL', () => {
    const a = fingerprints(live);
    expect(fingerprints({ ...live, SOCIALINTENTS_ACCOUNT_ID: 'acct-2' }).socialintents).not.toBe(
      a.socialintents,
    );
    expect(fingerprints({ ...live, LIVECHAT_LOGIN: 'other@example.com' }).livechat).not.toBe(a.livechat);
    expect(fingerprints({ ...live, IMBOX_USER_ID: '4712' }).imbox).not.toBe(a.imbox);
    expect(fingerprints({ ...live, IMBOX_BASE_URL: 'https://imbox.example' }).imbox).not.toBe(a.imbox);
    expect(fingerprints({ ...live, BACKSCROLL_DATA_DIR: '/elsewhere' }).snapengage).not.toBe(a.snapengage);
  });

  it('gives demo data its own fingerprint per demo size, and none to a vendor that is off', () => {
    const demo = fingerprints({});
    expect(demo.livechat).not.toBe(fingerprints(live).livechat);
    expect(fingerprints({ BACKSCROLL_DEMO_SIZE: '500' }).livechat).not.toBe(demo.livechat);
    expect(fingerprints({ LIVECHAT_LOGIN: 'a', LIVECHAT_API_KEY: 'b' }).imbox).toBeNull();
  });
});
