import { describe, expect, it } from 'vitest';
import { emptyVisitor } from '../../model/conversation';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { firstVisitorMessage, mergeVisitorHistory } from './merge-visitor-history';

const zoe = { kind: 'email', email: 'zoe.muller@example.org' } as const;
const visitor = (email: string | null, id: string | null = null) => ({
  ...emptyVisitor,
  name: 'Zoë Müller',
  email,
  id,
});
const at = (day: string) => Date.parse(`${day}T10:00:00Z`);

describe('mergeVisitorHistory', () => {
  it("keeps only the visitor's conversations from every source, newest first", () => {
    const search = [
      makeConversation({
        vendor: 'livechat',
        id: 'L1',
        startedAt: at('2026-05-01'),
        visitor: visitor('zoe.muller@example.org'),
      }),
      makeConversation({
        vendor: 'livechat',
        id: 'L2',
        startedAt: at('2026-11-01'),
        visitor: visitor('other@example.org'),
      }),
    ];
    const held = [
      makeConversation({
        vendor: 'imbox',
        id: 'I1',
        startedAt: at('2026-10-01'),
        visitor: visitor('zoe.muller@example.org'),
      }),
      makeConversation({
        vendor: 'snapengage',
        id: 'S1',
        startedAt: at('2026-11-20'),
        visitor: visitor('zoe.muller@example.org'),
      }),
    ];
    const merged = mergeVisitorHistory(zoe, [search, held]);
    expect(merged.map((row) => row.key)).toEqual(['snapengage:S1', 'imbox:I1', 'livechat:L1']);
  });

  it('keeps one copy per vendor and id, the same id at two vendors twice', () => {
    const fresh = makeConversation({
      vendor: 'livechat',
      id: 'X',
      visitor: visitor('zoe.muller@example.org'),
      tags: ['fresh'],
    });
    const stale = makeConversation({
      vendor: 'livechat',
      id: 'X',
      visitor: visitor('zoe.muller@example.org'),
      tags: ['stale'],
    });
    const elsewhere = makeConversation({
      vendor: 'socialintents',
      id: 'X',
      visitor: visitor('zoe.muller@example.org'),
    });
    const merged = mergeVisitorHistory(zoe, [[fresh], [stale, elsewhere]]);
    expect(merged).toHaveLength(2);
    expect(merged.find((row) => row.vendor === 'livechat')?.tags).toEqual(['fresh']);
  });

  it('prefers the copy that holds its messages (an ImBox transcript on this device)', () => {
    const bare = makeConversation({
      vendor: 'imbox',
      id: 'I1',
      messages: null,
      visitor: visitor('zoe.muller@example.org'),
    });
    const full = makeConversation({ vendor: 'imbox', id: 'I1', visitor: visitor('zoe.muller@example.org') });
    expect(mergeVisitorHistory(zoe, [[bare], [full]])[0]?.messages).not.toBeNull();
  });

  it('finds an e-mail in any case, and a visitor id only at its own vendor', () => {
    const mixed = makeConversation({ id: 'M', visitor: visitor('Zoe.Muller@Example.org') });
    expect(mergeVisitorHistory(zoe, [[mixed]])).toHaveLength(1);
    const byId = { kind: 'visitor-id', vendor: 'livechat', visitorId: 'S123' } as const;
    const same = makeConversation({ vendor: 'livechat', id: 'A', visitor: visitor(null, 'S123') });
    const otherVendor = makeConversation({
      vendor: 'socialintents',
      id: 'B',
      visitor: visitor(null, 'S123'),
    });
    expect(mergeVisitorHistory(byId, [[same, otherVendor]]).map((row) => row.key)).toEqual(['livechat:A']);
  });

  it('orders conversations that started at the same instant by vendor and id, the same every time', () => {
    const rows = (['socialintents', 'livechat', 'imbox'] as const).map((vendor) =>
      makeConversation({ vendor, id: '1', visitor: visitor('zoe.muller@example.org') }),
    );
    expect(mergeVisitorHistory(zoe, [rows]).map((row) => row.key)).toEqual([
      'imbox:1',
      'livechat:1',
      'socialintents:1',
    ]);
  });
});

describe('firstVisitorMessage', () => {
  it("is the visitor's first message with text, not the agent's or a system line", () => {
    const conversation = makeConversation({
      messages: [
        makeMessage({ id: '1', role: 'system', text: 'Chat started' }),
        makeMessage({ id: '2', role: 'agent', text: 'Hi, how can I help?' }),
        makeMessage({ id: '3', role: 'visitor', text: '  ' }),
        makeMessage({ id: '4', role: 'visitor', text: 'I see a double charge.' }),
      ],
    });
    expect(firstVisitorMessage(conversation)).toBe('I see a double charge.');
    expect(firstVisitorMessage(makeConversation({ messages: null }))).toBeNull();
  });
});
