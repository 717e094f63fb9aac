import type { Hono } from 'hono';
import { demoCredentials, type DemoOptions } from '../demo-config';
import { snapEngageDemoCases } from './snapengage-records';

/**
 * Demo mode's SnapEngage deliveries, posted one by one through the real webhook endpoint (token check,
 * validation, durable upsert) exactly as SnapEngage would post them, oldest first. Returns how many were
 * answered 200.
 */
export async function seedDemoInbox(app: Hono, options: DemoOptions): Promise<number> {
  let delivered = 0;
  for (const item of snapEngageDemoCases(options)) {
    if (!item.inInbox) continue;
    const response = await app.request('/hooks/snapengage', {
      method: 'POST',
      headers: {
        Authentication: demoCredentials.snapengage.webhookToken,
        'content-type': 'application/json',
      },
      body: JSON.stringify(item.integration),
    });
    if (response.status === 200) delivered++;
    await response.body?.cancel();
  }
  return delivered;
}
