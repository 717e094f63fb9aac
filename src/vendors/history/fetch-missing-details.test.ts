import { describe, expect, it } from 'vitest';
import { historyAccount } from '../../lib/history/history-store';
import { createMemoryStore } from '../../lib/history/memory-store';
import { emptyVisitor, type TranscriptDetail } from '../../model/conversation';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { VendorError } from '../../lib/vendor-error';
import { fetchMissingDetails } from './fetch-missing-details';

const account = historyAccount('imbox', 'ffff');
const startedAt = Date.parse('2026-11-02T10:00:00Z');
const anonymous = (id: string) =>
  makeConversation({ vendor: 'imbox', id, startedAt, messages: null, visitor: { ...emptyVisitor } });
const detailFor = (id: string): TranscriptDetail => ({
  messages: [makeMessage(), makeMessage({ id: 'm2' })],
  visitor: { name: `Visitor ${id}`, email: `${id}@example.org` },
  tags: [],
  labels: [],
  details: [],
  raw: null,
});

describe('fetchMissingDetails', () => {
  it('names the rows that lack details, at most `concurrency` at once, and keeps them in the history', async () => {
    const store = createMemoryStore();
    const rows = ['a', 'b', 'c', 'd', 'e', 'f'].map(anonymous);
    await store.putSpan(account, { start: startedAt - 1, end: startedAt + 1, loadedAt: 1 }, rows);
    let inFlight = 0;
    let most = 0;
    const shown: string[] = [];
    const progress: string[] = [];
    await fetchMissingDetails({
      rows: [...rows, makeConversation({ vendor: 'imbox', id: 'has-messages', startedAt })],
      store,
      account,
      signal: new AbortController().signal,
      concurrency: 2,
      flushEveryMs: 0,
      fetchDetail: async (row) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return detailFor(row.id);
      },
      onProgress: (done, total) => progress.push(`${done}/${total}`),
      onRows: (batch) => shown.push(...batch.map((row) => `${row.visitor.name} ${row.messageCount}`)),
    });
    expect(most).toBe(2);
    expect(progress.at(0)).toBe('0/6');
    expect(progress.at(-1)).toBe('6/6');
    expect(shown.sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f'].map((id) => `Visitor ${id} 2`));
    const held = await store.read(account, { start: startedAt - 1, end: startedAt + 1 });
    expect(held.map((row) => row.visitor.email).sort()).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => `${id}@example.org`),
    );
  });

  it('stops at the first refusal for want of a session: every other detail would be refused too', async () => {
    const store = createMemoryStore();
    let asked = 0;
    const walk = fetchMissingDetails({
      rows: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(anonymous),
      store,
      account,
      signal: new AbortController().signal,
      concurrency: 2,
      fetchDetail: async () => {
        asked++;
        throw new VendorError({
          vendor: null,
          code: 'unauthenticated',
          message: 'Sign in to Backscroll to continue.',
          upstreamStatus: null,
          retryable: false,
        });
      },
      onProgress: () => {},
      onRows: () => {},
    });
    await expect(walk).rejects.toThrow('Sign in to Backscroll to continue.');
    // One refusal per walker running at once; none of the other rows is asked.
    expect(asked).toBe(2);
  });

  it('skips a detail that fails and goes on', async () => {
    const store = createMemoryStore();
    const shown: string[] = [];
    await fetchMissingDetails({
      rows: ['ok', 'broken'].map(anonymous),
      store,
      account,
      signal: new AbortController().signal,
      fetchDetail: async (row) => {
        if (row.id === 'broken') throw new Error('502');
        return detailFor(row.id);
      },
      onProgress: () => {},
      onRows: (batch) => shown.push(...batch.map((row) => row.id)),
    });
    expect(shown).toEqual(['ok']);
  });
});
