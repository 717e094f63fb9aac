import { afterEach, describe, expect, it, vi } from 'vitest';
import { filtersFromSearch, reportAudit } from './audit-client';

const view = { action: 'transcript_view', detail: { vendor: 'livechat', conversationId: 'c1' } } as const;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Stubs fetch with the given outcomes in turn, recording each call's body. */
function stubFetch(outcomes: Array<number | 'network'>) {
  const bodies: unknown[] = [];
  const fetchStub = vi.fn(async (_url: string, init?: RequestInit) => {
    bodies.push(JSON.parse(String(init?.body)));
    const outcome = outcomes.shift() ?? 204;
    if (outcome === 'network') throw new TypeError('Failed to fetch');
    return new Response(null, { status: outcome });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { fetchStub, bodies };
}

describe('reportAudit', () => {
  it('posts the report once when the server takes it', async () => {
    vi.useFakeTimers();
    const { fetchStub, bodies } = stubFetch([204]);
    reportAudit(view);
    await vi.runAllTimersAsync();
    expect(fetchStub).toHaveBeenCalledTimes(1);
    expect(fetchStub.mock.calls[0]?.[0]).toBe('/api/audit');
    expect(bodies).toEqual([view]);
  });

  it('retries a failed post once, then gives up quietly', async () => {
    vi.useFakeTimers();
    const errors = vi.spyOn(console, 'error');
    const { fetchStub } = stubFetch(['network', 503, 503]);
    reportAudit(view);
    await vi.runAllTimersAsync();
    expect(fetchStub).toHaveBeenCalledTimes(2);
    expect(errors).not.toHaveBeenCalled();
  });

  it('does not repeat a report the server refused', async () => {
    vi.useFakeTimers();
    const { fetchStub } = stubFetch([400]);
    reportAudit(view);
    await vi.runAllTimersAsync();
    expect(fetchStub).toHaveBeenCalledTimes(1);
  });
});

describe('filtersFromSearch', () => {
  it("keeps the link's parameters in order, repeats included", () => {
    expect(filtersFromSearch('?vendor=livechat&vendor=imbox&q=refund%20please')).toEqual([
      ['vendor', 'livechat'],
      ['vendor', 'imbox'],
      ['q', 'refund please'],
    ]);
    expect(filtersFromSearch('')).toEqual([]);
    expect(filtersFromSearch(`?q=${'x'.repeat(5000)}`)[0]?.[1]).toHaveLength(2000);
  });
});
