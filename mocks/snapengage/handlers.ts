import type { RequestHandler } from 'msw';
import type { DemoOptions } from '../demo-config';

// Placeholder until the SnapEngage Logs API emulation lands.
export function createSnapEngageLogsHandlers(_options: DemoOptions): RequestHandler[] {
  return [];
}
