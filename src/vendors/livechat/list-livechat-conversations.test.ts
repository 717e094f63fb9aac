import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayRange } from '../../lib/date-range';
import type { Conversation } from '../../model/conversation';
import sample from './__fixtures__/chats-sample.json';
import { listLiveChatConversations } from './list-livechat-conversations';

const progressReports = vi.hoisted(() => [] as unknown[]);
vi.mock('../../lib/progress-store', () => ({
  reportProgress: (_vendor: string, value: unknown) => progressReports.push(value),
}));

const sampleChat = sample.chats[0] as (typeof sample.chats)[number];
const at = (iso: string) => Date.parse(iso) / 1000;
const chat = (id: string, startedIso: string) => ({
  ...sampleChat,
  id,
  started_timestamp: at(startedIso),
  ended_timestamp: at(startedIso) + 60,
});

afterEach(() => {
  vi.unstubAllGlobals();
  progressReports.length = 0;
});

describe('listing LiveChat conversations', () => {
  const range = dayRange('2026-03-10', '2026-03-11', 'Europe/Stockholm');

  it('widens the days by one on each side, pushes the e-mail down and keeps only the exact range', async () => {
    const urls: URL[] = [];
    const chats = [
      chat('after', '2026-03-11T23:00:00Z'),
      chat('last', '2026-03-11T22:59:59Z'),
      chat('first', '2026-03-09T23:00:00Z'),
      chat('before', '2026-03-09T22:59:59Z'),
    ];
    vi.stubGlobal('fetch', async (input: string) => {
      urls.push(new URL(input, 'http://backscroll.test'));
      return Response.json({ chats, total: chats.length, pages: 1 });
    });
    const { conversations } = await listLiveChatConversations({ range, email: 'mary.brown@email.com' });
    expect(urls.map((url) => [url.pathname, Object.fromEntries(url.searchParams)])).toEqual([
      [
        '/api/proxy/livechat/chats',
        { date_from: '2026-03-09', date_to: '2026-03-12', page: '1', query: 'mary.brown@email.com' },
      ],
    ]);
    expect(conversations.map((c) => c.id)).toEqual(['last', 'first']);
  });

  it('leaves out and counts a chat it cannot read, and reads the rest', async () => {
    const { id: _id, ...withoutId } = chat('x', '2026-03-10T12:00:00Z');
    const chats = [chat('A', '2026-03-10T12:00:00Z'), withoutId, chat('B', '2026-03-10T11:00:00Z')];
    vi.stubGlobal('fetch', async () => Response.json({ chats, total: chats.length, pages: 1 }));
    const list = await listLiveChatConversations({ range, email: null });
    expect(list.conversations.map((c) => c.id)).toEqual(['A', 'B']);
    expect(list.unreadable).toBe(1);
  });

  it('keeps a chat once when it shows up on two pages', async () => {
    const page1 = Array.from({ length: 25 }, (_, i) => chat(`C${i}`, '2026-03-10T12:00:00Z'));
    const page2 = [chat('C24', '2026-03-10T12:00:00Z'), chat('C25', '2026-03-10T11:00:00Z')];
    vi.stubGlobal('fetch', async (input: string) => {
      const page = new URL(input, 'http://backscroll.test').searchParams.get('page');
      return Response.json({ chats: page === '1' ? page1 : page2, total: 27, pages: 2 });
    });
    const { conversations } = await listLiveChatConversations({ range, email: null });
    expect(conversations).toHaveLength(26);
    expect(new Set(conversations.map((c) => c.id)).size).toBe(26);
  });

  it('hears the rows in the range of each page as it arrives, and the list is made of those same rows', async () => {
    const page1 = [
      ...Array.from({ length: 24 }, (_, i) => chat(`C${i}`, '2026-03-10T12:00:00Z')),
      chat('before', '2026-03-09T22:59:59Z'),
    ];
    const page2 = [chat('C23', '2026-03-10T12:00:00Z'), chat('C24', '2026-03-10T11:00:00Z')];
    vi.stubGlobal('fetch', async (input: string) => {
      const page = new URL(input, 'http://backscroll.test').searchParams.get('page');
      return Response.json({ chats: page === '1' ? page1 : page2, total: 27, pages: 2 });
    });
    const heard: Conversation[][] = [];
    const list = await listLiveChatConversations({ range, email: null }, undefined, (rows) =>
      heard.push([...rows]),
    );
    expect(heard.map((rows) => rows.length)).toEqual([24, 2]);
    expect(heard.flat().some((row) => row.id === 'before')).toBe(false);
    // The list keeps the first of C23's two rows, and every row of the list is one that was heard.
    expect(list.conversations).toHaveLength(25);
    const heardRows = new Set(heard.flat());
    expect(list.conversations.every((row) => heardRows.has(row))).toBe(true);
    expect(list.conversations.find((row) => row.id === 'C23')).toBe(
      heard[0]?.find((row) => row.id === 'C23'),
    );
  });

  it('reports page progress and clears it when done', async () => {
    vi.stubGlobal('fetch', async () => Response.json({ chats: [], total: 60, pages: 3 }));
    await listLiveChatConversations({ range, email: null });
    expect(progressReports).toContainEqual({ done: 3, total: 3 });
    expect(progressReports.at(-1)).toBeNull();
  });

  it('clears progress when a page fails, and fails with the proxy error', async () => {
    vi.stubGlobal('fetch', async (input: string) => {
      const page = new URL(input, 'http://backscroll.test').searchParams.get('page');
      if (page === '1') return Response.json({ chats: [], total: 60, pages: 3 });
      return Response.json(
        {
          error: {
            vendor: 'livechat',
            code: 'upstream_error',
            message: 'LiveChat had a server error (HTTP 500).',
            upstreamStatus: 500,
            retryable: true,
          },
        },
        { status: 502 },
      );
    });
    await expect(listLiveChatConversations({ range, email: null })).rejects.toMatchObject({
      vendor: 'livechat',
      code: 'upstream_error',
    });
    expect(progressReports.at(-1)).toBeNull();
  });
});
