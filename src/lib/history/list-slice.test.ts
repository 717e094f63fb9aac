import { describe, expect, it } from 'vitest';
import { isHeld } from '../../model/conversation';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { carriedSearchText } from '../search/carried-search-text';
import { searchableText } from '../search/searchable-text';
import { fromListSlice, toListSlice } from './list-slice';
import { toSearchTexts } from './search-texts';

describe('rows handed to the page as a list slice', () => {
  const account = 'livechat:aaaa';
  const rows = [
    makeConversation({
      id: 'a',
      visitor: { ...makeConversation().visitor, name: 'Ann Lee', email: 'ann@example.org', ip: '10.0.0.7' },
      messages: [makeMessage({ text: 'I was charged twice' })],
      messageCount: 1,
    }),
    makeConversation({ id: 'b', messages: null, messageCount: null }),
  ];

  it('become list rows that show what the whole rows show, and say where their messages are', () => {
    const listed = fromListSlice(structuredClone(toListSlice(rows)), account);
    expect(listed.map((row) => row.key)).toEqual(rows.map((row) => row.key));
    const [first, second] = listed;
    expect(first?.visitor.name).toBe('Ann Lee');
    expect(first?.visitor.email).toBe('ann@example.org');
    expect(first?.messageCount).toBe(1);
    expect(first && isHeld(first.messages) && first.messages.account).toBe(account);
    expect(first && isHeld(first.messages) && first.messages.firstLine).toBe('I was charged twice');
    // A row whose transcript is still to be fetched (ImBox) stays one.
    expect(second?.messages).toBeNull();
  });

  it('carry each whole row’s search text, messages and every visitor field included', () => {
    const listed = fromListSlice(structuredClone(toListSlice(rows)), account);
    expect(listed.map((row) => carriedSearchText(row))).toEqual(rows.map(searchableText));
    const [first] = listed;
    if (!first) throw new Error('no list row');
    expect(carriedSearchText(first)).toContain('charged twice');
    expect(carriedSearchText(first)).toContain('10.0.0.7');
  });

  it('make each whole row’s text once, for the page and for the device', () => {
    const whole = makeConversation({ id: 'c', messages: [makeMessage({ text: 'Where is my parcel?' })] });
    expect(carriedSearchText(whole)).toBeUndefined();
    const [text] = toListSlice([whole]).texts;
    expect(text).toBe(searchableText(whole));
    // What the device keeps beside the row is the same text, not made again.
    expect(toSearchTexts([whole]).texts[0]).toBe(text);
    expect(carriedSearchText(whole)).toBe(text);
  });
});
