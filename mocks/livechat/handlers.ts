import type { RequestHandler } from 'msw';
import type { DemoOptions } from '../demo-config';

// Placeholder until the LiveChat emulation lands.
export function createLiveChatHandlers(_options: DemoOptions): RequestHandler[] {
  return [];
}
