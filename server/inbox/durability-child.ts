import { serve } from '@hono/node-server';
import { loadConfig } from '../config';
import { silentLogger } from '../log';
import { createInbox } from './inbox';

/**
 * A bare inbox server for durability.test.ts, which kills it with SIGKILL mid-burst. Configured from the
 * environment (SNAPENGAGE_WEBHOOK_TOKEN, BACKSCROLL_DATA_DIR); prints `{"port":n}` once listening.
 */
const inbox = createInbox({ config: loadConfig(process.env), logger: silentLogger });
serve({ fetch: inbox.routes.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
