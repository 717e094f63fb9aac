import type { ServerType } from '@hono/node-server';

/** How long shutdown waits for requests in flight before it cuts their connections. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Stops in the order that loses nothing: stop accepting connections, let the requests in flight finish
 * (a webhook delivery is answered 200 only after its row is committed), then close the store. A request
 * still running after the grace period has its connection cut, unanswered, so SnapEngage delivers it again.
 */
export function stopGracefully(
  server: ServerType,
  closeStore: () => void,
  graceMs: number = SHUTDOWN_GRACE_MS,
): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => {
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      closeStore();
      resolve();
    });
    // Idle keep-alive connections would hold close() open although nothing is in flight on them.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
}
