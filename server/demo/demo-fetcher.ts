import { getResponse, type RequestHandler } from 'msw';
import type { Fetcher } from '../proxy/forward';

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
