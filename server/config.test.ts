import { describe, expect, it } from 'vitest';
import { vendorDescriptors } from '../src/model/vendor-descriptors';
import { ConfigError, loadConfig, secretsOf } from './config';

describe('configuration', () => {
  it('runs every vendor on demo data when nothing is configured', () => {
    const config = loadConfig({});
    expect(config.demo).toBe(true);
    expect(Object.values(config.modes)).toEqual(['demo', 'demo', 'demo', 'demo']);
    expect(config.host).toBe('127.0.0.1');
  });

  it('makes a vendor live when its credentials are set, and leaves the others off', () => {
    const config = loadConfig({ LIVECHAT_LOGIN: 'me@example.com', LIVECHAT_API_KEY: 'k' });
    expect(config.demo).toBe(false);
    expect(config.modes).toEqual({ socialintents: 'off', livechat: 'live', imbox: 'off', snapengage: 'off' });
    expect(config.livechat).toEqual({
      login: 'me@example.com',
      apiKey: 'k',
      baseUrl: 'https://api.livechatinc.com',
    });
  });

  it('uses the documented default base URLs and accepts other ones', () => {
    const config = loadConfig({
      SOCIALINTENTS_ACCOUNT_ID: 'a',
      SOCIALINTENTS_API_TOKEN: 't',
      SOCIALINTENTS_BASE_URL: 'http://127.0.0.1:9999/v1/api/',
      IMBOX_API_KEY: 'key',
      IMBOX_USER_ID: '7',
    });
    expect(config.socialintents?.baseUrl).toBe('http://127.0.0.1:9999/v1/api');
    expect(config.imbox?.baseUrl).toBe('https://apiv2.imbox.io');
  });

  it('forces demo with BACKSCROLL_DEMO=1 even when credentials are set', () => {
    const config = loadConfig({ BACKSCROLL_DEMO: '1', LIVECHAT_LOGIN: 'x', LIVECHAT_API_KEY: 'y' });
    expect(config.demo).toBe(true);
    expect(config.livechat?.apiKey).not.toBe('y');
  });

  it('refuses demo with BACKSCROLL_DEMO=0 when nothing is configured, saying what to do', () => {
    expect(() => loadConfig({ BACKSCROLL_DEMO: '0' })).toThrow(/no vendor is configured/);
  });

  it('refuses half a credential pair and an unusable base URL', () => {
    expect(() => loadConfig({ LIVECHAT_LOGIN: 'x' })).toThrow(ConfigError);
    expect(() =>
      loadConfig({ LIVECHAT_LOGIN: 'x', LIVECHAT_API_KEY: 'y', LIVECHAT_BASE_URL: 'ftp://x' }),
    ).toThrow(/LIVECHAT_BASE_URL/);
  });

  it('turns SnapEngage on with only a webhook token', () => {
    const config = loadConfig({ SNAPENGAGE_WEBHOOK_TOKEN: 'hook' });
    expect(config.modes.snapengage).toBe('live');
    expect(config.snapengage).toEqual({ webhookToken: 'hook', logs: null });
  });

  it('lists every secret for redaction', () => {
    const config = loadConfig({
      SOCIALINTENTS_ACCOUNT_ID: 'acc',
      SOCIALINTENTS_API_TOKEN: 'si-secret',
      IMBOX_API_KEY: 'imbox-secret',
      IMBOX_USER_ID: '99',
      SNAPENGAGE_WEBHOOK_TOKEN: 'hook-secret',
    });
    expect(secretsOf(config)).toEqual(
      expect.arrayContaining(['si-secret', 'imbox-secret', '99', 'hook-secret']),
    );
  });

  it('bounds each proxied call: 30 s and 32 MiB unless set otherwise', () => {
    expect(loadConfig({}).upstream).toEqual({
      attemptTimeoutMs: 20_000,
      deadlineMs: 30_000,
      maxBytes: 32 * 1024 * 1024,
    });
    const tight = loadConfig({
      BACKSCROLL_UPSTREAM_DEADLINE_MS: '1500',
      BACKSCROLL_MAX_UPSTREAM_BYTES: '65536',
    });
    expect(tight.upstream).toMatchObject({ deadlineMs: 1500, maxBytes: 65_536 });
    expect(() => loadConfig({ BACKSCROLL_UPSTREAM_DEADLINE_MS: 'soon' })).toThrow(
      /BACKSCROLL_UPSTREAM_DEADLINE_MS/,
    );
  });

  it('reads variable names and default base URLs from the vendor descriptors', () => {
    for (const [id, descriptor] of Object.entries(vendorDescriptors)) {
      const env = Object.fromEntries(descriptor.env.credentials.map((name) => [name, `${name}-value`]));
      const config = loadConfig(env);
      expect(config.modes[descriptor.id], id).toBe('live');
      const half = { [descriptor.env.credentials[0] ?? '']: 'x' };
      expect(() => loadConfig(half), id).toThrow(descriptor.env.credentials[1] ?? '');
    }
    expect(loadConfig({ LIVECHAT_LOGIN: 'a', LIVECHAT_API_KEY: 'b' }).livechat?.baseUrl).toBe(
      vendorDescriptors.livechat.defaultBaseUrl,
    );
  });
});
