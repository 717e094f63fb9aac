import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../model/conversation';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { Dexie } from 'dexie';
import { HISTORY_DB_NAME, openDexieStore } from './dexie-store';
import { DAY_MS, historyAccount, type HistoryStore } from './history-store';
import { createMemoryStore } from './memory-store';

const at = (day: number, hour = 12) => day * DAY_MS + hour * 3_600_000;
const row = (id: string, startedAt: number) => makeConversation({ vendor: 'livechat', id, startedAt });
const ids = (rows: ReadonlyArray<{ id: string }>) => rows.map((item) => item.id);
const accountA = historyAccount('livechat', 'aaaa');
const accountB = historyAccount('livechat', 'bbbb');

const stores: Array<[string, () => Promise<HistoryStore>]> = [
  ['IndexedDB (Dexie)', () => openDexieStore({ indexedDB: new IDBFactory(), IDBKeyRange })],
  ['memory', async () => createMemoryStore()],
];

describe.each(stores)('the %s history store', (_name, open) => {
  it('reads back what a span stored, newest first, cut to the exact instants asked', async () => {
    const store = await open();
    const span = { start: at(10, 0), end: at(13, 0) - 1, loadedAt: 1 };
    await store.putSpan(accountA, span, [row('a', at(10)), row('c', at(12)), row('b', at(11))]);
    expect(ids(await store.read(accountA, span))).toEqual(['c', 'b', 'a']);
    expect(ids(await store.read(accountA, { start: at(11, 0), end: at(11, 23) }))).toEqual(['b']);
    expect(await store.spans(accountA)).toEqual([span]);
  });

  it('tells the rows as they are read, newest first, before the read completes', async () => {
    const store = await open();
    const span = { start: at(10, 0), end: at(16, 0) - 1, loadedAt: 1 };
    const stored = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => row(id, at(10 + i)));
    await store.putSpan(accountA, span, stored);
    const heard: string[][] = [];
    const read = await store.read(accountA, span, (rows) => heard.push(ids(rows)));
    expect(heard.flat()).toEqual(ids(read));
    expect(heard.flat()).toEqual(['f', 'e', 'd', 'c', 'b', 'a']);
  });

  it('never shows one account the rows stored under another', async () => {
    const store = await open();
    const span = { start: at(10, 0), end: at(11, 0) - 1, loadedAt: 1 };
    await store.putSpan(accountA, span, [row('a', at(10))]);
    expect(await store.read(accountB, span)).toEqual([]);
    expect(await store.spans(accountB)).toEqual([]);
    await store.putDetail(accountA, 'a', {
      messages: [],
      visitor: {},
      tags: [],
      labels: [],
      details: [],
      raw: null,
    });
    expect((await store.details(accountB, ['a'])).size).toBe(0);
    expect((await store.details(accountA, ['a'])).size).toBe(1);
  });

  it('lets a reload of a span replace its rows (a conversation gone from the vendor goes) and keep the rest', async () => {
    const store = await open();
    await store.putSpan(accountA, { start: at(10, 0), end: at(12, 0) - 1, loadedAt: 1 }, [
      row('old-day-10', at(10)),
      row('gone', at(11, 3)),
      row('kept-day-11-morning', at(11, 1)),
    ]);
    await store.putSpan(accountA, { start: at(11, 2), end: at(12, 0) - 1, loadedAt: 2 }, [
      row('new', at(11, 5)),
    ]);
    expect(ids(await store.read(accountA, { start: at(10, 0), end: at(12, 0) - 1 }))).toEqual([
      'new',
      'kept-day-11-morning',
      'old-day-10',
    ]);
  });

  it('forgets everything on clear', async () => {
    const store = await open();
    const span = { start: at(10, 0), end: at(11, 0) - 1, loadedAt: 1 };
    await store.putSpan(accountA, span, [row('a', at(10))]);
    await store.clear();
    expect(await store.read(accountA, span)).toEqual([]);
    expect(await store.spans(accountA)).toEqual([]);
  });
});

describe('the IndexedDB history store across versions', () => {
  it('clears what an older schema version stored before anything is read', async () => {
    const indexedDB = new IDBFactory();
    const span = { start: at(10, 0), end: at(11, 0) - 1, loadedAt: 1 };
    const v1 = await openDexieStore({ indexedDB, IDBKeyRange, name: 'versions', schemaVersion: 1 });
    await v1.putSpan(accountA, span, [row('a', at(10))]);
    const v1Again = await openDexieStore({ indexedDB, IDBKeyRange, name: 'versions', schemaVersion: 1 });
    expect(ids(await v1Again.read(accountA, span))).toEqual(['a']);
    const v2 = await openDexieStore({ indexedDB, IDBKeyRange, name: 'versions', schemaVersion: 2 });
    expect(await v2.read(accountA, span)).toEqual([]);
    expect(await v2.spans(accountA)).toEqual([]);
  });
});

describe.each(stores)('the %s history store, updating rows', (_name, open) => {
  it('replaces a held row by id and ignores rows it does not hold', async () => {
    const store = await open();
    const span = { start: at(10, 0), end: at(11, 0) - 1, loadedAt: 1 };
    await store.putSpan(accountA, span, [row('a', at(10)), row('b', at(10, 1))]);
    const named = { ...row('a', at(10)), visitor: { ...row('a', at(10)).visitor, name: 'Ada' } };
    await store.updateRows(accountA, [named, row('unknown', at(10, 2))]);
    const rows = await store.read(accountA, span);
    expect(rows.map((item) => [item.id, item.visitor.name])).toEqual([
      ['a', 'Ada'],
      ['b', 'Mary Brown'],
    ]);
  });

  it('keeps the vendor payload it holds when a row comes back without one (the page never has it)', async () => {
    const store = await open();
    const span = { start: at(10, 0), end: at(11, 0) - 1, loadedAt: 1 };
    await store.putSpan(accountA, span, [{ ...row('a', at(10)), raw: { vendor: 'payload' } }]);
    const fromPage = {
      ...row('a', at(10)),
      raw: undefined,
      visitor: { ...row('a', at(10)).visitor, name: 'Ada' },
    };
    await store.updateRows(accountA, [fromPage]);
    const [held] = await store.read(accountA, span);
    expect(held?.visitor.name).toBe('Ada');
    expect(await store.payloads(accountA, 10, new Set(['a']))).toEqual(
      new Map([['a', { vendor: 'payload' }]]),
    );
  });

  it('takes the payload a row brings back, for the rows it holds only', async () => {
    const store = await open();
    const span = { start: at(10, 0), end: at(11, 0) - 1, loadedAt: 1 };
    await store.putSpan(accountA, span, [{ ...row('a', at(10)), raw: { version: 1 } }]);
    await store.updateRows(accountA, [
      { ...row('a', at(10)), raw: { version: 2 } },
      { ...row('unknown', at(10, 2)), raw: { version: 1 } },
    ]);
    expect(await store.payloads(accountA, 10, new Set(['a', 'unknown']))).toEqual(
      new Map([['a', { version: 2 }]]),
    );
  });
});

describe.each(stores)('the %s history store, vendor payloads', (_name, open) => {
  it('answers the payloads of the rows asked, per account, and follows a reload of their span', async () => {
    const store = await open();
    const span = { start: at(10, 0), end: at(12, 0) - 1, loadedAt: 1 };
    await store.putSpan(accountA, span, [
      { ...row('a', at(10, 1)), raw: { id: 'a' } },
      { ...row('b', at(10, 3)), raw: { id: 'b' } },
      { ...row('c', at(11)), raw: { id: 'c' } },
    ]);
    expect(await store.payloads(accountA, 10, new Set(['a', 'c']))).toEqual(new Map([['a', { id: 'a' }]]));
    expect(await store.payloads(accountA, 11, new Set(['c']))).toEqual(new Map([['c', { id: 'c' }]]));
    expect((await store.payloads(accountB, 10, new Set(['a']))).size).toBe(0);
    // Reloading the afternoon of day 10: 'b' is gone from the vendor, 'a' (the morning) keeps its payload.
    await store.putSpan(accountA, { start: at(10, 2), end: at(11, 0) - 1, loadedAt: 2 }, [
      { ...row('d', at(10, 4)), raw: { id: 'd' } },
    ]);
    expect(await store.payloads(accountA, 10, new Set(['a', 'b', 'd']))).toEqual(
      new Map([
        ['a', { id: 'a' }],
        ['d', { id: 'd' }],
      ]),
    );
  });
});

describe('the IndexedDB history store, rows apart from payloads', () => {
  it('reads rows without their payload, which stays held apart', async () => {
    const store = await openDexieStore({ indexedDB: new IDBFactory(), IDBKeyRange });
    const span = { start: at(10, 0), end: at(11, 0) - 1, loadedAt: 1 };
    await store.putSpan(accountA, span, [{ ...row('a', at(10)), raw: { big: 'payload' } }]);
    const [held] = await store.read(accountA, span);
    expect(held?.id).toBe('a');
    expect(held?.raw).toBeUndefined();
    expect(await store.payloads(accountA, 10, new Set(['a']))).toEqual(new Map([['a', { big: 'payload' }]]));
  });
});

describe('the IndexedDB history store, list rows', () => {
  const fresh = () => openDexieStore({ indexedDB: new IDBFactory(), IDBKeyRange });
  const span = { start: at(10, 0), end: at(12, 0) - 1, loadedAt: 1 };
  /** What the list shows of a row (see list-columns.ts). */
  const listed = (item: Conversation) => ({
    key: item.key,
    vendor: item.vendor,
    id: item.id,
    status: item.status,
    startedAt: item.startedAt,
    endedAt: item.endedAt,
    durationSeconds: item.durationSeconds,
    name: item.visitor.name,
    email: item.visitor.email,
    visitorId: item.visitor.id,
    pageUrl: item.visitor.pageUrl,
    agents: item.agents.map((agent) => agent.name),
    tags: item.tags,
    rating: item.rating,
    messageCount: item.messageCount,
  });

  it('reads what the list shows of every row, the same as the whole rows, with their messages held', async () => {
    const store = await fresh();
    const rows = [
      makeConversation({
        vendor: 'livechat',
        id: 'rated',
        startedAt: at(11, 9),
        endedAt: null,
        durationSeconds: null,
        tags: ['billing', 'vip'],
        agents: [
          { name: 'Anna', email: 'anna@example.com', id: '1' },
          { name: 'Omar', email: null, id: null },
        ],
        rating: { value: 'good', raw: 'rated_good', score: 1 },
        visitor: {
          ...makeConversation().visitor,
          name: null,
          email: null,
          phone: '+46 1',
          pageUrl: 'https://shop.example/pricing',
        },
      }),
      makeConversation({ vendor: 'livechat', id: 'plain', startedAt: at(10, 8), agents: [], rating: null }),
    ];
    await store.putSpan(accountA, span, rows);
    const listRows = await store.readList(accountA, span);
    expect(listRows.map(listed)).toEqual((await store.read(accountA, span)).map(listed));
    expect(listRows.map((item) => item.messages)).toEqual([
      expect.objectContaining({ held: true, account: accountA, firstLine: 'Hello' }),
      expect.objectContaining({ held: true, account: accountA, firstLine: 'Hello' }),
    ]);
    // What the list does not show comes with the whole row, read back by id.
    expect(listRows[0]?.visitor.phone).toBeNull();
    const whole = await store.rowsOf(accountA, 11, new Set(['rated', 'absent']));
    expect([...whole.keys()]).toEqual(['rated']);
    expect(whole.get('rated')?.visitor.phone).toBe('+46 1');
  });

  it('keeps an ImBox row without its transcript unfetched, and shows what its details brought once they arrive', async () => {
    const store = await fresh();
    const imbox = historyAccount('imbox', 'cccc');
    const lazy = makeConversation({ vendor: 'imbox', id: 'lazy', startedAt: at(10, 3), messages: null });
    await store.putSpan(imbox, span, [
      { ...lazy, visitor: { ...lazy.visitor, name: null }, messageCount: null },
    ]);
    expect((await store.readList(imbox, span)).map((item) => [item.messages, item.visitor.name])).toEqual([
      [null, null],
    ]);
    await store.updateRows(imbox, [{ ...lazy, messages: [makeMessage()], messageCount: 1 }]);
    const [row] = await store.readList(imbox, span);
    expect([row?.messages, row?.visitor.name, row?.messageCount]).toEqual([
      expect.objectContaining({ held: true, account: imbox, firstLine: 'Hello' }),
      'Mary Brown',
      1,
    ]);
  });

  it('forgets the list rows with the rest, and never shows them under another account', async () => {
    const store = await fresh();
    await store.putSpan(accountA, span, [row('a', at(10, 5))]);
    expect(await store.readList(accountB, span)).toEqual([]);
    await store.clear();
    expect(await store.readList(accountA, span)).toEqual([]);
  });
});

describe.each(stores)('the %s history store, list rows over several weeks', (_name, open) => {
  // Days 5 to 16 are in three weeks of the device's list records (days 0–6, 7–13 and 14–20).
  const span = { start: at(5, 0), end: at(17, 0) - 1, loadedAt: 1 };
  const days = [5, 6, 7, 9, 13, 14, 16];
  const stored = days.map((day) => row(`day${day}`, at(day)));

  it('reads the rows of every day asked, newest first, told as they are read and cut to the instants asked', async () => {
    const store = await open();
    await store.putSpan(accountA, span, stored);
    const heard: string[][] = [];
    const list = await store.readList(accountA, span, (rows) => heard.push(ids(rows)));
    expect(ids(list)).toEqual(['day16', 'day14', 'day13', 'day9', 'day7', 'day6', 'day5']);
    expect(heard.flat()).toEqual(ids(list));
    expect(ids(await store.readList(accountA, { start: at(6, 13), end: at(14, 11) }))).toEqual([
      'day13',
      'day9',
      'day7',
    ]);
  });

  it('keeps the other days of a week when one day is loaded again or its rows change', async () => {
    const store = await open();
    await store.putSpan(accountA, span, stored);
    // Day 13 loaded again: its conversation is gone from the vendor; day 9, in the same week, stays.
    await store.putSpan(accountA, { start: at(13, 0), end: at(14, 0) - 1, loadedAt: 2 }, []);
    const named = { ...row('day9', at(9)), visitor: { ...row('day9', at(9)).visitor, name: 'Ada' } };
    await store.updateRows(accountA, [named]);
    const list = await store.readList(accountA, span);
    expect(ids(list)).toEqual(['day16', 'day14', 'day9', 'day7', 'day6', 'day5']);
    expect(list.find((item) => item.id === 'day9')?.visitor.name).toBe('Ada');
    expect(list.find((item) => item.id === 'day7')?.visitor.name).toBe('Mary Brown');
  });
});

describe('the IndexedDB history store, list records', () => {
  it('keeps what the list shows a week to a record, and drops a week whose days are all emptied', async () => {
    const indexedDB = new IDBFactory();
    const store = await openDexieStore({ indexedDB, IDBKeyRange });
    const span = { start: at(5, 0), end: at(17, 0) - 1, loadedAt: 1 };
    await store.putSpan(accountA, span, [
      row('a', at(5)),
      row('b', at(9)),
      row('c', at(13)),
      row('d', at(16)),
    ]);
    const records = async () => {
      const raw = await new Dexie(HISTORY_DB_NAME, { indexedDB, IDBKeyRange }).open();
      const count = await raw.table('listWeeks').count();
      raw.close();
      return count;
    };
    expect(await records()).toBe(3);
    await store.putSpan(accountA, { start: at(14, 0), end: at(21, 0) - 1, loadedAt: 2 }, []);
    expect(await records()).toBe(2);
    expect(ids(await store.readList(accountA, span))).toEqual(['c', 'b', 'a']);
  });
});

describe('the IndexedDB history store, list records read as it opens', () => {
  const span = { start: at(5, 0), end: at(17, 0) - 1, loadedAt: 1 };
  const readAhead = { firstDay: 4, lastDay: 18 };

  it('reads the same list from them as without', async () => {
    const indexedDB = new IDBFactory();
    const writer = await openDexieStore({ indexedDB, IDBKeyRange });
    await writer.putSpan(accountA, span, [row('a', at(5)), row('b', at(9)), row('c', at(16))]);
    await writer.putSpan(accountB, span, [row('d', at(9))]);
    const reader = await openDexieStore({ indexedDB, IDBKeyRange, readAhead });
    const heard: string[][] = [];
    expect(ids(await reader.readList(accountA, span, (rows) => heard.push(ids(rows))))).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(heard.flat()).toEqual(['c', 'b', 'a']);
    expect(ids(await reader.readList(accountB, span))).toEqual(['d']);
    // Read again, the records come from the device.
    expect(ids(await reader.readList(accountA, span))).toEqual(['c', 'b', 'a']);
  });

  it('never shows a list as it was before this page wrote to it', async () => {
    const indexedDB = new IDBFactory();
    const writer = await openDexieStore({ indexedDB, IDBKeyRange });
    await writer.putSpan(accountA, span, [row('a', at(5)), row('b', at(9))]);
    const reader = await openDexieStore({ indexedDB, IDBKeyRange, readAhead });
    await reader.putSpan(accountA, { start: at(9, 0), end: at(10, 0) - 1, loadedAt: 2 }, [row('new', at(9))]);
    expect(ids(await reader.readList(accountA, span))).toEqual(['new', 'a']);
    const named = { ...row('a', at(5)), visitor: { ...row('a', at(5)).visitor, name: 'Ada' } };
    const again = await openDexieStore({ indexedDB, IDBKeyRange, readAhead });
    await again.updateRows(accountA, [named]);
    expect((await again.readList(accountA, span)).map((item) => item.visitor.name)).toEqual([
      'Mary Brown',
      'Ada',
    ]);
  });
});

describe.each(stores)('the %s history store, search texts', (_name, open) => {
  const span = { start: at(10, 0), end: at(12, 0) - 1, loadedAt: 1 };
  const said = (text: string) => [makeMessage({ text, translations: { de: `${text} (de)` } })];

  it('answers what the search box searches in the rows asked: every visitor field, message and translation', async () => {
    const store = await open();
    const refund = makeConversation({
      vendor: 'imbox',
      id: 'refund',
      startedAt: at(10, 3),
      messages: said('my refund'),
    });
    await store.putSpan(accountA, span, [refund, row('other', at(10, 4))]);
    const texts = await store.searchTextsOf(accountA, 10, new Set(['refund', 'absent']));
    expect([...texts.keys()]).toEqual(['refund']);
    const text = texts.get('refund') ?? '';
    for (const part of ['my refund', 'my refund (de)', refund.visitor.email ?? '-', 'refund'])
      expect(text).toContain(part);
    expect(await store.searchTextsOf(accountB, 10, new Set(['refund']))).toEqual(new Map());
  });

  it('follows a row that gains its transcript, and forgets with the rest', async () => {
    const store = await open();
    const lazy = makeConversation({ vendor: 'imbox', id: 'lazy', startedAt: at(11, 3), messages: null });
    await store.putSpan(accountA, span, [lazy]);
    expect((await store.searchTextsOf(accountA, 11, new Set(['lazy']))).get('lazy')).not.toContain('parcel');
    await store.updateRows(accountA, [{ ...lazy, messages: said('where is my parcel') }]);
    expect((await store.searchTextsOf(accountA, 11, new Set(['lazy']))).get('lazy')).toContain('parcel');
    await store.clear();
    expect(await store.searchTextsOf(accountA, 11, new Set(['lazy']))).toEqual(new Map());
  });
});

describe('the IndexedDB history store, search texts not written yet', () => {
  it('answers them from the day’s rows, so a tab closed between the two writes loses no text', async () => {
    const indexedDB = new IDBFactory();
    const store = await openDexieStore({ indexedDB, IDBKeyRange });
    const span = { start: at(10, 0), end: at(11, 0) - 1, loadedAt: 1 };
    const refund = makeConversation({ vendor: 'livechat', id: 'refund', startedAt: at(10, 3) });
    await store.putSpan(accountA, span, [
      { ...refund, messages: [makeMessage({ text: 'about my refund' })] },
      row('other', at(10, 4)),
    ]);
    // What a closed tab leaves: the rows and their span stored, their search texts not.
    const raw = await new Dexie(HISTORY_DB_NAME, { indexedDB, IDBKeyRange }).open();
    await raw.table('searchTexts').clear();
    raw.close();
    const texts = await store.searchTextsOf(accountA, 10, new Set(['refund']));
    expect([...texts.keys()]).toEqual(['refund']);
    expect(texts.get('refund')).toContain('about my refund');
  });
});
