import { describe, expect, it } from 'vitest';
import type { Conversation, Message } from '../../model/conversation';
import { heldSummary } from '../../model/message-summary';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { heldDaysReader, wholeRowsKeepingDays, withWholeRows } from './whole-rows';
import { DAY_MS, historyAccount, type HistoryStore } from './history-store';

const livechat = historyAccount('livechat', 'aaaa');
const day = (n: number, hour = 12) => n * DAY_MS + hour * 3_600_000;
const said = (text: string): Message[] => [makeMessage({ id: `${text}-1`, text })];
/** A whole row as the device keeps it, and the list row a reload makes of it. */
const whole = (id: string, startedAt: number, text: string): Conversation =>
  makeConversation({
    id,
    startedAt,
    messages: said(text),
    visitor: { ...makeConversation().visitor, phone: `+46 ${id}` },
    raw: undefined,
  });
const listRow = (row: Conversation, account = livechat): Conversation => ({
  ...row,
  visitor: { ...row.visitor, phone: null },
  messages: heldSummary(Array.isArray(row.messages) ? row.messages : [], account),
});

/** A device holding `held` (account -> day -> rows) that records each read it is asked. */
function deviceHolding(held: Record<string, Record<number, Conversation[]>>) {
  const asked: string[] = [];
  const store: Pick<HistoryStore, 'rowsOf'> = {
    rowsOf: async (account, bucket, ids) => {
      asked.push(`${account}@${bucket}:${[...(ids ?? ['*'])].sort().join(',')}`);
      const onDay = held[account]?.[bucket] ?? [];
      return new Map(onDay.filter((row) => !ids || ids.has(row.id)).map((row) => [row.id, row]));
    },
  };
  return { store, asked };
}

describe('reading list rows back whole', () => {
  it('puts the whole rows in place of the list rows, one read per account and day, leaving the other rows as they were', async () => {
    const [a, b, c] = [whole('a', day(10, 8), 'A'), whole('b', day(10, 14), 'B'), whole('c', day(11), 'C')];
    const { store, asked } = deviceHolding({
      [livechat]: { 10: [a, b] as Conversation[], 11: [c] as Conversation[] },
    });
    const carried = makeConversation({ id: 'carried', startedAt: day(10, 9), messages: said('Carried') });
    const lazy = makeConversation({ vendor: 'imbox', id: 'lazy', messages: null });
    const rows = [
      listRow(c as Conversation),
      carried,
      listRow(b as Conversation),
      listRow(a as Conversation),
      lazy,
    ];
    const read = await withWholeRows(store, rows);
    expect(read).toEqual([c, carried, b, a, lazy]);
    expect(read[1]).toBe(carried);
    expect(read[4]).toBe(lazy);
    expect(read[0]?.visitor.phone).toBe('+46 c');
    expect(asked.sort()).toEqual([`${livechat}@10:a,b`, `${livechat}@11:c`]);
  });

  it('reads each list row from the account it was read under', async () => {
    const imbox = historyAccount('imbox', 'bbbb');
    const fromLiveChat = whole('same', day(10), 'LiveChat');
    const fromImBox = { ...whole('same', day(10), 'ImBox'), vendor: 'imbox' as const, key: 'imbox:same' };
    const { store, asked } = deviceHolding({
      [livechat]: { 10: [fromLiveChat] },
      [imbox]: { 10: [fromImBox] },
    });
    const read = await withWholeRows(store, [listRow(fromLiveChat), listRow(fromImBox, imbox)]);
    expect(read).toEqual([fromLiveChat, fromImBox]);
    expect(asked.sort()).toEqual([`${imbox}@10:same`, `${livechat}@10:same`]);
  });

  it('keeps what a list row showed when the device no longer holds its row, its messages unknown (null), never an empty transcript', async () => {
    const { store } = deviceHolding({});
    const gone = listRow(whole('gone', day(10), 'Gone'));
    const [read] = await withWholeRows(store, [gone]);
    expect(read).toEqual({ ...gone, messages: null });
  });

  it('asks nothing and answers the same rows when none is a list row', async () => {
    const { store, asked } = deviceHolding({});
    const rows = [makeConversation({ id: 'a', messages: said('A') })];
    expect(await withWholeRows(store, rows)).toBe(rows);
    expect(asked).toEqual([]);
  });
});

describe('reading list rows back whole for a file with vendor payloads', () => {
  it('keeps the payload read back for a list row (JSON Lines with "Include vendor payload")', async () => {
    const a = whole('a', day(10), 'A');
    const { store } = deviceHolding({ [livechat]: { 10: [a] } });
    const [read] = await withWholeRows(store, [{ ...listRow(a), raw: { vendor: 'payload' } }]);
    expect(read).toEqual({ ...a, raw: { vendor: 'payload' } });
  });
});

describe('reading an export’s rows whole, a window at a time', () => {
  it('reads each day once however the rows are ordered, and answers each row in the order asked', async () => {
    const [a, b, c] = [whole('a', day(10, 8), 'A'), whole('b', day(11), 'B'), whole('c', day(10, 14), 'C')];
    const { store, asked } = deviceHolding({ [livechat]: { 10: [a, c], 11: [b] } });
    const read = wholeRowsKeepingDays(store);
    // Sorted by visitor, say: every window wants rows of both days.
    expect(await read([listRow(b), listRow(a)])).toEqual([b, a]);
    expect(await read([listRow(c), listRow(b)])).toEqual([c, b]);
    // A row the device no longer holds keeps what it showed, its messages unknown.
    const gone = listRow(whole('gone', day(10), 'G'));
    expect(await read([gone])).toEqual([{ ...gone, messages: null }]);
    expect(asked.sort()).toEqual([`${livechat}@10:*`, `${livechat}@11:*`]);
  });

  it('reads a day again only once it was let go', async () => {
    const [a, b] = [whole('a', day(10), 'A'), whole('b', day(11), 'B')];
    const { store, asked } = deviceHolding({ [livechat]: { 10: [a], 11: [b] } });
    const days = heldDaysReader(store);
    const at = (row: Conversation) => ({
      account: livechat,
      bucket: Math.floor(row.startedAt / DAY_MS),
      id: row.id,
    });
    expect(await days.read([at(a), at(b)])).toEqual([a, b]);
    days.forget([{ account: livechat, bucket: 10 }]);
    expect(await days.read([at(a), at(b)])).toEqual([a, b]);
    expect(asked.sort()).toEqual([`${livechat}@10:*`, `${livechat}@10:*`, `${livechat}@11:*`]);
  });
});
