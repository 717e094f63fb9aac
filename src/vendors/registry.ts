import type { VendorId } from '../model/conversation';
import { imboxAdapter } from './imbox/adapter';
import { livechatAdapter } from './livechat/adapter';
import { snapengageAdapter } from './snapengage/adapter';
import { socialintentsAdapter } from './socialintents/adapter';
import type { VendorAdapter } from './types';

/**
 * VendorId -> the browser's adapter. The vendor facts (label, env names, base URL, capabilities) are in
 * src/model/vendor-descriptors.ts; this only ties each vendor to its code. Order is the order the UI
 * shows them in.
 */
export const adapters: Readonly<Record<VendorId, VendorAdapter>> = {
  socialintents: socialintentsAdapter,
  livechat: livechatAdapter,
  imbox: imboxAdapter,
  snapengage: snapengageAdapter,
};

export const adapterList: ReadonlyArray<VendorAdapter> = Object.values(adapters);

/** The label lives with the other vendor facts; kept importable from here for the features. */
export { vendorLabel } from '../model/vendor-descriptors';
