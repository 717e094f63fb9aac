import { getResponse, type RequestHandler } from 'msw';
import type { Hono } from 'hono';
import { DEFAULT_DEMO_SIZE, demoCredentials, type DemoOptions } from '../../mocks/demo-config';
import { createDemoHandlers } from '../../mocks/handlers';
import { seedDemoInbox } from '../../mocks/snapengage/seed-inbox';
import type { Fetcher } from '../proxy/forward';

/**
 * Demo mode's one door into mocks/: the only production module that imports the vendor emulations. The
 * rest of the server asks this module for the demo "network", the demo credentials and the demo inbox.
 */
export { DEFAULT_DEMO_SIZE, demoCredentials };

/**
 * Demo mode's "network": the proxy's upstream request goes to the MSW vendor emulations in-process instead
 * of the internet. Everything before this point (routing, allowlist, credentials, retries) is live code.
 */
export function demoFetcher(handlers: ReadonlyArray<RequestHandler>): Fetcher {
  return async (request) => {
    const response = await getResponse([...handlers], request);
    return response ?? new Response(`No emulation for ${new URL(request.url).pathname}`, { status: 404 });
  };
}

/** The four emulated vendors over `size` deterministic demo conversations anchored at `now`. */
export function demoNetwork(options: DemoOptions): Fetcher {
  return demoFetcher(createDemoHandlers(options));
}

/** Posts the demo SnapEngage cases through the real webhook route; returns how many were stored. */
export function deliverDemoCases(app: Hono, options: DemoOptions): Promise<number> {
  return seedDemoInbox(app, options);
}
