import type { Logger } from '../log';
import type { LoadLog } from './load-log';
import type { UpstreamRequest, UpstreamVendor } from '../vendors/upstream';
import { readLimitedBody } from './read-limited-body';
import type { RetryBudget } from './retry-budget';
import { describeUpstreamFailure, errorBody, jsonResponse } from './upstream-error';

/** Live mode passes the global fetch; demo mode passes the MSW emulation (server/demo/demo-fetcher.ts). */
export type Fetcher = (request: Request) => Promise<Response>;

/** What one proxied call may cost, whatever the vendor does (README, "Proxy limits"). */
export type ProxyLimits = {
  /** One attempt's time to answer and send its body. */
  attemptTimeoutMs: number;
  /** The whole call: every attempt, every wait between them and the body. */
  deadlineMs: number;
  /** The largest answer passed on; a larger one is refused, never truncated. */
  maxBytes: number;
  /** Retries after the first attempt, for 429, 5xx, timeouts and network failures. */
  maxRetries?: number;
  /** Longest wait Backscroll accepts between attempts; a longer Retry-After fails fast instead. */
  maxDelayMs?: number;
};

export type ForwardOptions = {
  fetcher: Fetcher;
  logger: Logger;
  limits: ProxyLimits;
  /** The vendor's retry budget, shared by all its requests (server/proxy/retry-budget.ts). */
  budget: RetryBudget;
  /**
   * A last look at the vendor's parsed JSON before it is passed on (the SnapEngage next-page link): a
   * message refuses the answer with that message.
   */
  inspect?: (value: unknown) => string | null;
  sleep?: (ms: number) => Promise<void>;
  /** Summaries per load and error lines (server/proxy/load-log.ts); without it, one line per attempt. */
  loadLog?: LoadLog;
};

/** Statuses where the same request may well succeed a moment later; 501, 505 and every 4xx but 429 won't. */
const RETRYABLE = new Set([429, 500, 502, 503, 504]);

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
  | {
      kind: 'answer';
      status: number;
      contentType: string | null;
      retryAfter: string | null;
      body: Uint8Array<ArrayBuffer>;
    }
  | { kind: 'too_large' }
  | { kind: 'timeout' }
  | { kind: 'network'; detail: string };

/**
 * One request and, for a success, its whole body, within `timeoutMs` (the attempt's own limit or what is
 * left of the call's deadline, whichever is shorter). One timer and one controller per attempt: this runs
 * for every page of every vendor list.
 */
async function attempt(
  fetcher: Fetcher,
  target: UpstreamRequest,
  timeoutMs: number,
  maxBytes: number,
  signal: AbortSignal | undefined,
): Promise<Attempt> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The vendor did not answer in time.', 'TimeoutError'));
  }, timeoutMs);
  const onClientAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onClientAbort();
  else signal?.addEventListener('abort', onClientAbort, { once: true });
  // Race the abort ourselves as well: a fetcher or a body that ignores the signal must not hang the proxy.
  const aborted = new Promise<never>((_, reject) => {
    if (controller.signal.aborted) reject(controller.signal.reason);
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  aborted.catch(() => {});
  try {
    const request = new Request(target.url, {
      headers: target.headers,
      signal: controller.signal,
      redirect: 'manual',
    });
    const response = await Promise.race([fetcher(request), aborted]);
    const base = {
      status: response.status,
      contentType: response.headers.get('content-type'),
      retryAfter: response.headers.get('retry-after'),
    };
    if (!response.ok) {
      // The body of a failure is never passed on, so it is never read.
      void response.body?.cancel().catch(() => {});
      return { kind: 'answer', ...base, body: new Uint8Array() };
    }
    const body = await readLimitedBody(response, maxBytes, aborted);
    return body === null ? { kind: 'too_large' } : { kind: 'answer', ...base, body };
  } catch (error) {
    if (timedOut) return { kind: 'timeout' };
    if (signal?.aborted) throw error;
    return { kind: 'network', detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onClientAbort);
  }
}

/** JSON by its declared type: `application/json` or a `+json` type. */
export function isJsonContentType(header: string | null): boolean {
  const type = header?.split(';')[0]?.trim().toLowerCase() ?? '';
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'));
}

function parseJson(body: Uint8Array): { ok: true; text: string; value: unknown } | { ok: false } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { ok: true, text, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** A credential of this vendor inside its answer (a page echoing the URL with ImBox's key in it). */
function echoesCredential(vendor: UpstreamVendor, text: string): boolean {
  // Short values (an ImBox user id such as 42) are ordinary numbers in answers; only long ones are looked for.
  const secrets = vendor.secrets.filter((secret) => secret.length >= 8);
  return secrets.some((secret) => text.includes(secret) || text.includes(encodeURIComponent(secret)));
}

/**
 * Sends one vendor request with the proxy's guarantees: retries only where they can help (429, 5xx,
 * timeouts, network) and only while the vendor's retry budget allows, backoff that honours Retry-After,
 * one deadline for the whole call, a size cap on the answer, and only JSON passed on. Whatever fails
 * becomes the vendor's typed JSON error; no upstream header but the content type reaches the browser.
 */
export async function forward(
  vendor: UpstreamVendor,
  target: UpstreamRequest,
  options: ForwardOptions,
  signal?: AbortSignal,
): Promise<Response> {
  const { fetcher, logger, limits, budget, inspect, sleep = defaultSleep, loadLog } = options;
  const { maxRetries = 3, maxDelayMs = 20_000 } = limits;
  const where = `${target.url.pathname}${target.url.search}`;
  // The call's deadline bounds each attempt's timer and each wait, so no separate timer is needed.
  const started = Date.now();
  for (let attemptNo = 0; ; attemptNo++) {
    const remaining = limits.deadlineMs - (Date.now() - started);
    const attemptStarted = Date.now();
    loadLog?.started(vendor.id);
    const result: Attempt =
      remaining <= 0
        ? { kind: 'timeout' }
        : await attempt(
            fetcher,
            target,
            Math.min(limits.attemptTimeoutMs, remaining),
            limits.maxBytes,
            signal,
          );
    const outcome = result.kind === 'answer' ? String(result.status) : result.kind;
    const ms = Date.now() - attemptStarted;
    if (loadLog) loadLog.finished(vendor.id, { where, outcome, ms });
    else logger.info(`[proxy] ${vendor.id} GET ${where} -> ${outcome} in ${ms}ms`);

    if (result.kind === 'too_large') {
      budget.succeeded();
      return jsonResponse(
        502,
        errorBody({
          vendor: vendor.id,
          code: 'too_large',
          message: `${vendor.label} answered with more than ${formatBytes(limits.maxBytes)}, more than Backscroll passes on (BACKSCROLL_MAX_UPSTREAM_BYTES). Choose fewer days.`,
          retryable: false,
        }),
      );
    }
    if (result.kind === 'answer' && !RETRYABLE.has(result.status)) {
      budget.succeeded();
      if (result.status >= 200 && result.status < 300) return passOn(vendor, result, inspect);
      const failure = describeUpstreamFailure(vendor.label, result.status, vendor.credentialHint);
      return jsonResponse(502, errorBody({ vendor: vendor.id, ...failure, upstreamStatus: result.status }));
    }

    const mayRetry = budget.failed();
    let delay = backoffMs(attemptNo);
    if (result.kind === 'answer') {
      const hinted = retryAfterMs(result.retryAfter);
      if (hinted !== null) delay = hinted;
    }
    const left = limits.deadlineMs - (Date.now() - started);
    if (!mayRetry || attemptNo >= maxRetries || delay > maxDelayMs || delay >= left) {
      return finalFailure(vendor, result, attemptNo + 1, limits.deadlineMs, Date.now() - started);
    }
    await sleep(delay);
    if (signal?.aborted) throw signal.reason;
  }
}

function passOn(
  vendor: UpstreamVendor,
  result: Extract<Attempt, { kind: 'answer' }>,
  inspect: ForwardOptions['inspect'],
): Response {
  const refuse = (code: string, message: string) =>
    jsonResponse(
      502,
      errorBody({ vendor: vendor.id, code, message, upstreamStatus: result.status, retryable: false }),
    );
  const parsed = isJsonContentType(result.contentType) ? parseJson(result.body) : { ok: false as const };
  if (!parsed.ok) {
    const type = result.contentType?.split(';')[0]?.trim() || 'no content type';
    return refuse(
      'not_json',
      `${vendor.label} answered with something other than JSON (HTTP ${result.status}, ${type}). Backscroll passes only JSON on; check ${vendor.credentialHint} and the base URL.`,
    );
  }
  if (echoesCredential(vendor, parsed.text)) {
    return refuse(
      'credential_echo',
      `${vendor.label}'s answer contained Backscroll's credentials for it, so it was not passed on.`,
    );
  }
  const problem = inspect?.(parsed.value) ?? null;
  if (problem !== null) return refuse('bad_upstream_answer', problem);
  return new Response(result.body, {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
  });
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB` : `${bytes} bytes`;
}

function finalFailure(
  vendor: UpstreamVendor,
  result: Attempt,
  attempts: number,
  deadlineMs: number,
  elapsedMs: number,
): Response {
  const tries = attempts === 1 ? 'once' : `${attempts} times`;
  if (result.kind === 'timeout') {
    const within = elapsedMs >= deadlineMs ? ` within ${Math.round(deadlineMs / 1000)} s` : ' in time';
    return jsonResponse(
      504,
      errorBody({
        vendor: vendor.id,
        code: 'timeout',
        message: `${vendor.label} did not answer${within} (tried ${tries}).`,
        retryable: true,
      }),
    );
  }
  if (result.kind === 'network' || result.kind === 'too_large') {
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
  const status = result.status;
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
