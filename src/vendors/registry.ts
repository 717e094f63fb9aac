import type { VendorId } from '../model/conversation';
import { imboxAdapter } from './imbox/adapter';
import { livechatAdapter } from './livechat/adapter';
import { snapengageAdapter } from './snapengage/adapter';
import { socialintentsAdapter } from './socialintents/adapter';
import type { VendorAdapter } from './types';

/** VendorId -> adapter: the only place that lists vendors. Order is the order the UI shows them in. */
export const adapters: Readonly<Record<VendorId, VendorAdapter>> = {
  socialintents: socialintentsAdapter,
  livechat: livechatAdapter,
  imbox: imboxAdapter,
  snapengage: snapengageAdapter,
};

export const adapterList: ReadonlyArray<VendorAdapter> = Object.values(adapters);

export function vendorLabel(vendor: VendorId): string {
  return adapters[vendor].label;
}
