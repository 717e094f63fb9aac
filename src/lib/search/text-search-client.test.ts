import { describe, expect, it } from 'vitest';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { searchableText } from './searchable-text';
import { TextIndex } from './text-index';
import { TextSearchClient, type WorkerLike } from './text-search-client';
import type { WorkerAnswer, WorkerRequest } from './text-search-protocol';

/** The search worker's part, run in this process: a real index answering on a later task, as a worker does. */
function inProcessWorker() {
  const index = new TextIndex();
  const listeners: Array<(event: MessageEvent<unknown>) => void> = [];
  const searches: string[][] = [];
  const received: string[] = [];
  const worker: WorkerLike = {
    addEventListener: (_type, listener) => listeners.push(listener),
    postMessage: (message: WorkerRequest) => {
      if (message.type === 'put') {
        const texts = message.texts;
        received.push(...texts);
        return index.put(message.ids, texts);
      }
      searches.push(message.terms);
      const hits = index.search({ terms: message.terms }).slice();
      const answer: WorkerAnswer = {
        type: 'result',
        request: message.request,
        hits,
        searchMs: 0,
        stats: index.stats(),
      };
      setTimeout(() => {
        for (const listener of listeners) listener(new MessageEvent('message', { data: answer }));
      }, 0);
    },
  };
  return { worker, searches, received };
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
