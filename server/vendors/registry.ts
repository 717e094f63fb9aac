import type { VendorId } from '../../src/model/conversation';
import type { ServerConfig } from '../config';
import { imboxUpstream } from './imbox';
import { liveChatUpstream } from './livechat';
import { snapEngageLogsUpstream } from './snapengage-logs';
import { socialIntentsUpstream } from './socialintents';
import type { UpstreamVendor } from './upstream';

export const vendorLabels: Readonly<Record<VendorId, string>> = {
  socialintents: 'Social Intents',
  livechat: 'LiveChat',
  imbox: 'ImBox',
  snapengage: 'SnapEngage',
};

/** The forwardable vendors of this configuration; a vendor that is off has none. */
export function upstreamsFor(config: ServerConfig): Partial<Record<VendorId, UpstreamVendor>> {
  const upstreams: Partial<Record<VendorId, UpstreamVendor>> = {};
  if (config.socialintents) upstreams.socialintents = socialIntentsUpstream(config.socialintents);
  if (config.livechat) upstreams.livechat = liveChatUpstream(config.livechat);
  if (config.imbox) upstreams.imbox = imboxUpstream(config.imbox);
  if (config.snapengage?.logs) upstreams.snapengage = snapEngageLogsUpstream(config.snapengage.logs);
  return upstreams;
}
