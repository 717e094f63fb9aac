import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../model/conversation';
import { heldSummary } from '../../model/message-summary';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { bucketOf } from '../history/history-store';
import { onUserActivity } from '../history/user-activity';
import { fromListSlice, toListSlice } from '../history/list-slice';
import { textsFor, toSearchTexts } from '../history/search-texts';
import { searchableText } from './searchable-text';
import { SearchHost } from './search-host';
import { stopWhenThePageGoes, TextSearchClient, type WorkerLike } from './text-search-client';
import type { WorkerRequest } from './text-search-protocol';

/**
 * The search worker's part, run in this process: its real host (search-host.ts) answering on a later task,
 * as a worker does, reading the search texts of `device`'s whole rows (account -> day -> row id -> row).
 */
function inProcessWorker(
  device: Record<string, Record<number, Record<string, Conversation>>> = {},
  /** Device reads answer once this resolves (a real read takes a while). */
  deviceAnswers: Promise<void> = Promise.resolve(),
) {
  const listeners: Array<(event: MessageEvent<unknown>) => void> = [];
  const searches: string[][] = [];
  const received: string[] = [];
  const deviceReads: string[] = [];
  const host = new SearchHost(
    async (account, bucket, ids) => {
      deviceReads.push(`${account}@${bucket}:${[...ids].join(',')}`);
      await deviceAnswers;
      // As the device store answers: the search texts it keeps beside the day's rows.
      return textsFor(toSearchTexts(Object.values(device[account]?.[bucket] ?? {})), ids);
    },
    (message) =>
      setTimeout(() => {
        for (const listener of listeners) listener(new MessageEvent('message', { data: message }));
      }, 0),
  );
  const worker: WorkerLike = {
    addEventListener: (_type, listener) => listeners.push(listener),
    postMessage: (message: WorkerRequest) => {
      if (message.type === 'put') received.push(...message.texts);
      else searches.push(message.terms);
      host.handle(message);
    },
  };
  return { worker, searches, received, deviceReads };
}

const said = (id: string, text: string) => makeConversation({ id, messages: [makeMessage({ text })] });

describe('TextSearchClient', () => {
  it('answers the same terms asked twice (at the keystroke, then by the list) with one search', async () => {
    const { worker, searches } = inProcessWorker();
    const client = new TextSearchClient(worker);
    const conversations = [said('a', 'I want a refund'), said('b', 'Where is my parcel')];
    const ids = await client.sync(conversations);

    expect(client.answeredNow(['refund'])).toBeNull();
    const first = client.search(['refund']);
    const second = client.search(['refund']);
    expect(searches).toEqual([['refund']]);
    const answer = await second;
    expect(await first).toBe(answer);
    expect([...answer.hits]).toEqual([ids[0]]);
    expect(client.answeredNow(['refund'])).toBe(answer);
    expect(client.sentIds(conversations)).toEqual(ids);
  });

  it('asks the worker again once new conversations were sent, so they are not missed', async () => {
    const { worker, searches } = inProcessWorker();
    const client = new TextSearchClient(worker);
    const before = [said('a', 'I want a refund')];
    await client.sync(before);
    expect((await client.search(['refund'])).hits).toHaveLength(1);

    const after = [...before, said('c', 'Refund me please')];
    expect(client.sentIds(after)).toBeNull();
    const ids = await client.sync(after);
    expect(client.answeredNow(['refund'])).toBeNull();
    const answer = await client.search(['refund']);
    expect(searches).toEqual([['refund'], ['refund']]);
    expect([...answer.hits].sort()).toEqual([...ids].sort());
  });

  it('hands the worker every text whole, accents, emoji and all', async () => {
    const { worker, received } = inProcessWorker();
    const client = new TextSearchClient(worker);
    const conversations = [said('a', 'Müller in São Paulo 😀 wants a refund'), said('b', '東京の注文')];
    await client.sync(conversations);
    expect(received).toEqual(conversations.map(searchableText));
    const answer = await client.search(['sao paulo']);
    expect(answer.hits).toHaveLength(1);
  });

  it('asks again after forgetSearches', async () => {
    const { worker, searches } = inProcessWorker();
    const client = new TextSearchClient(worker);
    await client.sync([said('a', 'double charge on my card')]);
    await client.search(['double charge']);
    client.forgetSearches();
    await client.search(['double charge']);
    expect(searches).toHaveLength(2);
  });
});

describe('list rows read from the device, whose whole text the search worker reads there itself', () => {
  const account = 'livechat:aaaa';
  const startedAt = Date.parse('2026-11-02T10:00:00Z');
  const held = (id: string, name: string) =>
    makeConversation({
      id,
      startedAt,
      visitor: { ...makeConversation().visitor, name },
      messages: heldSummary([], account),
    });
  const heldRead = (client: TextSearchClient) => new Promise<void>((resolve) => client.onHeldRead(resolve));
  /** The whole row the device holds behind a list row: its messages and every visitor field. */
  const whole = (id: string, name: string, text: string, phone: string | null = null) =>
    makeConversation({
      id,
      startedAt,
      visitor: { ...makeConversation().visitor, name, phone },
      messages: [makeMessage({ text })],
    });

  it('finds them by their messages and every field once read, saying meanwhile how many it has not read', async () => {
    const day = bucketOf(startedAt);
    let answer = () => {};
    const { worker, received, deviceReads } = inProcessWorker(
      {
        [account]: {
          [day]: {
            a: whole('a', 'Ann Lee', 'I want a refund'),
            b: whole('b', 'Bo Park', 'Hi', '0701234567'),
          },
        },
      },
      new Promise<void>((resolve) => (answer = resolve)),
    );
    const client = new TextSearchClient(worker);
    const rows = [held('a', 'Ann Lee'), held('b', 'Bo Park')];
    const reading = heldRead(client);
    let background = 'running';
    const stopWatching = onUserActivity((busy) => (background = busy ? 'held' : 'running'));
    const ids = await client.sync(rows);
    // The ImBox details wait while the worker reads and indexes: they would share the CPU with it.
    expect(background).toBe('held');
    // The page sent what its list rows have: it never read the messages or the other fields.
    expect(received.join(' ')).not.toContain('refund');
    expect([...(await client.search(['0701234567'])).hits]).toEqual([]);
    const early = await client.search(['refund']);
    expect([...early.hits]).toEqual([]);
    expect(early.heldPending).toBe(2);
    // Searchable by the visitor fields from the start.
    expect([...(await client.search(['park'])).hits]).toEqual([ids[1]]);

    answer();
    await reading;
    expect(background).toBe('running');
    stopWatching();
    const late = await client.search(['refund']);
    expect([...late.hits]).toEqual([ids[0]]);
    expect(late.heldPending).toBe(0);
    expect([...(await client.search(['0701234567'])).hits]).toEqual([ids[1]]);
    expect(deviceReads).toEqual([`${account}@${day}:a,b`]);
  });

  it('keeps a newer text put while the device was being read, and what the list rows had of rows it no longer holds', async () => {
    const day = bucketOf(startedAt);
    let answer = () => {};
    const { worker } = inProcessWorker(
      { [account]: { [day]: { a: whole('a', 'Ann Lee', 'old parcel words') } } },
      new Promise<void>((resolve) => (answer = resolve)),
    );
    const client = new TextSearchClient(worker);
    const reading = heldRead(client);
    const rows = [held('a', 'Ann Lee'), held('gone', 'Gus Grey')];
    const ids = await client.sync(rows);
    // The same conversation arrives again with its messages (a refresh) before the device read is in.
    await client.sync([said('a', 'new refund words'), rows[1] as (typeof rows)[number]]);
    answer();
    await reading;
    expect([...(await client.search(['parcel'])).hits]).toEqual([]);
    expect([...(await client.search(['refund'])).hits]).toEqual([ids[0]]);
    expect([...(await client.search(['grey'])).hits]).toEqual([ids[1]]);
  });
});

describe("a cold load's list rows, which bring their whole text before the device has it", () => {
  it('are searched by their messages and every field at once, with nothing read from the device', async () => {
    const whole = makeConversation({
      id: 'a',
      visitor: { ...makeConversation().visitor, name: 'Ann Lee', phone: '0701234567' },
      messages: [makeMessage({ text: 'I want a refund' })],
    });
    const [listRow] = fromListSlice(toListSlice([whole]), 'livechat:aaaa');
    if (!listRow) throw new Error('no list row');
    const { worker, deviceReads } = inProcessWorker();
    const client = new TextSearchClient(worker);
    const ids = await client.sync([listRow]);
    const answer = await client.search(['refund']);
    expect([...answer.hits]).toEqual([ids[0]]);
    expect(answer.heldPending).toBe(0);
    expect([...(await client.search(['0701234567'])).hits]).toEqual([ids[0]]);
    expect(deviceReads).toEqual([]);
  });
});

describe('the search worker when the page goes', () => {
  function pageHide(persisted: boolean): Event {
    return Object.assign(new Event('pagehide'), { persisted });
  }

  it('is stopped when the page is left or reloaded, so it does not index beside the next page', () => {
    const page = new EventTarget();
    let stopped = 0;
    stopWhenThePageGoes({ terminate: () => void stopped++ }, page);
    expect(stopped).toBe(0);
    page.dispatchEvent(pageHide(false));
    expect(stopped).toBe(1);
  });

  it('is kept when the page is kept for Back and Forward, which would come back to it', () => {
    const page = new EventTarget();
    let stopped = 0;
    stopWhenThePageGoes({ terminate: () => void stopped++ }, page);
    page.dispatchEvent(pageHide(true));
    expect(stopped).toBe(0);
  });
});
