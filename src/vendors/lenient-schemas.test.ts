import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  countedArray,
  lenientArray,
  lenientId,
  lenientNames,
  lenientNumber,
  lenientText,
  lenientTrimmedText,
  withRaw,
} from './lenient-schemas';

// What every vendor's schemas are built from: a field of an unexpected type reads as absent, never failing
// the conversation it is in; only an item without its id is unreadable.
const chat = z.looseObject({
  id: lenientId,
  name: lenientTrimmedText,
  text: lenientText,
  duration: lenientNumber,
  tags: lenientNames,
  messages: lenientArray(z.looseObject({ text: lenientText })),
});

describe('the lenient readers', () => {
  it('read absent fields and fields of an unexpected type as null or empty, keeping the item', () => {
    for (const odd of [undefined, null, true, {}, [], NaN, Infinity]) {
      const parsed = chat.safeParse({ id: 7, name: odd, text: odd, duration: odd, tags: odd, messages: odd });
      expect(parsed.success, String(odd)).toBe(true);
      expect(parsed.data, String(odd)).toMatchObject({
        id: '7',
        name: null,
        text: null,
        duration: null,
        tags: [],
        messages: [],
      });
    }
    expect(chat.parse({ id: ' c-1 ' })).toMatchObject({ id: 'c-1', name: null, tags: [], messages: [] });
  });

  it('read numbers as text and numeric text as numbers, trimming names but never message text', () => {
    expect(
      chat.parse({
        id: 'c',
        name: '  Ana  ',
        text: '  hi  ',
        duration: ' 12.5 ',
        tags: [' vip ', 3, ' ', null],
      }),
    ).toMatchObject({ name: 'Ana', text: '  hi  ', duration: 12.5, tags: ['vip', '3'] });
    expect(chat.parse({ id: 'c', name: 42, text: 0, duration: '1e3' })).toMatchObject({
      name: '42',
      text: '0',
      duration: null,
    });
  });

  it('leave out the items of a list that do not fit, and count them in a vendor list', () => {
    expect(chat.parse({ id: 'c', messages: [{ text: 'a' }, 'b', null, { text: 2 }] }).messages).toEqual([
      { text: 'a' },
      { text: '2' },
    ]);
    const list = countedArray(chat);
    expect(list.parse([{ id: 1 }, { id: ' ' }, { name: 'no id' }, 'x', { id: 'b' }])).toMatchObject({
      items: [{ id: '1' }, { id: 'b' }],
      unreadable: 3,
    });
    expect(list.parse('not a list')).toEqual({ items: [], unreadable: 0 });
  });

  it('keep the item exactly as sent beside what was read, and fail an item without its id', () => {
    const sent = { id: 5, name: '  Bo ', extra: { nested: true } };
    const read = withRaw(chat).parse(sent);
    expect(read).toMatchObject({ id: '5', name: 'Bo', raw: sent });
    const failed = withRaw(chat).safeParse({ name: 'Bo' });
    expect(failed.success).toBe(false);
    expect(failed.error?.issues[0]?.path).toEqual(['id']);
  });
});
