import type { RequestHandler } from 'msw';
import type { DemoOptions } from '../demo-config';

// Placeholder until the SocialIntents emulation lands.
export function createSocialIntentsHandlers(_options: DemoOptions): RequestHandler[] {
  return [];
}
