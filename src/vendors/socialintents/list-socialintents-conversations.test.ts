import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayRange } from '../../lib/date-range';
import { VendorError } from '../../lib/vendor-error';
import sample from './__fixtures__/chat-history-v1-sample.json';
import { listSocialIntentsConversations, mergeSocialIntentsLists } from './list-socialintents-conversations';

const sampleChat = sample.chats[0] as (typeof sample.chats)[number];
const range = dayRange('2017-06-24', '2017-06-24', 'UTC');

function envelope(chats: unknown[] | undefined, status = 'Success', extra: Record<string, unknown> = {}) {
  return {
    apiStatus: status,
    apiStatusCode: '200',
    apiStatusMessage: '',
    ...(chats ? { chats } : {}),
    ...extra,
  };
}

/** Answers the proxy's three list URLs with canned bodies and records what was asked. */
function stubProxy(bodies: Record<string, unknown>) {
  const urls: URL[] = [];
  vi.stubGlobal('fetch', async (input: string) => {
    const url = new URL(input, 'http://backscroll.test');
    urls.push(url);
    const list = url.pathname.replace('/api/proxy/socialintents/', '');
    return Response.json(bodies[list] ?? envelope([]));
  });
  return urls;
}

afterEach(() => vi.unstubAllGlobals());

describe('merging the three Social Intents lists', () => {
  it('keeps a chat once when it is in /chats and /missedchats, with the missed list deciding its status', () => {
    const missed = { ...sampleChat, agentName: '', agentId: '' };
    const merged = mergeSocialIntentsLists(
      [
        { list: 'chats', chats: [missed] },
        { list: 'missedchats', chats: [missed] },
        { list: 'offlinemessages', chats: [] },
      ],
      range,
    );
    expect(merged.conversations.map((conversation) => [conversation.id, conversation.status])).toEqual([
      [sampleChat.id, 'missed'],
    ]);
  });

  it('leaves out and counts a chat it cannot read, and reads the rest', () => {
    const { id: _id, ...withoutId } = sampleChat;
    const merged = mergeSocialIntentsLists(
      [
        { list: 'chats', chats: [sampleChat, withoutId] },
        { list: 'offlinemessages', chats: [{ ...sampleChat, id: '' }] },
      ],
      range,
    );
    expect(merged.conversations.map((conversation) => conversation.id)).toEqual([sampleChat.id]);
    expect(merged.unreadable).toBe(2);
  });

  it('keeps only chats whose start instant is inside the range', () => {
    // No messages: their timestamps would contradict these made-up start times (see reconcile-start-instant).
    const at = (id: string, startDate: string) => ({ ...sampleChat, id, startDate, messages: [] });
    const before = at('before', '2017-06-23 23:59:59 PM');
    const first = at('first', '2017-06-24 00:00:00 AM');
    const last = at('last', '2017-06-24 23:59:59 PM');
    const after = at('after', '2017-06-25 00:00:00 AM');
    const merged = mergeSocialIntentsLists([{ list: 'chats', chats: [before, first, last, after] }], range);
    expect(merged.conversations.map((conversation) => conversation.id)).toEqual(['last', 'first']);
  });
});

describe('fetching Social Intents through the proxy', () => {
  it('asks all three lists for the range in the viewer timezone, with the e-mail pushed down', async () => {
    const urls = stubProxy({ chats: sample });
    const { conversations } = await listSocialIntentsConversations({ range, email: 'tom.sandler@gmail.com' });
    expect(urls.map((url) => url.pathname).sort()).toEqual([
      '/api/proxy/socialintents/chats',
      '/api/proxy/socialintents/missedchats',
      '/api/proxy/socialintents/offlinemessages',
    ]);
    for (const url of urls) {
      expect(Object.fromEntries(url.searchParams)).toEqual({
        date_from: '2017-06-24',
        date_to: '2017-06-24',
        timezone: 'UTC',
        email: 'tom.sandler@gmail.com',
      });
    }
    expect(conversations).toHaveLength(1);
  });

  it('asks a long range a week at a time, so no answer grows past the proxy size cap', async () => {
    const urls = stubProxy({});
    await listSocialIntentsConversations({ range: dayRange('2026-03-01', '2026-03-20', 'UTC'), email: null });
    const windows = urls
      .filter((url) => url.pathname.endsWith('/chats'))
      .map((url) => [url.searchParams.get('date_from'), url.searchParams.get('date_to')]);
    expect(windows).toEqual([
      ['2026-03-01', '2026-03-07'],
      ['2026-03-08', '2026-03-14'],
      ['2026-03-15', '2026-03-20'],
    ]);
    expect(urls).toHaveLength(9);
  });

  it('does not send an e-mail filter when there is none', async () => {
    const urls = stubProxy({});
    await listSocialIntentsConversations({ range, email: null });
    expect(urls.every((url) => !url.searchParams.has('email'))).toBe(true);
  });

  it('tolerates a missing chats array', async () => {
    stubProxy({
      chats: envelope(undefined),
      missedchats: envelope([]),
      offlinemessages: { apiStatus: 'Success', chats: null },
    });
    await expect(listSocialIntentsConversations({ range, email: null })).resolves.toEqual({
      conversations: [],
      unreadable: 0,
    });
  });

  it('turns an apiStatus other than Success into a VendorError with the vendor message', async () => {
    stubProxy({
      missedchats: envelope(undefined, 'Error', {
        apiStatusCode: '400',
        apiStatusMessage: 'Invalid timezone',
      }),
    });
    const failure = listSocialIntentsConversations({ range, email: null });
    await expect(failure).rejects.toBeInstanceOf(VendorError);
    await expect(failure).rejects.toMatchObject({
      vendor: 'socialintents',
      code: 'upstream_rejected',
      message: expect.stringContaining('Invalid timezone'),
    });
  });

  it('reads an auth failure in the envelope as an auth error', async () => {
    stubProxy({
      chats: envelope(undefined, 'Error', { apiStatusCode: '401', apiStatusMessage: 'Unauthorized' }),
    });
    await expect(listSocialIntentsConversations({ range, email: null })).rejects.toMatchObject({
      code: 'auth',
      retryable: false,
    });
  });
});
