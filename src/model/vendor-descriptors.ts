import type { VendorId } from './conversation';

/**
 * The facts about each vendor that every layer needs: the browser's registry, the server's registry and
 * configuration, and the emulations under mocks/. This is the one list of vendors; adding a fifth vendor
 * starts here (see docs/adding-a-vendor.md). Nothing here is secret: env variable *names*, never values.
 */
export type VendorDescriptor = {
  id: VendorId;
  /** Display name: "Social Intents". */
  label: string;
  /** Where the vendor's API lives when no `<VENDOR>_BASE_URL` overrides it. */
  defaultBaseUrl: string;
  env: {
    /** The credential variables; all or none must be set (half a set stops the server). */
    credentials: readonly string[];
    /** The variable that overrides `defaultBaseUrl`. */
    baseUrl: string;
  };
  capabilities: {
    /** The vendor filters its list by a whole visitor e-mail address, so the search box pushes it down. */
    emailFilter: boolean;
    /** The list carries no messages: each transcript is a request of its own. */
    lazyTranscripts: boolean;
    /** The vendor records visitor ratings at all (a vendor that never rates is not "Unrated"). */
    ratings: boolean;
    /** The vendor pushes finished chats to this server's webhook inbox. */
    webhookInbox: boolean;
  };
};

export const vendorDescriptors: Readonly<Record<VendorId, VendorDescriptor>> = {
  socialintents: {
    id: 'socialintents',
    label: 'Social Intents',
    defaultBaseUrl: 'https://www.socialintents.com/v1/api',
    env: {
      credentials: ['SOCIALINTENTS_ACCOUNT_ID', 'SOCIALINTENTS_API_TOKEN'],
      baseUrl: 'SOCIALINTENTS_BASE_URL',
    },
    capabilities: { emailFilter: true, lazyTranscripts: false, ratings: false, webhookInbox: false },
  },
  livechat: {
    id: 'livechat',
    label: 'LiveChat',
    defaultBaseUrl: 'https://api.livechatinc.com',
    env: { credentials: ['LIVECHAT_LOGIN', 'LIVECHAT_API_KEY'], baseUrl: 'LIVECHAT_BASE_URL' },
    capabilities: { emailFilter: true, lazyTranscripts: false, ratings: true, webhookInbox: false },
  },
  imbox: {
    id: 'imbox',
    label: 'ImBox',
    defaultBaseUrl: 'https://apiv2.imbox.io',
    env: { credentials: ['IMBOX_API_KEY', 'IMBOX_USER_ID'], baseUrl: 'IMBOX_BASE_URL' },
    capabilities: { emailFilter: false, lazyTranscripts: true, ratings: true, webhookInbox: false },
  },
  snapengage: {
    id: 'snapengage',
    label: 'SnapEngage',
    defaultBaseUrl: 'https://www.snapengage.com',
    // The webhook token turns the inbox on; the three Logs API variables are optional and go together.
    env: {
      credentials: ['SNAPENGAGE_ORG_ID', 'SNAPENGAGE_API_TOKEN', 'SNAPENGAGE_WIDGET_ID'],
      baseUrl: 'SNAPENGAGE_BASE_URL',
    },
    capabilities: { emailFilter: false, lazyTranscripts: false, ratings: true, webhookInbox: true },
  },
};

/** In the order the UI shows them. */
export const vendorDescriptorList: readonly VendorDescriptor[] = Object.values(vendorDescriptors);

export function vendorLabel(vendor: VendorId): string {
  return vendorDescriptors[vendor].label;
}
