import type { VendorId } from '../../src/model/conversation';
import type { Logger } from '../log';

/**
 * What the proxy prints about vendor requests. A list load is dozens to thousands of requests to one
 * vendor (LiveChat's pages, Social Intents' weeks), and one line each buried everything else (4,300 lines
 * for one 100,000-conversation load). By default each load prints one summary line per vendor, and
 * every failed attempt prints its own line at once; `BACKSCROLL_LOG=debug` adds a line per attempt.
 *
 * A thin proxy does not know where a load ends, so a load is a burst: requests to one vendor with no
 * pause longer than `idleMs` between the last answer and the next request, and none in flight. When the
 * pause passes, the summary is printed: requests (attempts, retries included), pages (answers passed
 * on), failures, and the time from the first request to the last answer. A transcript opened later is a
 * burst of its own (one request).
 */
export type LoadLog = {
  /** An attempt to the vendor begins. */
  started: (vendor: VendorId) => void;
  /** It ended: `outcome` is the HTTP status or `timeout`, `network`, `too_large`, `aborted`. */
  finished: (vendor: VendorId, attempt: { where: string; outcome: string; ms: number }) => void;
  /** Prints what is pending now (at shutdown, and in tests). */
  flush: () => void;
};

export type LoadLogOptions = {
  logger: Logger;
  debug: boolean;
  idleMs?: number;
  now?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
};

type Burst = {
  startedAt: number;
  lastAt: number;
  inFlight: number;
  requests: number;
  pages: number;
  failures: number;
  timer: unknown;
};

export const DEFAULT_LOAD_IDLE_MS = 2000;

export function createLoadLog({
  logger,
  debug,
  idleMs = DEFAULT_LOAD_IDLE_MS,
  now = Date.now,
  setTimer = (run, ms) => {
    const timer = setTimeout(run, ms);
    // A pending summary never keeps the process alive.
    timer.unref();
    return timer;
  },
  clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
}: LoadLogOptions): LoadLog {
  const bursts = new Map<VendorId, Burst>();

  function print(vendor: VendorId, burst: Burst) {
    bursts.delete(vendor);
    const seconds = ((burst.lastAt - burst.startedAt) / 1000).toFixed(1);
    const failed = burst.failures === 0 ? '' : `, ${burst.failures} failed`;
    logger.info(
      `[proxy] ${vendor}: ${plural(burst.requests, 'request')}, ${plural(burst.pages, 'page')}${failed} in ${seconds} s`,
    );
  }

  return {
    started(vendor) {
      let burst = bursts.get(vendor);
      if (!burst) {
        burst = {
          startedAt: now(),
          lastAt: now(),
          inFlight: 0,
          requests: 0,
          pages: 0,
          failures: 0,
          timer: null,
        };
        bursts.set(vendor, burst);
      }
      if (burst.timer !== null) clearTimer(burst.timer);
      burst.timer = null;
      burst.inFlight++;
      burst.requests++;
    },
    finished(vendor, { where, outcome, ms }) {
      const ok = /^2\d\d$/.test(outcome);
      const line = `[proxy] ${vendor} GET ${where} -> ${outcome} in ${ms}ms`;
      if (!ok) logger.warn(line);
      else if (debug) logger.info(line);
      const burst = bursts.get(vendor);
      if (!burst) return;
      burst.inFlight = Math.max(0, burst.inFlight - 1);
      burst.lastAt = now();
      if (ok) burst.pages++;
      else burst.failures++;
      if (burst.inFlight === 0) burst.timer = setTimer(() => print(vendor, burst), idleMs);
    },
    flush() {
      for (const [vendor, burst] of [...bursts]) {
        if (burst.timer !== null) clearTimer(burst.timer);
        print(vendor, burst);
      }
    },
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
