import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../model/conversation';
import { makeConversation } from '../../testing/make-conversation';
import { listOrder, rebuildList } from './list-order';

const rows = (ids: string[]) => ids.map((id) => makeConversation({ id }));

describe('a list rebuilt on the page from rows sent early and the rest', () => {
  it('is the worker’s list, row for row, whichever rows were sent early and in whatever order', () => {
    const early = rows(['e0', 'e1', 'e2', 'e3']);
    const late = rows(['r0', 'r1']);
    // The list sorts them its own way; e3 was sent early but is not in the list (a row read again).
    const list = [early[2], late[0], early[0], late[1], early[1]] as Conversation[];
    const sentEarly = new Map(early.map((row, index) => [row, index]));
    const { order, rest } = listOrder(list, sentEarly);
    expect(rest).toEqual([late[0], late[1]]);
    // What crosses to the page are copies: the page rebuilds from its own.
    const pageEarly = early.map((row) => ({ ...row }));
    const pageRest = rest.map((row) => ({ ...row }));
    const rebuilt = rebuildList(order, pageEarly, pageRest);
    expect(rebuilt.map((row) => row.id)).toEqual(['e2', 'r0', 'e0', 'r1', 'e1']);
    expect(rebuilt[0]).toBe(pageEarly[2]);
  });

  it('sends the whole list with it when nothing was sent early', () => {
    const list = rows(['a', 'b']);
    const { order, rest } = listOrder(list, new Map());
    expect(rest).toEqual(list);
    expect(rebuildList(order, [], rest)).toEqual(list);
  });

  it('refuses a list that names a row the page never got, rather than leave a hole in it', () => {
    const list = rows(['a']);
    const { order } = listOrder(list, new Map([[list[0] as Conversation, 3]]));
    expect(() => rebuildList(order, list, [])).toThrow(/never sent/);
  });
});
