import type { RequestListener, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Starts `server` on a free loopback port: its base URL, and how to close it. */
export async function listenOnLoopback(
  server: Server,
): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a stand-in test may slow down: each request is answered after `answerAfterMs` (0, at once). */
export type AnswerDelay = { answerAfterMs: number };

/** `handle`, answering after the delay `delay` holds at the time of each request. */
export function answeringAfter(delay: AnswerDelay, handle: RequestListener): RequestListener {
  return (req, res) => {
    if (delay.answerAfterMs > 0) setTimeout(() => handle(req, res), delay.answerAfterMs);
    else handle(req, res);
  };
}
