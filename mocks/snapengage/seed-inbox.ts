import type { Hono } from 'hono';
import type { DemoOptions } from '../demo-config';

// Placeholder until the SnapEngage demo inbox lands: returns how many cases were delivered.
export async function seedDemoInbox(_app: Hono, _options: DemoOptions): Promise<number> {
  return 0;
}
