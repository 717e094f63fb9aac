import type { Logger } from '../log';
import type { UpstreamRequest, UpstreamVendor } from '../vendors/upstream';
import { describeUpstreamFailure, errorBody, jsonResponse } from './upstream-error';

/** Live mode passes the global fetch; demo mode passes the MSW emulation (server/demo/demo-fetcher.ts). */
export type Fetcher = (request: Request) => Promise<Response>;

export type ForwardOptions = {
  fetcher: Fetcher;
  logger: Logger;
  timeoutMs: number;
  /** Retries after the first attempt, for 429, 5xx, timeouts and network failures. */
  maxRetries?: number;
  /** Longest wait Backscroll accepts between attempts; a longer Retry-After fails fast instead. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
};

const RETRYABLE = (status: number) => status === 429 || status >= 500;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function backoffMs(attempt: number): number {
  return Math.min(4000, 300 * 2 ** attempt) + Math.floor(Math.random() * 100);
}

type Attempt =
  { kind: 'response'; response: Response } | { kind: 'timeout' } | { kind: 'network'; detail: string };

async function attempt(
  fetcher: Fetcher,
  target: UpstreamRequest,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Attempt> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  // Race the timeout ourselves as well: a fetcher that ignores its signal must not hang the proxy.
  let onAbort: () => void = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(combined.reason);
    combined.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const request = new Request(target.url, {
      headers: target.headers,
      signal: combined,
      redirect: 'manual',
    });
    const response = await Promise.race([fetcher(request), aborted]);
    return { kind: 'response', response };
  } catch (error) {
    if (timeout.aborted) return { kind: 'timeout' };
    if (signal?.aborted) throw error;
    return { kind: 'network', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    combined.removeEventListener('abort', onAbort);
    aborted.catch(() => {});
  }
}

/**
 * Sends one vendor request with the proxy's guarantees: bounded retries with backoff that honours
 * Retry-After, a timeout per attempt, and a typed JSON error for whatever still fails. The response body
 * of a success passes through untouched; no upstream header but the content type does.
 */
export async function forward(
  vendor: UpstreamVendor,
  target: UpstreamRequest,
  options: ForwardOptions,
  signal?: AbortSignal,
): Promise<Response> {
  const { fetcher, logger, timeoutMs, maxRetries = 3, maxDelayMs = 20_000, sleep = defaultSleep } = options;
  const where = `${target.url.pathname}${target.url.search}`;
  for (let attemptNo = 0; ; attemptNo++) {
    const started = Date.now();
    const result = await attempt(fetcher, target, timeoutMs, signal);
    const elapsed = Date.now() - started;
    const outcome = result.kind === 'response' ? String(result.response.status) : result.kind;
    logger.info(`[proxy] ${vendor.id} GET ${where} -> ${outcome} in ${elapsed}ms`);

    if (result.kind === 'response' && !RETRYABLE(result.response.status)) {
      const { response } = result;
      if (response.ok) {
        return new Response(response.body, {
          status: 200,
          headers: {
            'content-type': response.headers.get('content-type') ?? 'application/json',
            'cache-control': 'no-store',
          },
        });
      }
      await response.body?.cancel();
      const failure = describeUpstreamFailure(vendor.label, response.status, vendor.credentialHint);
      return jsonResponse(502, errorBody({ vendor: vendor.id, ...failure, upstreamStatus: response.status }));
    }

    let delay = backoffMs(attemptNo);
    if (result.kind === 'response') {
      const hinted = retryAfterMs(result.response.headers.get('retry-after'));
      if (hinted !== null) delay = hinted;
      await result.response.body?.cancel();
    }
    if (attemptNo >= maxRetries || delay > maxDelayMs) return finalFailure(vendor, result, attemptNo + 1);
    await sleep(delay);
  }
}

function finalFailure(vendor: UpstreamVendor, result: Attempt, attempts: number): Response {
  const tries = attempts === 1 ? 'once' : `${attempts} times`;
  if (result.kind === 'timeout') {
    return jsonResponse(
      504,
      errorBody({
        vendor: vendor.id,
        code: 'timeout',
        message: `${vendor.label} did not answer in time (tried ${tries}).`,
        retryable: true,
      }),
    );
  }
  if (result.kind === 'network') {
    return jsonResponse(
      502,
      errorBody({
        vendor: vendor.id,
        code: 'unreachable',
        message: `Backscroll could not reach ${vendor.label} (tried ${tries}). Check the base URL and the network.`,
        retryable: true,
      }),
    );
  }
  const status = result.response.status;
  const failure = describeUpstreamFailure(vendor.label, status, vendor.credentialHint);
  return jsonResponse(
    502,
    errorBody({
      vendor: vendor.id,
      ...failure,
      message: `${failure.message} Tried ${tries}.`,
      upstreamStatus: status,
    }),
  );
}
