import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { QueryClient } from '@tanstack/react-query';
import type { RequestHandler } from 'msw';
import { vi } from 'vitest';
import { createApp } from '../../server/app';
import { loadConfig, secretsOf, type ServerConfig } from '../../server/config';
import { demoFetcher } from '../../server/demo/demo-fetcher';
import { createLogger } from '../../server/log';
import type { Conversation } from '../../src/model/conversation';
import type { ListRequest, VendorAdapter } from '../../src/vendors/types';
import type { DemoOptions } from '../demo-config';
import { createDemoHandlers } from '../handlers';

export type DemoProxy = {
  app: ReturnType<typeof createApp>;
  /** What the "browser" asked the proxy for. */
  browserRequests: URL[];
  /** What the proxy sent to the emulated vendor (credentials included: never log these). */
  upstreamUrls: string[];
  /** The proxy's log lines, after redaction. */
  logLines: string[];
};

/**
 * Test harness for the whole live path without a browser: the global `fetch` of `/api/...` is answered by
 * the real Hono proxy, whose upstream "network" is the vendor emulations, as in demo mode. Used by each
 * vendor's `src/vendors/<vendor>/<vendor>-through-proxy.test.ts` (tests may cross the layers). Undo with
 * `vi.unstubAllGlobals()`.
 */
export function serveDemoProxy({
  demo,
  handlers = createDemoHandlers(demo),
  env = { BACKSCROLL_DEMO: '1' },
  adjust = (config) => config,
}: {
  demo: DemoOptions;
  handlers?: RequestHandler[];
  env?: Record<string, string>;
  adjust?: (config: ServerConfig) => ServerConfig;
}): DemoProxy {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'backscroll-test-'));
  const config = adjust(loadConfig({ ...env, BACKSCROLL_DATA_DIR: dataDir }));
  const emulation = demoFetcher(handlers);
  const browserRequests: URL[] = [];
  const upstreamUrls: string[] = [];
  const logLines: string[] = [];
  const app = createApp({
    config,
    fetcher: (request) => {
      upstreamUrls.push(request.url);
      return emulation(request);
    },
    logger: createLogger(secretsOf(config), (line) => logLines.push(line)),
    sleep: () => Promise.resolve(),
  });
  vi.stubGlobal('fetch', (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    browserRequests.push(new URL(url, 'http://backscroll.test'));
    return app.request(input instanceof Request ? input : url, init);
  });
  return { app, browserRequests, upstreamUrls, logLines };
}

/** One adapter's list, fetched the way the app fetches it (React Query), without retries. */
export async function fetchList(adapter: VendorAdapter, request: ListRequest): Promise<Conversation[]> {
  const list = await new QueryClient({ defaultOptions: { queries: { retry: false } } }).fetchQuery(
    adapter.listQuery(request),
  );
  return list.conversations;
}
