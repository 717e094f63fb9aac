import { describe, expect, it } from 'vitest';
import { DAY_MS, historyAccount } from '../../lib/history/history-store';
import type { Conversation } from '../../model/conversation';
import { heldSummary } from '../../model/message-summary';
import { makeConversation } from '../../testing/make-conversation';
import {
  daysDoneBy,
  encodeRows,
  joinWindow,
  splitWindow,
  type SentRow,
  type WrittenRows,
} from './split-window';

const account = historyAccount('livechat', 'aaaa');
/** A list row of day `day` (its whole row on the device) or, with `whole`, a row the page has whole. */
const row = (id: string, day: number, whole = false): Conversation => {
  const conversation = makeConversation({ id, startedAt: day * DAY_MS + 3_600_000 });
  if (whole) return conversation;
  const messages = Array.isArray(conversation.messages) ? conversation.messages : [];
  return { ...conversation, raw: undefined, messages: heldSummary(messages, account) };
};
const text = (conversation: Conversation) => `${conversation.id}: Zoë 李雷, ✓\n`;

const idOf = (sent: SentRow) => ('whole' in sent ? sent.whole.id : sent.id);

/** What a writer sends back for its part, the device holding every row but those named `lost`. */
function writtenBy(part: SentRow[], lost: ReadonlySet<string> = new Set()): WrittenRows {
  const missing: number[] = [];
  const texts = part.map((sent, index) => {
    if (lost.has(idOf(sent))) missing.push(index);
    return lost.has(idOf(sent)) ? '' : `${idOf(sent)}: Zoë 李雷, ✓\n`;
  });
  return { ...encodeRows(texts), missing };
}

describe('a window split between two writers', () => {
  const window = [
    row('a', 10),
    row('b', 11),
    row('c', 10),
    row('d', 12),
    row('e', 13, true),
    row('f', 13, true),
  ];
  const encoder = new TextEncoder();

  it('gives each day to one writer, whole rows by turns, keeps the window’s order in each part, and sends a list row as where it is held', () => {
    const { parts, owners } = splitWindow(window, 2);
    expect(parts.map((part) => part.map(idOf))).toEqual([
      ['a', 'c', 'd', 'e'],
      ['b', 'f'],
    ]);
    expect([...owners]).toEqual([0, 1, 0, 0, 0, 1]);
    expect(parts[1]?.[0]).toEqual({ account, bucket: 11, id: 'b' });
    expect(parts[1]?.[1]).toEqual({ whole: window[5] });
  });

  it('joins what the writers wrote back into the window’s order, byte for byte', () => {
    const { parts, owners } = splitWindow(window, 2);
    const joined = joinWindow(
      window,
      owners,
      parts.map((part) => writtenBy(part)),
      () => new Uint8Array(),
    );
    expect(new TextDecoder().decode(joined)).toBe(window.map(text).join(''));
  });

  it('writes on the page, from the list row, each row the device no longer holds', () => {
    const { parts, owners } = splitWindow(window, 2);
    const lost = new Set(['c', 'b']);
    const joined = joinWindow(
      window,
      owners,
      parts.map((part) => writtenBy(part, lost)),
      (item) => encoder.encode(`${item.id} from the list\n`),
    );
    expect(new TextDecoder().decode(joined)).toBe(
      window.map((item) => (lost.has(item.id) ? `${item.id} from the list\n` : text(item))).join(''),
    );
  });
});

describe('the days each window is the last to need', () => {
  const days = (done: ReadonlyArray<ReadonlyArray<{ bucket: number }>>) =>
    done.map((window) => window.map((day) => day.bucket).sort());

  it('in date order, lets each day go in the window of its last row', () => {
    const rows = [row('a', 10), row('b', 10), row('c', 11), row('d', 11), row('e', 12), row('f', 12, true)];
    expect(days(daysDoneBy(rows, 2))).toEqual([[10], [11], [12]]);
  });

  it('sorted any other way, keeps a day until its last row, and never names a row the page has whole', () => {
    const rows = [row('a', 10), row('b', 11), row('c', 12, true), row('d', 10), row('e', 12), row('f', 11)];
    expect(days(daysDoneBy(rows, 2))).toEqual([[], [10], [11, 12]]);
  });
});
