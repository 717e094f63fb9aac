import type { RequestHandler } from 'msw';
import type { DemoOptions } from '../demo-config';

// Placeholder until the ImBox emulation lands.
export function createImBoxHandlers(_options: DemoOptions): RequestHandler[] {
  return [];
}
