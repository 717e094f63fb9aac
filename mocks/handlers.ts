import type { RequestHandler } from 'msw';
import type { DemoOptions } from './demo-config';
import { createImBoxHandlers } from './imbox/handlers';
import { createLiveChatHandlers } from './livechat/handlers';
import { createSnapEngageLogsHandlers } from './snapengage/handlers';
import { createSocialIntentsHandlers } from './socialintents/handlers';

/**
 * Every vendor emulation, over one deterministic data set. Demo mode answers the proxy's upstream requests
 * with these; tests use them the same way.
 */
export function createDemoHandlers(options: DemoOptions): RequestHandler[] {
  return [
    ...createSocialIntentsHandlers(options),
    ...createLiveChatHandlers(options),
    ...createImBoxHandlers(options),
    ...createSnapEngageLogsHandlers(options),
  ];
}
