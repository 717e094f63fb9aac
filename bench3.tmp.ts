import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { openInboxStore } from './server/inbox/inbox-store';
import { createWebhookRoutes } from './server/inbox/webhook-route';
import { silentLogger } from './server/log';
import { snapEngageDemoCases } from './mocks/snapengage/generate-cases';
const cases = snapEngageDemoCases({ size: 100000, now: Date.parse('2026-05-01T12:00:00Z') }).filter(
  (c) => c.inInbox,
);
const dir = mkdtempSync(path.join(tmpdir(), 'b-'));
const store = openInboxStore(path.join(dir, 'a.sqlite'));
let saveMs = 0;
const timed = {
  ...store,
  save: (x: Parameters<typeof store.save>[0]) => {
    const t = performance.now();
    const r = store.save(x);
    saveMs += performance.now() - t;
    return r;
  },
};
const app = new Hono();
app.route(
  '/',
  createWebhookRoutes({ token: 'tok', store: timed, logger: silentLogger, logDeliveries: false }),
);
const t = performance.now();
for (const c of cases) {
  const r = await app.request('/hooks/snapengage', {
    method: 'POST',
    headers: { Authentication: 'tok', 'content-type': 'application/json' },
    body: JSON.stringify(c.integration),
  });
  await r.body?.cancel();
}
console.log('total', Math.round(performance.now() - t), 'save', Math.round(saveMs));
