import type { VendorId } from '../src/model/conversation';

/**
 * What demo mode pretends to be configured with. The emulated vendors check these exactly as the real ones
 * check real credentials, so demo mode exercises the same auth path as live mode.
 */
export const demoCredentials = {
  socialintents: { accountId: 'demo-account', apiToken: 'demo-socialintents-token' },
  livechat: { login: 'demo@backscroll.test', apiKey: 'demo-livechat-key' },
  imbox: { apiKey: 'demo-imbox-key', userId: '4242' },
  snapengage: {
    webhookToken: 'demo-snapengage-webhook-token',
    orgId: 'demo-org',
    apiToken: 'demo-snapengage-api-token',
    widgetId: 'e8175843-d381-4d7c-aa9f-0da1610ad1b',
  },
} as const satisfies Record<VendorId, unknown>;

export const DEFAULT_DEMO_SIZE = 3000;

/** Share of the demo conversations each vendor gets (they add up to 1): an equal part for every vendor. */
export const demoShare = {
  socialintents: 0.25,
  livechat: 0.25,
  imbox: 0.25,
  snapengage: 0.25,
} as const satisfies Record<VendorId, number>;

export type DemoOptions = {
  /** Conversations across all vendors. */
  size: number;
  /** Anchor for "the last 90 days". */
  now: number;
};
