import { describe, expect, it } from 'vitest';
import { createLoadLog } from './load-log';
import { createApp } from '../app';
import { loadConfig } from '../config';
import { createLogger } from '../log';

/** A load log on a hand-driven clock: timers run when the test says time has passed. */
function harness(debug = false) {
  const lines: string[] = [];
  let clock = 0;
  let timers: Array<{ at: number; run: () => void; id: number }> = [];
  let nextId = 0;
  const log = createLoadLog({
    logger: createLogger(['SECRET-KEY-123'], (line) => lines.push(line)),
    debug,
    idleMs: 2000,
    now: () => clock,
    setTimer: (run, ms) => {
      const id = nextId++;
      timers.push({ at: clock + ms, run, id });
      return id;
    },
    clearTimer: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
  });
  const advance = (ms: number) => {
    clock += ms;
    const due = timers.filter((timer) => timer.at <= clock);
    timers = timers.filter((timer) => timer.at > clock);
    for (const timer of due) timer.run();
  };
  return { log, lines, advance };
}

describe('proxy log lines', () => {
  it('prints one summary per vendor load: requests, pages and time, and nothing per page', () => {
    const { log, lines, advance } = harness();
    for (let page = 1; page <= 40; page++) {
      log.started('livechat');
      advance(100);
      log.finished('livechat', { where: `/chats?page=${page}`, outcome: '200', ms: 100 });
      advance(50);
    }
    expect(lines).toEqual([]);
    advance(2000);
    expect(lines).toEqual(['[proxy] livechat: 40 requests, 40 pages in 6.0 s']);
  });

  it('keeps vendors apart and waits for requests still in flight', () => {
    const { log, lines, advance } = harness();
    log.started('socialintents');
    log.started('imbox');
    log.started('socialintents');
    advance(300);
    log.finished('socialintents', { where: '/chats', outcome: '200', ms: 300 });
    log.finished('imbox', { where: '/x', outcome: '200', ms: 300 });
    advance(5000);
    // Social Intents still has a request in flight: its load has not ended.
    expect(lines).toEqual(['[proxy] imbox: 1 request, 1 page in 0.3 s']);
    log.finished('socialintents', { where: '/missedchats', outcome: '200', ms: 5300 });
    advance(2000);
    expect(lines).toEqual([
      '[proxy] imbox: 1 request, 1 page in 0.3 s',
      '[proxy] socialintents: 2 requests, 2 pages in 5.3 s',
    ]);
  });

  it('prints every failed attempt at once, redacted, and counts it in the summary', () => {
    const { log, lines, advance } = harness();
    log.started('imbox');
    log.finished('imbox', { where: '/message/grabAgents/SECRET-KEY-123/42', outcome: '503', ms: 12 });
    expect(lines).toEqual(['warning: [proxy] imbox GET /message/grabAgents/[redacted]/42 -> 503 in 12ms']);
    log.started('imbox');
    log.finished('imbox', { where: '/message/grabAgents/SECRET-KEY-123/42', outcome: '200', ms: 20 });
    advance(2000);
    expect(lines.at(-1)).toBe('[proxy] imbox: 2 requests, 1 page, 1 failed in 0.0 s');
  });

  it('a pause longer than the idle time starts a new load', () => {
    const { log, lines, advance } = harness();
    log.started('livechat');
    log.finished('livechat', { where: '/chats', outcome: '200', ms: 1 });
    advance(2500);
    log.started('livechat');
    log.finished('livechat', { where: '/chats', outcome: '200', ms: 1 });
    advance(2500);
    expect(lines).toHaveLength(2);
  });

  it('adds a line per request with BACKSCROLL_LOG=debug', () => {
    const { log, lines, advance } = harness(true);
    log.started('livechat');
    log.finished('livechat', { where: '/chats?page=1', outcome: '200', ms: 7 });
    advance(2000);
    expect(lines).toEqual([
      '[proxy] livechat GET /chats?page=1 -> 200 in 7ms',
      '[proxy] livechat: 1 request, 1 page in 0.0 s',
    ]);
  });
});

describe('the proxy prints per-request lines only in debug', () => {
  const env = {
    LIVECHAT_LOGIN: 'lead@example.com',
    LIVECHAT_API_KEY: 'lc-key-SECRET',
    LIVECHAT_BASE_URL: 'http://lc.test',
  };
  async function linesFor(extra: Record<string, string>) {
    const lines: string[] = [];
    const app = createApp({
      config: loadConfig({ ...env, ...extra }),
      fetcher: async () => Response.json({ chats: [], total: 0, pages: 1 }),
      logger: createLogger(['lc-key-SECRET'], (line) => lines.push(line)),
    });
    for (let page = 1; page <= 3; page++) await app.request(`/api/proxy/livechat/chats?page=${page}`);
    return lines;
  }

  it('by default prints no line per page', async () => {
    expect((await linesFor({})).filter((line) => line.includes('GET /chats'))).toEqual([]);
  });

  it('with BACKSCROLL_LOG=debug prints each page', async () => {
    expect(
      (await linesFor({ BACKSCROLL_LOG: 'debug' })).filter((line) => line.includes('GET /chats')),
    ).toHaveLength(3);
  });

  it('refuses an unknown BACKSCROLL_LOG value with a clear error', () => {
    expect(() => loadConfig({ ...env, BACKSCROLL_LOG: 'verbose' })).toThrow(/BACKSCROLL_LOG/);
  });
});
